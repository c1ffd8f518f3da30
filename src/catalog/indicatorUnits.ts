import type { Indicator } from "../model/indicator.js";
import { sameMeasure, spelledUnit, unitGroups } from "./units.js";

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

/**
 * The units, in their usual spelling, that fit an indicator: `fitsUnit(indicator, unit)` holds
 * exactly when this set has `spelledUnit(unit)` (its own units and the units of their groups of
 * `unitGroups`). For a reader that asks about many units at once.
 *
 * @internal
 */
export function fittingUnits(indicator: Indicator): ReadonlySet<string> {
  const fitting = new Set<string>();
  for (const own of [indicator.unit, ...indicator.otherUnits]) {
    const unit = spelledUnit(own);
    fitting.add(unit);
    for (const group of unitGroups) if (group.includes(unit)) for (const member of group) fitting.add(member);
  }
  return fitting;
}
