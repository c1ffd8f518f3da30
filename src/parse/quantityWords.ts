import type { IndicatorCode } from "../model/indicatorCode.js";

/**
 * Key words of statements of zero and the indicator each counts, most specific first.
 *
 * @internal
 */
export const zeroIndicators: readonly (readonly [string, IndicatorCode])[] = [
  ["被纠错", "reconsideration.corrected"],
  ["败诉", "litigation.lost"],
  ["行政复议", "reconsideration.cases"],
  ["应诉", "litigation.cases"],
  ["行政诉讼", "litigation.cases"],
  ["信息公开申请", "disclosure.applicationsReceived"],
  ["投诉", "oversight.complaintsReceived"],
];
