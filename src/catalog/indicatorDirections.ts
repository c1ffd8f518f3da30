import type { IndicatorCode } from "../model/indicatorCode.js";

/**
 * Indicators where less is better (losing lawsuits, being corrected on
 * reconsideration), which a composite score inverts; for every other indicator
 * more is better.
 *
 * @example
 * ```ts
 * lowerIsBetter.has("litigation.lossRate"); //=> true
 * ```
 */
export const lowerIsBetter: ReadonlySet<IndicatorCode> = new Set<IndicatorCode>([
  "litigation.lossRate",
  "litigation.lost",
  "reconsideration.correctionRate",
  "reconsideration.corrected",
]);
