import { csvText } from "./csvText.js";
import { disclosureCells } from "../model/disclosureCells.js";
import type { DisclosureReport } from "../model/disclosureReport.js";
import { neutralizeFormula } from "./neutralizeFormula.js";

/**
 * The cells of disclosure reports as CSV for Excel and WPS, one row per cell
 * (`disclosureCells` order): document, agency, year, path, value. As
 * `tableToCsv`: RFC 4180 by `csv-stringify`, CRLF, UTF-8 with a byte-order
 * mark, a `中文 English` header, text beginning with `= + - @` neutralised;
 * values are exact decimals (never neutralised) and a blank cell stays empty,
 * never 0.
 *
 * @example
 * ```ts
 * const csv = disclosureCellsCsv([report]);
 * csv.split("\r\n")[0]; //=> "\uFEFF文件 document,机关 agency,年度 year,单元格 path,数值 value"
 * csv.split("\r\n")[1]; //=> ",淮安市洪泽区人民政府,2023,active.regulations.issued,0"
 * ```
 */
export function disclosureCellsCsv(reports: readonly DisclosureReport[]): string {
  const header = ["文件 document", "机关 agency", "年度 year", "单元格 path", "数值 value"];
  const records: string[][] = [];
  for (const report of reports) {
    for (const cell of disclosureCells(report)) {
      records.push([
        neutralizeFormula(report.document),
        neutralizeFormula(report.agency.name ?? ""),
        report.reportingYear === null ? "" : String(report.reportingYear),
        cell.path,
        cell.value === null ? "" : cell.value.toFixed(),
      ]);
    }
  }
  return csvText(header, records);
}
