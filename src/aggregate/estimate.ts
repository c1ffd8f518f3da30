import { Decimal } from "../model/decimal.js";
import { quotient } from "../model/quotient.js";
import type { Estimate } from "../model/estimate.js";
import type { Qualifier } from "../model/qualifier.js";

export type { Estimate } from "../model/estimate.js";
import { checkParts } from "./checkInput.js";
import { type ScaledSum, addScaled, addSums, scaledToDecimal, scaledValue } from "./engine/scaledInteger.js";

/**
 * What an estimate's qualifier is, from whether any part was approximate and
 * its bounds: exact when both bounds equal the value, `atLeast` when only the
 * lower bound is the value, `atMost` when only the upper is, `approx` otherwise.
 *
 * @internal
 */
export function qualifierOf(value: Decimal, lower: Decimal | null, upper: Decimal | null, approx: boolean): Qualifier {
  // An infinity or NaN is never exact (a model value is finite; this guards values made by hand).
  if (approx || !value.isFinite()) return "approx";
  const isLower = lower?.equals(value) ?? false;
  const isUpper = upper?.equals(value) ?? false;
  if (isLower && isUpper) return "exact";
  if (isLower) return "atLeast";
  if (isUpper) return "atMost";
  return "approx";
}

/**
 * The bounds of one stated figure: exact `[v, v]`, at least `[v, ∞)`, at most
 * `[floor, v]` (floor 0 for measures that cannot be negative, else unbounded),
 * approximately: unknown.
 *
 * @internal
 */
export function boundsOf(value: Decimal, qualifier: Qualifier, nonNegative: boolean): [Decimal | null, Decimal | null] {
  const [lower, upper] = statedBounds(value, qualifier);
  return [lower ?? (qualifier === "atMost" && nonNegative ? new Decimal(0) : null), upper];
}

/**
 * Which bounds a qualifier states, in any representation of the value (a
 * `Decimal`, an export column's scaled integer): exact `[v, v]`, at least
 * `[v, —]`, at most `[—, v]`, approximately neither. The one place this rule is
 * written.
 *
 * @internal
 */
export function statedBounds<T>(value: T, qualifier: string): [T | null, T | null] {
  return [qualifier === "exact" || qualifier === "atLeast" ? value : null, qualifier === "exact" || qualifier === "atMost" ? value : null];
}

/**
 * What bounds the least and the greatest of a group's figures, kept as the
 * figures come once one of them is not exact (see `addExtremeBounds`).
 *
 * @internal
 */
export interface ExtremeBounds {
  /** The least of the figures' lower bounds (`lowerOpen`: a figure had none). */
  minLower: Decimal | null;
  /** The least of the upper bounds the figures have, `null` while none has one. */
  minUpper: Decimal | null;
  /** The greatest of the lower bounds the figures have, `null` while none has one. */
  maxLower: Decimal | null;
  /** The greatest of the figures' upper bounds (`upperOpen`: a figure had none). */
  maxUpper: Decimal | null;
  /** Whether a figure had no lower bound (约): the least then has none. */
  lowerOpen: boolean;
  /** Whether a figure had no upper bound (余, 约): the greatest then has none. */
  upperOpen: boolean;
}

/**
 * The bounds of exact figures whose least is `min` and greatest `max`: where a group's bounds start
 * when its first figure that is not exact comes.
 *
 * @internal
 */
export function exactExtremes(min: Decimal | null, max: Decimal | null): ExtremeBounds {
  return { minLower: min, minUpper: min, maxLower: max, maxUpper: max, lowerOpen: false, upperOpen: false };
}

/**
 * Adds a figure to the bounds of the least and the greatest (`boundsOf`: an
 * `atMost` figure that is not negative is at least 0): the least lies between
 * the least lower bound and the least upper bound, the greatest between the
 * greatest lower bound and the greatest upper bound. Order does not matter.
 *
 * @internal
 */
