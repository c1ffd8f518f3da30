import type { Indicator } from "../model/indicator.js";
import { type UnitKind, unitKindOf } from "./units.js";

/**
 * Whether a figure counts things, so that it can be neither negative nor
 * fractional: its indicator's value type is a count (or the size of a list),
 * or, without an indicator, its unit is a count unit (件, 人次, 个). The one
 * test of `validate` (quantity.negativeCount, quantity.nonIntegerCount) and of
 * the notes of `aggregate` (negativeCount). `kindOf` reads a unit's kind
 * (default `unitKindOf`; a caller may pass a cached one).
 *
 * @internal
 * @example
 * ```ts
 * countsThings(undefined, "件"); //=> true
 * countsThings(undefined, "元"); //=> false
 * countsThings(undefined, null); //=> false
 * ```
 */
export function countsThings(indicator: Pick<Indicator, "valueType"> | undefined, unit: string | null, kindOf: (unit: string) => UnitKind | undefined = unitKindOf): boolean {
  if (indicator) return indicator.valueType === "count" || indicator.valueType === "list-size";
  return unit !== null && kindOf(unit) === "count";
}
