import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { issueMessages } from "../../model/issueMessages.js";
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
  messages: issueMessages["disclosure.active.negative"],
  check: (report) => negativeCells(report, "active"),
};
