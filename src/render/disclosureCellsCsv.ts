import { checkBooleanOption, checkOptionsObject } from "../model/checkOptionsObject.js";
import { csvText } from "./csvText.js";
import { type ExportToCsvOptions, exportToCsvOptionNames } from "./exportToCsv.js";
import type { DisclosureReport } from "../model/disclosureReport.js";
import { disclosureCellColumns } from "./disclosureCellColumns.js";
import { neutralizeFormula } from "./neutralizeFormula.js";

/** The dataset's columns this sheet shows, in its order (the rows are the `disclosureCells` dataset's). */
const shown = ["document", "agency_name", "reporting_year", "path", "value_text"] as const;

/**
 * The cells of disclosure reports as CSV for Excel and WPS, one row per cell
 * (`disclosureCells` order): document, agency, year, path, value — five
 * columns of the `disclosureCells` dataset (`disclosureCellColumns`), so the
 * sheet and the dataset never disagree. As `tableToCsv`: RFC 4180 by
 * `csv-stringify`, CRLF, UTF-8 with a byte-order mark, a `中文 English`
 * header, text beginning with `= + - @` neutralised; values are exact
 * decimals (never neutralised) and a blank cell stays empty, never 0.
 * With `{ header: false }` (`ExportToCsvOptions`), the rows alone, without
 * the byte-order mark: rows to append to a sheet written before.
 *
 * @example
 * ```ts
 * const csv = disclosureCellsCsv([report]);
 * csv.split("\r\n")[0]; //=> "\uFEFF文件 document,机关 agency,年度 year,单元格 path,数值 value"
 * csv.split("\r\n")[1]; //=> ",淮安市洪泽区人民政府,2023,active.regulations.issued,0"
 * disclosureCellsCsv([report], { header: false }).split("\r\n")[0]; //=> ",淮安市洪泽区人民政府,2023,active.regulations.issued,0"
 * ```
 */
export function disclosureCellsCsv(reports: readonly DisclosureReport[], options: ExportToCsvOptions = {}): string {
  checkOptionsObject("disclosureCellsCsv", options, false, exportToCsvOptionNames);
  checkBooleanOption("disclosureCellsCsv", "header", options.header);
  const header = ["文件 document", "机关 agency", "年度 year", "单元格 path", "数值 value"];
  const data = disclosureCellColumns(reports);
  const columns = shown.map((name) => data.columns.find((c) => c.name === name)?.values ?? []);
  const records: string[][] = [];
  for (let row = 0; row < data.rows; row++) {
    records.push(
      columns.map((values, i) => {
        const value = values[row];
        if (value === null || value === undefined) return "";
        const text = String(value);
        // The value is an exact decimal: never neutralised ("-5" stays a number).
        return shown[i] === "value_text" ? text : neutralizeFormula(text);
      }),
    );
  }
  return csvText(options.header === false ? null : header, records);
}
