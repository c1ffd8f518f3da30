/**
 * Node.js only: reading many report files at once on worker threads. Its own
 * entry, `fazhi/node`, so that the root and every other entry stay free of
 * `node:fs` and `node:worker_threads` (they run in browsers too).
 *
 * @module node
 */
export {
  parseReports,
  type ParseReportsOptions,
  parseReportsSync,
} from "./parseReports.js";
export {
  isBinary,
  type ParsedFile,
  readReportFile,
  type ReadReportFileOptions,
} from "./readReportFile.js";
export {
  createReportPool,
  type ParseFilesOptions,
  type ReportPool,
  type ReportPoolOptions,
} from "./reportPool.js";
