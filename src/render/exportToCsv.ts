import { checkBooleanOption, checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";
import { csvText } from "./csvText.js";
import type { ExportColumn, ExportDataset } from "./exportColumns.js";
import { exportDecimalText } from "./exportDecimal.js";
import { neutralizeFormula } from "./neutralizeFormula.js";

function field(column: ExportColumn, row: number): string {
  const value = column.values[row] ?? null;
  if (value === null) return "";
  switch (column.type) {
    case "decimal":
      return exportDecimalText(value as bigint);
    case "string":
      // value_text is the value's exact decimal string (-10, -0.1234567): a number, never a formula, kept as it is.
      return column.name === "value_text" ? (value as string) : neutralizeFormula(value as string);
    default:
      return String(value);
  }
}

/**
 * Options of `exportToCsv`.
 *
 * @example
 * ```ts
 * const options: ExportToCsvOptions = { header: false };
 * ```
 */
export interface ExportToCsvOptions {
  /** Write the header row and the byte-order mark (default `true`); `false` for rows to append to a CSV text written before. */
  readonly header?: boolean;
}

/**
 * The option names of `ExportToCsvOptions`, for the check of unknown options.
 *
 * @internal
 */
export const exportToCsvOptionNames: readonly string[] = /* @__PURE__ */ optionNames<ExportToCsvOptions>()(["header"]);

/**
 * A dataset (`observationColumns`, `figureColumns`, `disclosureCellColumns`)
 * as CSV with the export schema's column names as header, the same columns
 * as its Parquet: decimals written exactly and in full (`1210000`,
 * `85.82`), dates `YYYY-MM-DD`, booleans `true`/`false`, a null an empty
 * field. Through `csvText`: RFC 4180 by `csv-stringify`, CRLF, UTF-8 with a
 * byte-order mark (Excel and WPS show the Chinese; DuckDB, Spark and Polars
 * skip it), text beginning with `= + - @` neutralised with a leading `'`
 * (not `value_text`, the exact decimal string of a value: `-10` stays `-10`).
 * With `{ header: false }`, the rows alone, without the byte-order mark: the
 * rows of a dataset written in pieces, after the first piece's text.
 *
 * @example
 * ```ts
 * const csv = exportToCsv(figureColumns([parseReport("罚款121万元", { document: "a.txt" })]));
 * csv.split("\r\n")[0]?.slice(0, 50); //=> "\uFEFFdocument,agency_name,division_code,reporting_year"
 * csv.split("\r\n")[1]; //=> "a.txt,,,,0,enforcement.fineAmount,罚款金额,1210000,1210000,元,exact,1210000,1210000,actual,罚款,121万元,罚款121万元,2,7,"
 * exportToCsv(figureColumns([parseReport("罚款121万元", { document: "b.txt" })]), { header: false }).slice(0, 6); //=> "b.txt,"
 * ```
 */
export function exportToCsv(dataset: ExportDataset, options: ExportToCsvOptions = {}): string {
  checkOptionsObject("exportToCsv", options, false, exportToCsvOptionNames);
  checkBooleanOption("exportToCsv", "header", options.header);
  const header = dataset.columns.map((column) => column.name);
  const records: string[][] = new Array(dataset.rows);
  for (let row = 0; row < dataset.rows; row++) records[row] = dataset.columns.map((column) => field(column, row));
  return csvText(options.header === false ? null : header, records);
}
