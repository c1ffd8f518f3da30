import type { Decimal } from "../model/decimal.js";
import type { DimensionValue } from "./dimensions.js";
import type { Estimate } from "./estimate.js";

/**
 * A rate in a row: Σnumerator / Σdenominator × 100 over the agencies that
 * reported both components (`ratioOfSums`), or the plain mean of stated rates
 * when the caller asked for it (`unweightedMean`).
 *
 * @example
 * ```ts
 * const rate: RowRate = { method: "ratioOfSums", value: new Decimal("7.5"), agencies: 2, numerator: null, denominator: null };
 * ```
 */
export interface RowRate {
  /** How it was computed. */
  readonly method: "ratioOfSums" | "unweightedMean";
  /** The rate in %. */
  readonly value: Decimal;
  /** How many agencies it covers. */
  readonly agencies: number;
  /** The summed numerator (for `ratioOfSums`). */
  readonly numerator: Estimate | null;
  /** The summed denominator (for `ratioOfSums`). */
  readonly denominator: Estimate | null;
}

/**
 * One row of an aggregate table.
 *
 * @example
 * ```ts
 * function total(row: AggregateRow): string {
 *   return row.sum ? `${row.sum.qualifier === "atLeast" ? "≥" : ""}${row.sum.value.toString()}` : "—";
 * }
 * ```
 */
export interface AggregateRow {
  /** The row's value of each grouping dimension. */
  readonly key: Readonly<Record<string, DimensionValue>>;
  /** The unit its figures add up in (`commonUnit`: 起 and 件 of cases in 件), or `null` when they mix units that do not (then nothing is summed). */
  readonly unit: string | null;
  /** How many figures it holds. */
  readonly observations: number;
  /** The agencies that contributed, in id order. */
  readonly agencies: readonly string[];
  /** The expected agencies (of `options.agencies`, matching the row's agency dimensions) with no figure in it. */
  readonly missingAgencies: readonly string[];
  /** The sum with its bounds, for indicators that add up (`null` when not asked for or not additive). */
  readonly sum: Estimate | null;
  /** The number of figures (`null` when not asked for). */
  readonly count: number | null;
  /** The smallest value stated, with the bounds its figures allow: exact when they all are, at least 140 for 140余 alone (`null` when not asked for). */
  readonly min: Estimate | null;
  /** The largest value stated, with the bounds its figures allow: at least 140 for 100 and 140余 (`null` when not asked for). */
  readonly max: Estimate | null;
  /** The mean value with its bounds (`null` when not asked for or not additive). */
  readonly mean: Estimate | null;
  /** The rate, for a ratio indicator or when `rateMethod` is given; `null` otherwise, and when rates were stated without components (see `notes` and `statedRates`). */
  readonly rate: RowRate | null;
  /** Rates kept per agency because they came without components and no method was named, in agency id order; empty otherwise. */
  readonly statedRates: readonly StatedRate[];
  /** What the row could not do and why (`mixedUnits`, `notAdditive`, `ratesNotAggregated`), and what makes no sense among its figures (`negativeCount`, `unitMismatch` such as a fine in %, `duplicate`: the same figure of an agency twice, counted twice), as `validate` notes them on a document; `precisionExceeded` if a sum ever reached the 120 digits of `Decimal`, which values in range cannot do with fewer than 10²⁹ terms. */
  readonly notes: readonly string[];
}

/**
 * A rate an agency stated without its components, kept as it was.
 *
 * @example
 * ```ts
 * const stated: StatedRate = { agency: "daowai", value: new Decimal("98") };
 * ```
 */
export interface StatedRate {
  /** The agency that stated it. */
  readonly agency: string;
  /** The rate in %. */
  readonly value: Decimal;
}
