/**
 * Reports and Tables → Markdown, HTML (inline SVG charts), CSV and JSON;
 * report builders (annual-report summary, comparison, validation report).
 * Its own entry, `fazhi/render`, so that its dependencies (csv-stringify,
 * escape-html, d3-scale) never load for users of the other stages.
 *
 * @module render
 */
export {
  type AnnualReportSummary,
  annualReportSummary,
  type SummaryFigure,
  type SummarySection,
} from "./annualReportSummary.js";
export {
  type Bar,
  barChart,
} from "./barChart.js";
export {
  cellText,
} from "./cellText.js";
export {
  type ComparisonReport,
  comparisonReport,
  type IndicatorComparison,
} from "./comparisonReport.js";
export {
  csvText,
} from "./csvText.js";
export {
  disclosureCellColumns,
  disclosureCellSchema,
} from "./disclosureCellColumns.js";
export {
  disclosureCellsCsv,
} from "./disclosureCellsCsv.js";
export {
  type DisclosureSummary,
  disclosureSummary,
  type DisclosureSummaryColumn,
  type DisclosureSummaryFinding,
  type DisclosureSummaryRow,
  type DisclosureSummaryTable,
} from "./disclosureSummary.js";
export {
  disclosureRatesToMarkdown,
  disclosureSummaryToMarkdown,
} from "./disclosureToMarkdown.js";
export {
  type ExportColumn,
  type ExportColumnSpec,
  type ExportColumnType,
  type ExportDataset,
  type ExportDatasetName,
  exportSchemaVersion,
  type ExportValue,
} from "./exportColumns.js";
export {
  exportDecimal,
  exportDecimalText,
  toExportDecimal,
} from "./exportDecimal.js";
export {
  exportToCsv,
  type ExportToCsvOptions,
} from "./exportToCsv.js";
export {
  type FazhiReport,
  fazhiReport,
} from "./fazhiReport.js";
export {
  figureColumns,
  figureSchema,
} from "./figureColumns.js";
export {
  figuresTable,
} from "./figuresTable.js";
export {
  formatDateZh,
} from "./formatDateZh.js";
export {
  formatDecimal,
} from "./formatDecimal.js";
export {
  boundsText,
  formatEstimate,
  formatQuantity,
} from "./formatEstimate.js";
export {
  formatIssues,
  type FormatIssuesOptions,
} from "./formatIssues.js";
export {
  formatRate,
  rateComponentsText,
} from "./formatRate.js";
export {
  type Line,
  lineChart,
} from "./lineChart.js";
export {
  neutralizeFormula,
} from "./neutralizeFormula.js";
export type {
  NumberStyle,
  RenderOptions,
} from "./numberStyle.js";
export {
  observationColumns,
  type ObservationColumnsOptions,
  observationSchema,
} from "./observationColumns.js";
export {
  pageStyle,
} from "./pageStyle.js";
export {
  type ReportHtmlOptions,
  reportToHtml,
} from "./reportToHtml.js";
export {
  reportToMarkdown,
} from "./reportToMarkdown.js";
export {
  rowNoteText,
} from "./rowNoteText.js";
export {
  tableToCsv,
} from "./tableToCsv.js";
export {
  tableToHtml,
} from "./tableToHtml.js";
export {
  tableToNdjson,
  toJson,
  toNdjson,
} from "./tableToJson.js";
export {
  tableToMarkdown,
} from "./tableToMarkdown.js";
export {
  type DocumentIssues,
  documentIssues,
  type ReportedIssue,
  type ValidationReport,
  validationReport,
} from "./validationReport.js";
