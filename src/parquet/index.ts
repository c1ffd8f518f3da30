/**
 * Datasets → Apache Parquet: `toParquet` writes what `observationColumns`,
 * `figureColumns` and `disclosureCellColumns` (`fazhi/render`) give, with
 * exact `DECIMAL(38, 6)` columns, for DuckDB, Spark and Polars;
 * `createParquetWriter` writes the same file piece by piece, for collections
 * too large to hold at once. Its own entry, `fazhi/parquet`, so that the
 * Parquet writer (hyparquet-writer) never loads for users of the other stages.
 *
 * @module parquet
 */
export {
  createParquetWriter,
  type ParquetStream,
} from "./createParquetWriter.js";
export {
  toParquet,
} from "./toParquet.js";
