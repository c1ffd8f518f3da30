/**
 * Datasets → Apache Parquet: `toParquet` writes what `observationColumns`,
 * `figureColumns` and `disclosureCellColumns` (`fazhi/render`) give, with
 * exact `DECIMAL(38, 6)` columns, for DuckDB, Spark and Polars. Its own
 * entry, `fazhi/parquet`, so that the Parquet writer (hyparquet-writer) never
 * loads for users of the other stages.
 *
 * @module parquet
 */
export {
  toParquet,
} from "./toParquet.js";