export function addExtremeBounds(state: ExtremeBounds, value: Decimal, qualifier: Qualifier): void {
  const [lower, upper] = boundsOf(value, qualifier, !value.isNegative());
  if (lower === null) state.lowerOpen = true;
  else {
    if (state.minLower === null || lower.lessThan(state.minLower)) state.minLower = lower;
    if (state.maxLower === null || lower.greaterThan(state.maxLower)) state.maxLower = lower;
  }
  if (upper === null) state.upperOpen = true;
  else {
    if (state.minUpper === null || upper.lessThan(state.minUpper)) state.minUpper = upper;
    if (state.maxUpper === null || upper.greaterThan(state.maxUpper)) state.maxUpper = upper;
  }
}

/**
 * The least (`"min"`) or greatest (`"max"`) figure of a group as an estimate:
 * the value stated, with the bounds its figures allow (`state`, `null` when
 * all of them are exact). The least of 100 and 140余 is exactly 100; the least
 * of 140余 alone is at least 140; the greatest of 100 and 140余 is at least 140.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const state = exactExtremes(new Decimal(100), new Decimal(100));
 * addExtremeBounds(state, new Decimal(140), "atLeast");
 * const min = extremeEstimate(new Decimal(100), state, "min");
 * const max = extremeEstimate(new Decimal(140), state, "max");
 * [min.qualifier, max.qualifier, max.lower?.toString(), max.upper]; //=> ["exact", "atLeast", "140", null]
 * ```
 *
 * @internal
 */
export function extremeEstimate(value: Decimal, state: ExtremeBounds | null, which: "min" | "max"): Estimate {
  if (state === null) return exactEstimate(value);
  const lower = which === "min" ? (state.lowerOpen ? null : state.minLower) : state.maxLower;
  const upper = which === "min" ? state.minUpper : state.upperOpen ? null : state.maxUpper;
  return { value, qualifier: qualifierOf(value, lower, upper, false), lower, upper };
}

/**
 * An exact estimate: the value, with both bounds the value (a count, a score,
 * a share of counts).
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const e = exactEstimate(new Decimal(5));
 * [e.qualifier, e.lower?.toString(), e.upper?.toString()]; //=> ["exact", "5", "5"]
 * ```
 */
export function exactEstimate(value: Decimal): Estimate {
  return { value, qualifier: qualifierOf(value, value, value, false), lower: value, upper: value };
}

/**
 * An approximate value whose bounds are not known (a ratio of an approximate
 * part, a score normalised against approximate figures).
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const e = approximateEstimate(new Decimal("0.75"));
 * [e.qualifier, e.lower, e.upper]; //=> ["approx", null, null]
 * ```
 */
export function approximateEstimate(value: Decimal): Estimate {
  return { value, qualifier: "approx", lower: null, upper: null };
}

/**
 * One stated figure as an estimate, with the bounds its qualifier states
 * (`boundsOf`): exact `[v, v]`, at least `[v, ∞)`, at most `(−∞, v]`,
 * approximately unknown. As stated, nothing inferred: the floor 0 of an
 * at-most figure only with `nonNegative` (what a sum of such figures assumes,
 * see `sumEstimate`).
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const e = statedEstimate({ value: new Decimal(5), qualifier: "atMost" });
 * [e.qualifier, e.lower, e.upper?.toString()]; //=> ["atMost", null, "5"]
 * statedEstimate({ value: new Decimal(5), qualifier: "atMost" }, { nonNegative: true }).lower?.toString(); //=> "0"
 * ```
 */
export function statedEstimate(figure: { readonly value: Decimal; readonly qualifier: Qualifier }, options: { readonly nonNegative?: boolean } = {}): Estimate {
  const [lower, upper] = boundsOf(figure.value, figure.qualifier, options.nonNegative ?? false);
  return { value: figure.value, qualifier: qualifierOf(figure.value, lower, upper, figure.qualifier === "approx"), lower, upper };
}

