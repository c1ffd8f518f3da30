import type { Rule } from "../rule.js";
import { agencyCreditCodeInvalid } from "./agencyCreditCodeInvalid.js";
import { agencyCreditCodeRegionMismatch } from "./agencyCreditCodeRegionMismatch.js";
import { agencyDivisionCodeInvalid } from "./agencyDivisionCodeInvalid.js";
import { agencyLevelMismatch } from "./agencyLevelMismatch.js";
import { consistencyConflictingFact } from "./consistencyConflictingFact.js";
import { consistencyDuplicateFact } from "./consistencyDuplicateFact.js";
import { consistencyPartsSumMismatch } from "./consistencyPartsSumMismatch.js";
import { consistencyRateVsParts } from "./consistencyRateVsParts.js";
import { datePublishedBeforeSigned } from "./datePublishedBeforeSigned.js";
import { documentNothingRead } from "./documentNothingRead.js";
import { datePublishedLongAfterSigned } from "./datePublishedLongAfterSigned.js";
import { dateReportLate } from "./dateReportLate.js";
import { dateSignedBeforePeriodEnd } from "./dateSignedBeforePeriodEnd.js";
import { metadataMissingSignature } from "./metadataMissingSignature.js";
import { observationCumulativePeriod } from "./observationCumulativePeriod.js";
import { quantityNegativeCount } from "./quantityNegativeCount.js";
import { quantityNonIntegerCount } from "./quantityNonIntegerCount.js";
import { quantityRateOutOfRange } from "./quantityRateOutOfRange.js";
import { quantityUnitMismatch } from "./quantityUnitMismatch.js";
import { taskNoResponsibleUnit } from "./taskNoResponsibleUnit.js";
import { taskTargetNotMet } from "./taskTargetNotMet.js";

export {
  agencyCreditCodeInvalid,
  agencyCreditCodeRegionMismatch,
  agencyDivisionCodeInvalid,
  agencyLevelMismatch,
  consistencyDuplicateFact,
  consistencyConflictingFact,
  consistencyPartsSumMismatch,
  consistencyRateVsParts,
  datePublishedBeforeSigned,
  datePublishedLongAfterSigned,
  dateReportLate,
  dateSignedBeforePeriodEnd,
  documentNothingRead,
  metadataMissingSignature,
  observationCumulativePeriod,
  quantityNegativeCount,
  quantityNonIntegerCount,
  quantityRateOutOfRange,
  quantityUnitMismatch,
  taskNoResponsibleUnit,
  taskTargetNotMet,
};

/**
 * Every rule fazhi ships, in the order their issues are listed.
 *
 * @example
 * ```ts
 * defaultRules.map((rule) => rule.code).includes("date.reportLate"); //=> true
 * ```
 */
export const defaultRules: readonly Rule[] = [
  documentNothingRead,
  metadataMissingSignature,
  dateSignedBeforePeriodEnd,
  datePublishedBeforeSigned,
  dateReportLate,
  datePublishedLongAfterSigned,
  quantityRateOutOfRange,
  quantityUnitMismatch,
  quantityNegativeCount,
  quantityNonIntegerCount,
  consistencyRateVsParts,
  consistencyPartsSumMismatch,
  consistencyDuplicateFact,
  consistencyConflictingFact,
  agencyDivisionCodeInvalid,
  agencyLevelMismatch,
  agencyCreditCodeInvalid,
  agencyCreditCodeRegionMismatch,
  taskNoResponsibleUnit,
  taskTargetNotMet,
  observationCumulativePeriod,
];
