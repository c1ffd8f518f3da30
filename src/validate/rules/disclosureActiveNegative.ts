import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { negativeCells } from "./disclosureNegativeCells.js";

/**
 * `disclosure.active.negative`: a cell of table 二 (active) that should count something holds a negative or non-integer number.
 *
 * @example
 * ```ts
 * disclosureActiveNegative.code; //=> "disclosure.active.negative"
 * ```
 */
export const disclosureActiveNegative: DisclosureRule = {
  code: "disclosure.active.negative",
  severity: "error",
  messages: { zh: "单元格{cell}为{left}，件数不能为负数或小数", en: "The cell {cell} is {left}; a count cannot be negative or fractional" },
  check: (report) => negativeCells(report, "active"),
};
