import { stringify } from "csv-stringify/sync";
import { neutralizeFormula } from "./neutralizeFormula.js";

/**
 * The CSV text fazhi writes for Excel and WPS, in one place: RFC 4180 quoting
 * by `csv-stringify`, CRLF line ends, UTF-8 with a byte-order mark, the header
 * cells neutralised against formula injection. Record fields are written as
 * given: a caller neutralises text and leaves exact numbers as they are.
 * Without a header (`null`), the records alone and no byte-order mark: rows
 * to append to a CSV text written before.
 *
 * @example
 * ```ts
 * csvText(["机关 agency", "数值 value"], [["=A1", "12.5"]]); //=> "\uFEFF机关 agency,数值 value\r\n=A1,12.5\r\n"
 * csvText(null, [["a,b", "12.5"]]); //=> "\"a,b\",12.5\r\n"
 * ```
 */
export function csvText(header: readonly string[] | null, records: readonly (readonly (string | number)[])[]): string {
  if (header === null) return stringify(records.map((record) => [...record]), { record_delimiter: "windows" });
  return stringify([header.map(neutralizeFormula), ...records.map((record) => [...record])], { bom: true, record_delimiter: "windows" });
}
