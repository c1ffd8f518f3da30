import { disclosureActiveNegative } from "../rules/disclosureActiveNegative.js";
import { disclosureCellsBlank } from "../rules/disclosureCellsBlank.js";
import { disclosureDocumentFeeNotExplained } from "../rules/disclosureDocumentFeeNotExplained.js";
import { disclosureDocumentLate } from "../rules/disclosureDocumentLate.js";
import { disclosureDocumentProblemsEmpty } from "../rules/disclosureDocumentProblemsEmpty.js";
import { disclosureDocumentSectionMissing } from "../rules/disclosureDocumentSectionMissing.js";
import { disclosureRequestsBalance } from "../rules/disclosureRequestsBalance.js";
import { disclosureRequestsNegative } from "../rules/disclosureRequestsNegative.js";
import { disclosureRequestsResultsSum } from "../rules/disclosureRequestsResultsSum.js";
import { disclosureRequestsRowTotal } from "../rules/disclosureRequestsRowTotal.js";
import { disclosureReviewsGroupTotal } from "../rules/disclosureReviewsGroupTotal.js";
import { disclosureReviewsNegative } from "../rules/disclosureReviewsNegative.js";
import { disclosureSeriesCarryOver } from "../rules/disclosureSeriesCarryOver.js";
import { disclosureSeriesInForce } from "../rules/disclosureSeriesInForce.js";
import { disclosureTextMismatch } from "../rules/disclosureTextMismatch.js";
import type { DisclosureRule, DisclosureSeriesRule } from "./disclosureRule.js";

/**
 * The checks `validateDisclosure` runs by default on one report: the table
 * relations, prose against tables, counts, blanks and the document checks.
 *
 * @example
 * ```ts
 * disclosureRules.map((r) => r.code).includes("disclosure.requests.balance"); //=> true
 * ```
 */
export const disclosureRules: readonly DisclosureRule[] = [
  disclosureRequestsBalance,
  disclosureRequestsResultsSum,
  disclosureRequestsRowTotal,
  disclosureReviewsGroupTotal,
  disclosureTextMismatch,
  disclosureActiveNegative,
  disclosureRequestsNegative,
  disclosureReviewsNegative,
  disclosureCellsBlank,
  disclosureDocumentSectionMissing,
  disclosureDocumentProblemsEmpty,
  disclosureDocumentFeeNotExplained,
  disclosureDocumentLate,
];

/**
 * The checks `validateDisclosureSeries` runs by default on consecutive years of one agency.
 *
 * @example
 * ```ts
 * disclosureSeriesRules.map((r) => r.code); //=> ["disclosure.series.carryOver", "disclosure.series.inForce"]
 * ```
 */
export const disclosureSeriesRules: readonly DisclosureSeriesRule[] = [disclosureSeriesCarryOver, disclosureSeriesInForce];
