import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { issueMessages } from "../../model/issueMessages.js";
import { negativeCells } from "./disclosureNegativeCells.js";

/**
 * `disclosure.reviews.negative`: a cell of table 四 (reviews) that should count something holds a negative or non-integer number.
 *
 * @example
 * ```ts
 * disclosureReviewsNegative.code; //=> "disclosure.reviews.negative"
 * ```
 */
export const disclosureReviewsNegative: DisclosureRule = {
  code: "disclosure.reviews.negative",
  severity: "error",
  messages: issueMessages["disclosure.reviews.negative"],
  check: (report) => negativeCells(report, "reviews"),
};
