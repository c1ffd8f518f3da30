import { Decimal } from "../model/decimal.js";
import type { Table, TableRow } from "../model/table.js";

/** Decimals as plain decimal strings (the model's JSON form), everything else as it is. */
function replacer(this: unknown, _key: string, value: unknown): unknown {
  return Decimal.isDecimal(value) ? (value as Decimal).toFixed() : value;
}

/**
 * A value (a `Table`, a report, parsed documents) as JSON, decimals as
 * strings so that nothing passes through a float; `Table.parse(JSON.parse(…))`
 * gives the table back.
 *
 * @example
 * ```ts
 * toJson({ value: new Decimal("0.1") }); //=> '{\n  "value": "0.1"\n}\n'
 * ```
 */
export function toJson(value: unknown, options: { readonly indent?: number } = {}): string {
  return `${JSON.stringify(value, replacer, options.indent ?? 2)}\n`;
}

/**
 * Values as NDJSON, one JSON value a line (decimals as strings): the
 * interchange format for streams and for tools such as `jq -c` or DuckDB.
 *
 * @example
 * ```ts
 * toNdjson([{ a: 1 }, { a: 2 }]); //=> '{"a":1}\n{"a":2}\n'
 * ```
 */
export function toNdjson(values: Iterable<unknown>): string {
  let out = "";
  for (const value of values) out += `${JSON.stringify(value, replacer)}\n`;
  return out;
}

/**
 * A table's rows as NDJSON, one row a line, each with the table's title
 * (so that rows of many tables can share one stream).
 *
 * @example
 * ```ts
 * JSON.parse(tableToNdjson(table).split("\n")[0] ?? "");
 * //=> { table: "汇总", cells: { indicator: { kind: "dimension", value: "decisions.legalAdviserUnits", label: "聘请法律顾问的单位数" }, year: { kind: "dimension", value: 2021, label: null }, … }, notes: [], sources: [{ document: "004_d7befece2778118b.txt", … }] }
 * ```
 */
export function tableToNdjson(table: Table): string {
  return toNdjson(table.rows.map((row: TableRow) => ({ table: table.title.zh, ...row })));
}
