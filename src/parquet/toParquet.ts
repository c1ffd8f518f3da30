import type { ExportDataset } from "../render/exportColumns.js";
import { createParquetWriter } from "./createParquetWriter.js";

/**
 * A dataset (`observationColumns`, `figureColumns`, `disclosureCellColumns`
 * of `fazhi/render`) as an Apache Parquet file, written by `hyparquet-writer`:
 * the export schema's columns and names, exact numbers as `DECIMAL(38, 6)`
 * (never a float), dates as `DATE`, text as UTF-8 `STRING`, a nullable column
 * `OPTIONAL` and every other `REQUIRED`; Snappy-compressed pages with
 * statistics; key-value metadata `fazhi.dataset`, `fazhi.schemaVersion` and
 * `fazhi.decimal`. DuckDB, Spark, Polars and pandas read it as it is (see
 * docs/export.md). Its own entry, `fazhi/parquet`, so that the writer loads
 * only for those who write Parquet. A collection too large to hold at once is
 * written piece by piece with `createParquetWriter`, into the same file.
 *
 * @example
 * ```ts
 * const bytes = toParquet(observationColumns(observations, { agencies }));
 * new TextDecoder().decode(bytes.subarray(0, 4)); //=> "PAR1"
 * ```
 */
export function toParquet(dataset: ExportDataset): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = createParquetWriter((bytes) => chunks.push(bytes));
  writer.write(dataset);
  writer.finish();
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
