import { Decimal } from "../model/decimal.js";
import type { Qualifier } from "../model/qualifier.js";
import { checkParts } from "./checkInput.js";

/**
 * An aggregated value with what its inputs allow: the value, its qualifier
 * (`atLeast` when a part was "余", `approx` when a part was "约" or bounds
 * pull both ways), and the lower and upper bounds where known.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * // 121万元 + 140余万元
 * const fines: Estimate = { value: new Decimal(2610000), qualifier: "atLeast", lower: new Decimal(2610000), upper: null };
 * ```
 */
export interface Estimate {
  /** The value computed from the stated figures. */
  readonly value: Decimal;
  /** How exact it is. */
  readonly qualifier: Qualifier;
  /** The least it can be, or `null` when unbounded or unknown. */
  readonly lower: Decimal | null;
  /** The most it can be, or `null` when unbounded or unknown. */
  readonly upper: Decimal | null;
}

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
  switch (qualifier) {
    case "exact":
      return [value, value];
    case "atLeast":
      return [value, null];
    case "atMost":
      return [nonNegative ? new Decimal(0) : null, value];
    default:
      return [null, null];
  }
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
