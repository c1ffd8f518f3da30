import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { issueMessages } from "../../model/issueMessages.js";
import { negativeCells } from "./disclosureNegativeCells.js";

/**
 * `disclosure.requests.negative`: a cell of table 三 (requests) that should count something holds a negative or non-integer number.
 *
 * @example
 * ```ts
 * disclosureRequestsNegative.code; //=> "disclosure.requests.negative"
 * ```
 */
export const disclosureRequestsNegative: DisclosureRule = {
  code: "disclosure.requests.negative",
  severity: "error",
  messages: issueMessages["disclosure.requests.negative"],
  check: (report) => negativeCells(report, "requests"),
};
