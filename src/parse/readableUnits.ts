import { dayLimit } from "../catalog/lexicon/quantityWords.js";
import { unitSpellings, units } from "../catalog/units.js";

/**
 * The units the quantity readers accept after a number, in prose and in a
 * table's headers: the catalog's units and their other spellings, longest
 * first, but not 日 (7月9日 is a date; 日 is a unit only in a time limit,
 * the lexicon's `dayLimit`, which the prose reader looks for apart).
 *
 * @example
 * ```ts
 * readableUnits.includes("万元"); //=> false
 * readableUnits.includes("元") && readableUnits.includes("平米"); //=> true
 * ```
 *
 * @internal
 */
export const readableUnits: readonly string[] = /* @__PURE__ */ (() =>
  [...units.map((u) => u.unit).filter((u) => u !== dayLimit.unit), ...Object.keys(unitSpellings)].sort((a, b) => b.length - a.length))();
