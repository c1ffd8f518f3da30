/**
 * The domain model: zod schemas and the types inferred from them, one entity per file.
 *
 * @module model
 */
export {
  AdministrativeLevel,
} from "./administrativeLevel.js";
export {
  Agency,
} from "./agency.js";
export {
  AgencyKind,
} from "./agencyKind.js";
export {
  AnnualReport,
  AnnualReportSections,
} from "./annualReport.js";
export {
  type Attainment,
  attainment,
} from "./attainment.js";
export {
  Attribution,
} from "./attribution.js";
export {
  closestMatch,
} from "./closestMatch.js";
export { CreditCode } from "./creditCode.js";
export {
  creditCodeCheckCharacter,
  type CreditCodeParts,
  isCreditCode,
  readCreditCode,
} from "./creditCodeCheck.js";
export {
  Decimal,
  type DecimalInput,
  decimalRange,
  type DecimalVerdict,
  decimalVerdict,
  isDecimalInput,
  isDecimalString,
  toDecimal,
} from "./decimal.js";
export { DecimalValue } from "./decimalValue.js";
export {
  disclosureCell,
  type DisclosureCellEntry,
  disclosureCells,
  type DisclosureRequestColumn,
  disclosureRequestColumns,
  disclosureReviewColumns,
  disclosureRowTotal,
  disclosureSum,
} from "./disclosureCells.js";
export {
  DisclosureActive2019,
  DisclosureActive2021,
  DisclosureCell,
  DisclosureFee,
  DisclosureOtherRows,
  DisclosureReport,
  DisclosureRequestRow,
  DisclosureRequests,
  DisclosureReviewGroup,
  DisclosureReviews,
  DisclosureSection,
  DisclosureTextFigure,
} from "./disclosureReport.js";
export {
  DivisionCode,
  divisionLevelOf,
  isDivisionCode,
  prefectureCodeOf,
  provinceCodeOf,
} from "./divisionCode.js";
export {
  DocumentAgency,
} from "./documentAgency.js";
export {
  DocumentDates,
} from "./documentDates.js";
export {
  DocumentKind,
} from "./documentKind.js";
export {
  Estimate,
} from "./estimate.js";
export {
  Aggregation,
  Direction,
  Indicator,
  ValueType,
} from "./indicator.js";
export {
  IndicatorCode,
  indicatorCodes,
} from "./indicatorCode.js";
export { isIsoDate } from "./isIsoDate.js";
export { IsoDate } from "./isoDate.js";
export {
  Issue,
  IssueParam,
  Severity,
} from "./issue.js";
export {
  issueMessage,
  type IssueMessageCode,
  issueMessages,
  type MessageTemplates,
} from "./issueMessages.js";
export {
  lineColumnOf,
} from "./lineColumn.js";
export {
  Locale,
} from "./locale.js";
export {
  modalities,
  Modality,
} from "./modality.js";
export {
  Observation,
} from "./observation.js";
export {
  OutlineArea,
  outlineAreaKeys,
} from "./outlineArea.js";
export {
  ParsedDates,
  ParsedDocument,
} from "./parsedDocument.js";
export {
  agencyAmbiguousDivisionMessage,
  bilingualMessage,
  dateMalformedMessage,
  encodingDeclaredMismatchMessage,
  encodingGuessedMessage,
  encodingLossyMessage,
  encodingUnknownLabelMessage,
  fileNotTextMessage,
  fileUnreadableMessage,
  metadataYearMalformedMessage,
  numberAmbiguousGroupingMessage,
  numberUnreadableMessage,
} from "./parseMessages.js";
export {
  ParsedQuantity,
} from "./parsedQuantity.js";
export type {
  ParsedReport,
} from "./parsedReport.js";
export {
  ParsedTask,
} from "./parsedTask.js";
export {
  DateRange,
  Period,
} from "./period.js";
export {
  Qualifier,
} from "./qualifier.js";
export { quotient } from "./quotient.js";
export {
  Quantity,
} from "./quantity.js";
export {
  renderMessage,
} from "./renderMessage.js";
export {
  ReportingYear,
} from "./reportingYear.js";
export {
  ReportSection,
  ReportSectionKind,
  reportSectionKinds,
} from "./reportSection.js";
export {
  ResponsibleUnit,
  UnitRole,
} from "./responsibleUnit.js";
export {
  type ModelParseResult,
  safeParseModel,
  type SafeParseModelOptions,
} from "./safeParseModel.js";
export {
  Sector,
  sectors,
} from "./sector.js";
export {
  SourceRef,
} from "./sourceRef.js";
export {
  Span,
} from "./span.js";
export {
  ColumnKind,
  CountCell,
  DimensionCell,
  EstimateCell,
  IdsCell,
  RateCell,
  Table,
  TableCell,
  TableColumn,
  TableNote,
  TableRow,
  type TypedRow,
  type TypedTable,
} from "./table.js";
export {
  Comparator,
  Target,
} from "./target.js";
export {
  TaskItem,
} from "./taskItem.js";
export {
  WorkPlan,
} from "./workPlan.js";
export {
  zodIssueMessage,
} from "./zodIssueMessages.js";
