/**
 * Text → model: numerals, quantities, dates, outline, tasks, documents.
 *
 * @module parse
 */
export {
  unitNoteLabels,
} from "../catalog/lexicon/unitNotes.js";
export type {
  ParsedReport,
} from "../model/parsedReport.js";
export {
  type AgencyResult,
  readAgency,
  readAgencyWithIssues,
} from "./agency.js";
export {
  agencyOf,
} from "./agencyOf.js";
export {
  type NumberParseResult,
  parseChineseNumber,
} from "./chineseNumber.js";
export {
  cleanLayoutText,
} from "./cleanLayoutText.js";
export {
  cumulativeSince,
} from "./cumulativeSince.js";
export {
  type DateParseResult,
  findDates,
  type FoundDate,
  parseDate,
} from "./dates.js";
export {
  type DecodedText,
  decodeText,
  type DecodeTextOptions,
} from "./decodeText.js";
export {
  disclosureObservations,
} from "./disclosure/disclosureObservations.js";
export {
  type ParseDisclosureOptions,
  parseDisclosureReport,
} from "./disclosure/parseDisclosureReport.js";
export {
  type DocumentDatesResult,
  findSignature,
  readDocumentDates,
  type Signature,
} from "./documentDates.js";
export {
  findTitle,
  type FoundTitle,
  readTitle,
} from "./documentTitle.js";
export {
  foldText,
} from "./foldText.js";
export {
  htmlToText,
  looksLikeHtml,
} from "./htmlToText.js";
export {
  classifyIndicators,
} from "./indicatorClassifier.js";
export {
  type DocumentMetadata,
  readMetadata,
} from "./metadata.js";
export {
  observationsOf,
} from "./observationsOf.js";
export {
  type OutlineNode,
  parseOutline,
} from "./outline.js";
export {
  parseReport,
  type ParseReportOptions,
} from "./parseReport.js";
export {
  type ExtractedQuantities,
  extractQuantities,
  type ExtractQuantitiesOptions,
} from "./quantities.js";
export {
  readReportingYear,
  type ReportingYearResult,
} from "./reportingYear.js";
export {
  taskItemsOf,
} from "./taskItems.js";
export {
  readResponsibleUnits,
  readTasks,
} from "./tasks.js";
export {
  findUnitNotes,
  type NamedUnit,
  type UnitNote,
} from "./unitNotes.js";
