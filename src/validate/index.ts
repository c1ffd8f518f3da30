/**
 * Model → Issue[]: one rule per file, plus the runner.
 *
 * @module validate
 */
export type {
  Issue,
} from "../model/issue.js";
export type {
  DisclosureRule,
  DisclosureRuleContext,
  DisclosureSeriesRule,
} from "./disclosure/disclosureRule.js";
export {
  disclosureRules,
  disclosureSeriesRules,
} from "./disclosure/disclosureRules.js";
export {
  validateDisclosure,
  type ValidateDisclosureOptions,
  validateDisclosureSeries,
} from "./disclosure/validateDisclosure.js";
export type {
  Finding,
  Rule,
  RuleContext,
} from "./rule.js";
export {
  agencyCreditCodeInvalid,
} from "./rules/agencyCreditCodeInvalid.js";
export {
  agencyCreditCodeRegionMismatch,
} from "./rules/agencyCreditCodeRegionMismatch.js";
export {
  agencyDivisionCodeInvalid,
} from "./rules/agencyDivisionCodeInvalid.js";
export {
  agencyLevelMismatch,
} from "./rules/agencyLevelMismatch.js";
export {
  consistencyConflictingFact,
} from "./rules/consistencyConflictingFact.js";
export {
  consistencyDuplicateFact,
} from "./rules/consistencyDuplicateFact.js";
export {
  consistencyPartsSumMismatch,
} from "./rules/consistencyPartsSumMismatch.js";
export {
  consistencyRateVsParts,
} from "./rules/consistencyRateVsParts.js";
export {
  datePublishedBeforeSigned,
} from "./rules/datePublishedBeforeSigned.js";
export {
  datePublishedLongAfterSigned,
} from "./rules/datePublishedLongAfterSigned.js";
export {
  dateReportLate,
} from "./rules/dateReportLate.js";
export {
  dateSignedBeforePeriodEnd,
} from "./rules/dateSignedBeforePeriodEnd.js";
export {
  defaultRules,
} from "./rules/index.js";
export {
  documentNothingRead,
} from "./rules/documentNothingRead.js";
export {
  metadataMissingSignature,
} from "./rules/metadataMissingSignature.js";
export {
  observationCumulativePeriod,
} from "./rules/observationCumulativePeriod.js";
export {
  quantityNegativeCount,
} from "./rules/quantityNegativeCount.js";
export {
  quantityNonIntegerCount,
} from "./rules/quantityNonIntegerCount.js";
export {
  quantityRateOutOfRange,
} from "./rules/quantityRateOutOfRange.js";
export {
  quantityUnitMismatch,
} from "./rules/quantityUnitMismatch.js";
export {
  taskNoResponsibleUnit,
} from "./rules/taskNoResponsibleUnit.js";
export {
  taskTargetNotMet,
} from "./rules/taskTargetNotMet.js";
export type {
  Path,
  Subject,
  SubjectFigure,
  SubjectTask,
} from "./subject.js";
export {
  validate,
  type ValidateOptions,
} from "./validate.js";