/**
 * The ratio of two estimates, numerator / denominator × `factor` (default
 * 100: a rate in %), through `quotient` (so it stays in the model's `Decimal`
 * range), or `null` when the denominator is 0. Exact when both are. Otherwise
 * its bounds come from the parts' when both cannot be negative (each has a
 * known lower bound ≥ 0) and the factor is positive: at least
 * `numerator.lower / denominator.upper` (0 when the denominator has no upper
 * bound), at most `numerator.upper / denominator.lower` (unknown when either
 * is unknown or the denominator may be 0), each rounded as the value is, and
 * the qualifier follows from them (`qualifierOf`); an approximate part, or a
 * part that may be negative (a difference), gives an approximate ratio with
 * unknown bounds.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * ratioEstimate(exactEstimate(new Decimal(1)), exactEstimate(new Decimal(3)))?.value.toFixed(2); //=> "33.33"
 * const r = ratioEstimate(statedEstimate({ value: new Decimal(140), qualifier: "atLeast" }), exactEstimate(new Decimal(200)));
 * [r?.qualifier, r?.lower?.toString(), r?.upper]; //=> ["atLeast", "70", null]
 * ratioEstimate(approximateEstimate(new Decimal(140)), exactEstimate(new Decimal(200)))?.qualifier; //=> "approx"
 * ratioEstimate(exactEstimate(new Decimal(1)), exactEstimate(new Decimal(0))); //=> null
 * ```
 */
export function ratioEstimate(numerator: Estimate, denominator: Estimate, factor = 100): Estimate | null {
  const value = quotient(numerator.value.times(factor), denominator.value);
  if (value === null) return null;
  if (numerator.qualifier === "exact" && denominator.qualifier === "exact") return exactEstimate(value);
  const n = numerator.lower;
  const d = denominator.lower;
  if (!(factor > 0) || numerator.qualifier === "approx" || denominator.qualifier === "approx" || n === null || d === null || n.isNegative() || d.isNegative()) {
    return approximateEstimate(value);
  }
  const lower = denominator.upper === null ? new Decimal(0) : quotient(n.times(factor), denominator.upper);
  const upper = numerator.upper === null || d.isZero() ? null : quotient(numerator.upper.times(factor), d);
  return { value, qualifier: qualifierOf(value, lower, upper, false), lower, upper };
}

/**
 * Adds up stated figures with their qualifiers into an estimate: the sum of
 * the values, and bounds that are the sums of the parts' bounds (unknown as
 * soon as one part's is). A sum with an `atLeast` part is at least that much;
 * with an `approx` part it is approximate.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * sumEstimate([
 *   { value: new Decimal(1210000), qualifier: "exact" },
 *   { value: new Decimal(1400000), qualifier: "atLeast" },
 * ]);
 * //=> { value: 2610000, qualifier: "atLeast", lower: 2610000, upper: null }
 * ```
 */
export function sumEstimate(
  parts: readonly { readonly value: Decimal; readonly qualifier: Qualifier }[],
  options: { readonly nonNegative?: boolean } = {},
): Estimate {
  if (!Array.isArray(parts)) throw new TypeError("sumEstimate: parts must be an array of { value, qualifier }");
  checkParts(parts);
  let value = new Decimal(0);
  let lower: Decimal | null = new Decimal(0);
  let upper: Decimal | null = new Decimal(0);
  let approx = false;
  for (const part of parts) {
    value = value.plus(part.value);
    const [low, high] = boundsOf(part.value, part.qualifier, options.nonNegative ?? true);
    lower = lower === null || low === null ? null : lower.plus(low);
    upper = upper === null || high === null ? null : upper.plus(high);
    if (part.qualifier === "approx") approx = true;
  }
  return { value, qualifier: qualifierOf(value, lower, upper, approx), lower, upper };
}

/**
 * What a sum's parts allow beyond its value: the parts stated as at least
 * (余, 以上) and at most (以下, 内), and whether any was approximate (约).
 *
 * @internal
 */
export interface Bounds {
  atLeast: ScaledSum | null;
  atMost: ScaledSum | null;
  approx: boolean;
}

