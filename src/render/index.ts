/**
 * Reports and Tables → Markdown, HTML (inline SVG charts), CSV and JSON;
 * report builders (annual-report summary, comparison, validation report);
 * the export datasets (observations, figures, disclosure cells) as typed
 * columns, written as CSV here and as Parquet by `fazhi/parquet`.
 * Its own entry, `fazhi/render`, so that its dependencies (csv-stringify,
 * escape-html, d3-scale) never load for users of the other stages.
 *
 * @module render
 */
export { type AnnualReportSummary, type SummaryFigure, type SummarySection, annualReportSummary } from "./annualReportSummary.js";
export { type Bar, barChart } from "./barChart.js";
export { cellText } from "./cellText.js";
export { csvText } from "./csvText.js";
export { disclosureCellColumns, disclosureCellSchema } from "./disclosureCellColumns.js";
export { disclosureCellsCsv } from "./disclosureCellsCsv.js";
export {
  type ExportColumn,
  type ExportColumnSpec,
  type ExportColumnType,
  type ExportDataset,
  type ExportDatasetName,
  type ExportValue,
  exportSchemaVersion,
} from "./exportColumns.js";
export { exportDecimal, exportDecimalText, toExportDecimal } from "./exportDecimal.js";
export { exportToCsv } from "./exportToCsv.js";
export {
  type DisclosureSummary,
  type DisclosureSummaryColumn,
  type DisclosureSummaryFinding,
  type DisclosureSummaryRow,
  type DisclosureSummaryTable,
  disclosureSummary,
} from "./disclosureSummary.js";
export { disclosureRatesToMarkdown, disclosureSummaryToMarkdown } from "./disclosureToMarkdown.js";
export { type ComparisonReport, type IndicatorComparison, comparisonReport } from "./comparisonReport.js";
export { type FazhiReport, fazhiReport } from "./fazhiReport.js";
export { figureColumns, figureSchema } from "./figureColumns.js";
export { figuresTable } from "./figuresTable.js";
export { formatDateZh } from "./formatDateZh.js";
export { formatDecimal } from "./formatDecimal.js";
export { boundsText, formatEstimate, formatQuantity } from "./formatEstimate.js";
export { formatRate, rateComponentsText } from "./formatRate.js";
export { type Line, lineChart } from "./lineChart.js";
export { neutralizeFormula } from "./neutralizeFormula.js";
export { type ObservationColumnsOptions, observationColumns, observationSchema } from "./observationColumns.js";
export type { NumberStyle, RenderOptions } from "./numberStyle.js";
export { pageStyle } from "./pageStyle.js";
export { type ReportHtmlOptions, reportToHtml } from "./reportToHtml.js";
export { reportToMarkdown } from "./reportToMarkdown.js";
export { rowNoteText } from "./rowNoteText.js";
export { tableToCsv } from "./tableToCsv.js";
export { tableToHtml } from "./tableToHtml.js";
export { tableToNdjson, toJson, toNdjson } from "./tableToJson.js";
export { tableToMarkdown } from "./tableToMarkdown.js";
export { type DocumentIssues, type ReportedIssue, type ValidationReport, documentIssues, validationReport } from "./validationReport.js";
