import { statedBounds } from "../aggregate/estimate.js";
import type { Issue } from "../model/issue.js";

/**
 * The type of an exported column, the same for CSV and Parquet:
 *
 * | type | Parquet | DuckDB / Spark | CSV |
 * | --- | --- | --- | --- |
 * | `string` | `BYTE_ARRAY` (STRING, UTF-8) | `VARCHAR` / `STRING` | the text |
 * | `int32` | `INT32` | `INTEGER` / `INT` | digits |
 * | `decimal` | `FIXED_LEN_BYTE_ARRAY(16)` DECIMAL(38, 6) | `DECIMAL(38,6)` | a plain decimal (`85.82`) |
 * | `date` | `INT32` DATE | `DATE` | `YYYY-MM-DD` |
 * | `boolean` | `BOOLEAN` | `BOOLEAN` | `true` / `false` |
 *
 * A null is an empty CSV field.
 *
 * @example
 * ```ts
 * const type: ExportColumnType = "decimal";
 * ```
 */
export type ExportColumnType = "string" | "int32" | "decimal" | "date" | "boolean";

/**
 * One column of an export schema: its name (the same in CSV and Parquet,
 * `snake_case`), type, whether it can be null, and what it means in Chinese
 * and English (docs/export.md lists them).
 *
 * @example
 * ```ts
 * const column: ExportColumnSpec = { name: "value", type: "decimal", nullable: true, zh: "数值", en: "the value" };
 * ```
 */
export interface ExportColumnSpec {
  /** The column's name in CSV headers and the Parquet schema. */
  readonly name: string;
  /** Its type. */
  readonly type: ExportColumnType;
  /** Whether a row can leave it empty (Parquet `OPTIONAL`; otherwise `REQUIRED`). */
  readonly nullable: boolean;
  /** What it holds, in Chinese. */
  readonly zh: string;
  /** What it holds, in English. */
  readonly en: string;
}

/**
 * The values of a column by its type: text for `string` and `date`
 * (`YYYY-MM-DD`), a 32-bit integer for `int32`, the unscaled integer of
 * `DECIMAL(38, 6)` as a `bigint` for `decimal` (the value times 10⁶, see
 * `toExportDecimal`), a boolean for `boolean`; `null` for an empty cell.
 *
 * @example
 * ```ts
 * const fine: ExportValue<"decimal"> = 1210000000000n; // 1,210,000 元
 * ```
 */
export type ExportValue<T extends ExportColumnType> = T extends "decimal"
  ? bigint
  : T extends "int32"
    ? number
    : T extends "boolean"
      ? boolean
      : string;

/**
 * An exported column with its values, one per row: the column's spec and
 * an array typed by it.
 *
 * @example
 * ```ts
 * const column: ExportColumn = { name: "year", type: "int32", nullable: true, zh: "年度", en: "year", values: [2020, null] };
 * ```
 */
export type ExportColumn = {
  [T in ExportColumnType]: ExportColumnSpec & { readonly type: T; readonly values: readonly (ExportValue<T> | null)[] };
}[ExportColumnType];

/**
 * The datasets fazhi exports, each with a fixed schema: `observations`
 * (`observationColumns`), `figures` (the quantities of parsed documents,
 * `figureColumns`) and `disclosureCells` (the cells of 政府信息公开 reports,
 * `disclosureCellColumns`).
 *
 * @example
 * ```ts
 * const name: ExportDatasetName = "figures";
 * ```
 */
export type ExportDatasetName = "observations" | "figures" | "disclosureCells";

/**
 * A dataset as typed columns, the one form both `exportToCsv` and
 * `toParquet` (`fazhi/parquet`) write, so the two cannot drift: its name, the
 * schema's version, the columns in schema order (each with one value per
 * row), the number of rows, and the issues met while building it (a value
 * that does not fit `DECIMAL(38, 6)`, `export.valueOutOfRange`).
 *
 * @example
 * ```ts
 * const data = observationColumns(observations, { agencies });
 * [data.name, data.rows === observations.length]; //=> ["observations", true]
 * ```
 */
export interface ExportDataset {
  /** Which dataset. */
  readonly name: ExportDatasetName;
  /** The schema's version: `1`. A column is only ever added at the end; a change of meaning or type makes a new version. */
  readonly version: number;
  /** The columns, in schema order. */
  readonly columns: readonly ExportColumn[];
  /** How many rows. */
  readonly rows: number;
  /** What could not be written exactly (the cell is left empty and the row notes it). */
  readonly issues: readonly Issue[];
}

/**
 * The version of the export schemas (`ExportDataset.version`, and the
 * Parquet key-value metadata `fazhi.schemaVersion`).
 *
 * @example
 * ```ts
 * exportSchemaVersion; //=> 1
 * ```
 */
export const exportSchemaVersion = 1;

/**
 * Empty value arrays for a schema, to fill row by row; then `datasetOf`.
 *
 * @internal
 */
export function emptyColumns<const S extends readonly ExportColumnSpec[]>(
  schema: S,
): { [C in S[number] as C["name"]]: (ExportValue<C["type"]> | null)[] } {
  const arrays: Record<string, unknown[]> = {};
  for (const spec of schema) arrays[spec.name] = [];
  return arrays as { [C in S[number] as C["name"]]: (ExportValue<C["type"]> | null)[] };
}

/**
 * The dataset of filled value arrays, in schema order.
 *
 * @internal
 */
export function datasetOf(
  name: ExportDatasetName,
  schema: readonly ExportColumnSpec[],
  arrays: Readonly<Record<string, readonly unknown[]>>,
  rows: number,
  issues: readonly Issue[],
): ExportDataset {
  const columns = schema.map((spec) => ({ ...spec, values: arrays[spec.name] ?? [] }) as ExportColumn);
  return { name, version: exportSchemaVersion, columns, rows, issues };
}

/**
 * Pushes a value (as `Decimal#toFixed()` writes it), its unscaled integer and
 * its bounds by its qualifier (all empty when it does not fit).
 *
 * @internal
 */
export function pushValue(
  c: { value: (bigint | null)[]; value_text: (string | null)[]; lower: (bigint | null)[]; upper: (bigint | null)[] },
  text: string,
  scaled: bigint | null,
  qualifier: string,
): void {
  c.value.push(scaled);
  c.value_text.push(text);
  const [lower, upper] = statedBounds(scaled, qualifier);
  c.lower.push(lower);
  c.upper.push(upper);
}
