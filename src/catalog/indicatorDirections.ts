import type { IndicatorCode } from "../model/indicatorCode.js";
import { indicators } from "./indicators.js";
import type { Qualifier } from "../model/qualifier.js";
import type { Comparator } from "../model/target.js";

/**
 * Indicators where less is better (losing lawsuits, being corrected on
 * reconsideration), which a composite score inverts; for every other indicator
 * more is better. Read from each indicator's `direction` in the catalog.
 *
 * @example
 * ```ts
 * lowerIsBetter.has("litigation.lossRate"); //=> true
 * ```
 */
export const lowerIsBetter: ReadonlySet<IndicatorCode> = /* @__PURE__ */ (() =>
  new Set<IndicatorCode>(indicators.filter((indicator) => indicator.direction === "lower").map((indicator) => indicator.code)))();

/**
 * How a work-plan target is compared with the actual, from the words that
 * state it: 不少于/以上 (`atLeast`) `>=`, 不超过/以内 (`atMost`) `<=`, 左右
 * (`approx`) `≈`; a plain level (达到100%) is one to reach, so `>=`, or `<=`
 * for an indicator where less is better.
 *
 * @example
 * ```ts
 * targetComparator("exact", "litigation.headAppearanceRate"); //=> ">="
 * targetComparator("exact", "litigation.lossRate"); //=> "<="
 * targetComparator("approx", null); //=> "≈"
 * ```
 */
export function targetComparator(qualifier: Qualifier, indicator: IndicatorCode | null): Comparator {
  switch (qualifier) {
    case "atLeast":
      return ">=";
    case "atMost":
      return "<=";
    case "approx":
      return "≈";
    default:
      return indicator !== null && lowerIsBetter.has(indicator) ? "<=" : ">=";
  }
}