/**
 * The bounds of a sum with one more part: an `atLeast` part (余, 以上) adds to
 * the sum of such parts, an `atMost` part (以下, 内) to theirs, an `approx`
 * part (约) leaves both open; an exact part changes nothing (`null` stays
 * `null`, so a sum of exact parts never makes one).
 *
 * @internal
 */
export function addBound(bounds: Bounds | null, value: Decimal, qualifier: Qualifier): Bounds | null {
  return addBoundBy(bounds, qualifier, (sum) => addScaled(sum, value));
}

/**
 * `addBound` with the part added to the bound's sum by `add`: the columnar
 * path adds a table's scaled integer without making a `Decimal` (and falls
 * back to `addScaled` when the sum would leave the safe integers).
 *
 * @internal
 */
export function addBoundBy(bounds: Bounds | null, qualifier: Qualifier, add: (sum: ScaledSum) => void): Bounds | null {
  if (qualifier === "exact") return bounds;
  const next = bounds ?? { atLeast: null, atMost: null, approx: false };
  if (qualifier === "approx") next.approx = true;
  else if (qualifier === "atLeast") {
    next.atLeast ??= { scaled: 0, exact: null };
    add(next.atLeast);
  } else {
    next.atMost ??= { scaled: 0, exact: null };
    add(next.atMost);
  }
  return next;
}

/**
 * The bounds of two sums added together.
 *
 * @internal
 */
export function mergeBounds(into: Bounds | null, from: Bounds | null): Bounds | null {
  if (from === null) return into;
  const next = into ?? { atLeast: null, atMost: null, approx: false };
  if (from.approx) next.approx = true;
  if (from.atLeast) {
    next.atLeast ??= { scaled: 0, exact: null };
    addSums(next.atLeast, from.atLeast);
  }
  if (from.atMost) {
    next.atMost ??= { scaled: 0, exact: null };
    addSums(next.atMost, from.atMost);
  }
  return next;
}

/**
 * A sum (or, with `divisor`, a mean) with its bounds: the `atMost` parts may
 * be as small as 0, so they lower the lower bound; an `atLeast` part leaves it
 * unbounded above; an approximate part leaves both open.
 *
 * @internal
 */
export function estimateOf(sum: ScaledSum, bounds: Bounds | null, divisor = 1): Estimate {
  if (divisor === 1 && sum.exact === null && bounds === null) {
    // The common case, kept cheap: an exact sum on the fast path.
    const value = scaledToDecimal(sum.scaled);
    return { value, qualifier: "exact", lower: value, upper: value };
  }
  const scale = (d: Decimal) => (divisor === 1 ? d : (quotient(d, divisor) ?? d));
  const value = scale(scaledValue(sum));
  const approx = bounds?.approx ?? false;
  const atMost = bounds?.atMost ?? null;
  const lower = approx ? null : atMost ? scale(scaledValue(sum).minus(scaledValue(atMost))) : value;
  const upper = approx || bounds?.atLeast ? null : value;
  return { value, qualifier: qualifierOf(value, lower, upper, approx), lower, upper };
}

/**
 * The difference of two estimates, `a − b`, with the bounds the two allow:
 * the least is a's least minus b's most, the most a's most minus b's least
 * (unbounded where a bound is); approximate when either is.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const d = differenceEstimate(sumEstimate([{ value: new Decimal(140), qualifier: "atLeast" }]), sumEstimate([{ value: new Decimal(100), qualifier: "exact" }]));
 * [d.value.toString(), d.qualifier, d.lower?.toString(), d.upper]; //=> ["40", "atLeast", "40", null]
 * ```
 */
export function differenceEstimate(a: Estimate, b: Estimate): Estimate {
  const value = a.value.minus(b.value);
  const lower = a.lower !== null && b.upper !== null ? a.lower.minus(b.upper) : null;
  const upper = a.upper !== null && b.lower !== null ? a.upper.minus(b.lower) : null;
  const approx = a.qualifier === "approx" || b.qualifier === "approx";
  return { value, qualifier: qualifierOf(value, lower, upper, approx), lower, upper };
}
