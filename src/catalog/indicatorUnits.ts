import type { Indicator } from "../model/indicator.js";
import { sameMeasure } from "./units.js";

/**
 * Whether a figure in `unit` can measure `indicator` (the unit-group guard):
 * the indicator's unit or a unit of the same group of `unitGroups` (起 for a
 * count in 件), or one of the indicator's `otherUnits` (行政处罚54次 for
 * penalty cases). A time limit (7日内) or a share (%) never counts cases.
 *
 * @example
 * ```ts
 * fitsUnit(getIndicator("enforcement.penaltyCases"), "起"); //=> true
 * fitsUnit(getIndicator("enforcement.penaltyCases"), "次"); //=> true
 * fitsUnit(getIndicator("enforcement.penaltyCases"), "日"); //=> false
 * ```
 */
export function fitsUnit(indicator: Indicator, unit: string): boolean {
  return sameMeasure(indicator.unit, unit) || indicator.otherUnits.some((other) => sameMeasure(other, unit));
}
