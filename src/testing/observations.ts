import fc from "fast-check";
import { indicators } from "../catalog/indicators.js";
import { Decimal } from "../model/decimal.js";
import type { Indicator } from "../model/indicator.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Observation } from "../model/observation.js";

/**
 * Options of `observations`.
 *
 * @example
 * ```ts
 * const options: ObservationOptions = { agencies: ["a", "b"], years: [2020, 2021] };
 * ```
 */
export interface ObservationOptions {
  /** The agency ids to draw from (default `agency-1` … `agency-3`). */
  readonly agencies?: readonly string[];
  /** The indicators to draw from (default every indicator of the catalog). */
  readonly indicators?: readonly IndicatorCode[];
  /** The reporting years to draw from (default 2018–2024). */
  readonly years?: readonly number[];
}

/**
 * A value that fits an indicator: a whole non-negative number for counts and list sizes,
 * money with up to two decimals, a rate from 0 to 100 with up to two decimals.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [value] = fc.sample(valueFor(getIndicator("enforcement.penaltyCases")), 1);
 * value?.isInteger(); //=> true
 * ```
 */
export function valueFor(indicator: Indicator): fc.Arbitrary<Decimal> {
  switch (indicator.valueType) {
    case "rate":
      return fc.integer({ min: 0, max: 10000 }).map((hundredths) => new Decimal(hundredths).div(100));
    case "amount":
      return fc.bigInt({ min: 0n, max: 10n ** 12n }).map((cents) => new Decimal(cents.toString()).div(100));
    case "mean":
      return fc.integer({ min: 0, max: 100000 }).map((tenths) => new Decimal(tenths).div(10));
    default:
      return fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(n));
  }
}

/**
 * Observations valid by construction: an indicator of the catalog in its own unit with a
 * value that fits it, an actual figure of the agency's own for one year. `validate` finds
 * nothing wrong with one of them alone.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [o] = fc.sample(observations({ agencies: ["a"], years: [2021] }), 1);
 * o?.period; //=> 2021
 * ```
 */
export function observations(options: ObservationOptions = {}): fc.Arbitrary<Observation> {
  const codes = new Set<string>(options.indicators ?? indicators.map((indicator) => indicator.code));
  const chosen = indicators.filter((indicator) => codes.has(indicator.code));
  return fc
    .record({
      agency: fc.constantFrom(...(options.agencies ?? ["agency-1", "agency-2", "agency-3"])),
      indicator: fc.constantFrom(...chosen),
      period: fc.constantFrom(...(options.years ?? [2018, 2019, 2020, 2021, 2022, 2023, 2024])),
    })
    .chain(({ agency, indicator, period }) =>
      valueFor(indicator).map(
        (value): Observation => ({
          agency,
          indicator: indicator.code,
          period,
          quantity: { value, unit: indicator.unit, qualifier: "exact" },
          modality: "actual",
          attribution: "own",
        }),
      ),
    );
}
