import { type ColumnSource, type SchemaElement, parquetWriteBuffer } from "hyparquet-writer";
import type { ExportColumn, ExportColumnType, ExportDataset } from "../render/exportColumns.js";
import { exportDecimal } from "../render/exportDecimal.js";
import { daysBetween } from "../model/daysBetween.js";

/** The Parquet schema element of each export column type (see `ExportColumnType`). */
const elements: Record<ExportColumnType, Omit<SchemaElement, "name" | "repetition_type">> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } },
  int32: { type: "INT32" },
  decimal: {
    type: "FIXED_LEN_BYTE_ARRAY",
    type_length: 16,
    converted_type: "DECIMAL",
    precision: exportDecimal.precision,
    scale: exportDecimal.scale,
    logical_type: { type: "DECIMAL", precision: exportDecimal.precision, scale: exportDecimal.scale },
  },
  date: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } },
  boolean: { type: "BOOLEAN" },
};

/** `YYYY-MM-DD` → days since 1970-01-01 (Parquet DATE), by the proleptic Gregorian calendar. */
function days(date: string | null): number | null {
  if (date === null) return null;
  return daysBetween("1970-01-01", date);
}

function source(column: ExportColumn): ColumnSource {
  const data = column.type === "date" ? column.values.map(days) : column.values;
  return { name: column.name, data: data as ColumnSource["data"] };
}

/**
 * A dataset (`observationColumns`, `figureColumns`, `disclosureCellColumns`
 * of `fazhi/render`) as an Apache Parquet file, written by `hyparquet-writer`:
 * the export schema's columns and names, exact numbers as `DECIMAL(38, 6)`
 * (never a float), dates as `DATE`, text as UTF-8 `STRING`, a nullable column
 * `OPTIONAL` and every other `REQUIRED`; Snappy-compressed pages with
 * statistics; key-value metadata `fazhi.dataset`, `fazhi.schemaVersion` and
 * `fazhi.decimal`. DuckDB, Spark, Polars and pandas read it as it is (see
 * docs/export.md). Its own entry, `fazhi/parquet`, so that the writer loads
 * only for those who write Parquet.
 *
 * @example
 * ```ts
 * const bytes = toParquet(observationColumns(observations, { agencies }));
 * new TextDecoder().decode(bytes.subarray(0, 4)); //=> "PAR1"
 * ```
 */
export function toParquet(dataset: ExportDataset): Uint8Array {
  const schema: SchemaElement[] = [
    { name: "root", num_children: dataset.columns.length },
    ...dataset.columns.map((column): SchemaElement => ({ name: column.name, repetition_type: column.nullable ? "OPTIONAL" : "REQUIRED", ...elements[column.type] })),
  ];
  const buffer = parquetWriteBuffer({
    columnData: dataset.columns.map(source),
    schema,
    createdBy: "fazhi",
    kvMetadata: [
      { key: "fazhi.dataset", value: dataset.name },
      { key: "fazhi.schemaVersion", value: String(dataset.version) },
      { key: "fazhi.decimal", value: `DECIMAL(${exportDecimal.precision},${exportDecimal.scale})` },
    ],
  });
  return new Uint8Array(buffer);
}
