import type { DisclosureRule } from "../disclosure/disclosureRule.js";
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
  messages: { zh: "单元格{cell}为{left}，件数不能为负数或小数", en: "The cell {cell} is {left}; a count cannot be negative or fractional" },
  check: (report) => negativeCells(report, "requests"),
};
