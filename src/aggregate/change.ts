import { findIndicator } from "../catalog/indicators.js";
import { commonUnit } from "../catalog/units.js";
import type { Decimal } from "../model/decimal.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Observation } from "../model/observation.js";
import { type ObservationInput, readInput } from "./observationInput.js";
import { attributed } from "./attributed.js";
import { type Estimate, differenceEstimate, ratioEstimate, sumEstimate } from "./estimate.js";
import { compareValues } from "./engine/keyOrder.js";

/**
 * An agency's yearly values of one indicator, in year order.
 *
 * @example
 * ```ts
 * const s: Series = { agency: "a", indicator: "enforcement.penaltyCases", points: [] };
 * ```
 */
export interface Series {
  /** The agency id. */
  readonly agency: string;
  /** The indicator. */
  readonly indicator: IndicatorCode;
  /**
   * One point per year: the year's figures added up when the indicator is
   * additive, else the single stated figure; `unit` is the unit they add up
   * in (`commonUnit`: 起 and 宗 of cases are 件).
   */
  readonly points: readonly { readonly year: number; readonly value: Estimate; readonly unit: string }[];
}

/**
 * The yearly series of each agency and indicator, from actual yearly figures
 * counted as `attributed` counts them (date-range figures are left out: they
 * are not one year's). Several figures
 * of one agency, indicator and year are added up for an additive indicator;
 * for another indicator such a year is left out as ambiguous, and so is a
 * year whose figures are in units that measure different things (元 and
 * 万元, 件 and %), which `aggregate` does not add up either (`mixedUnits`).
 *
 * @example
 * ```ts
 * series(observations).find((s) => s.agency === "a")?.points.map((p) => p.year); //=> [2019, 2020, 2021]
 * ```
 */
export function series(input: ObservationInput): Series[] {
  const observations = readInput("series", input);
  const groups = new Map<string, { agency: string; indicator: IndicatorCode; years: Map<number, Observation[]> }>();
  for (const o of attributed(observations)) {
    if (o.modality !== "actual" || typeof o.period !== "number") continue;
    const key = `${o.agency}\u0001${o.indicator}`;
    const group = groups.get(key) ?? { agency: o.agency, indicator: o.indicator, years: new Map() };
    groups.set(key, group);
    const figures = group.years.get(o.period);
    if (figures) figures.push(o);
    else group.years.set(o.period, [o]);
  }
  const result: Series[] = [];
  for (const group of groups.values()) {
    const indicator = findIndicator(group.indicator);
    const additive = indicator?.aggregation.kind === "sum";
    const points = [...group.years]
      .filter(([, figures]) => additive || figures.length === 1)
      .flatMap(([year, figures]) => {
        const unit = commonUnit(figures.map((f) => f.quantity.unit), indicator?.unit);
        return unit === null ? [] : [{ year, value: sumEstimate(figures.map((f) => f.quantity)), unit }];
      })
      .sort((a, b) => a.year - b.year);
    result.push({ agency: group.agency, indicator: group.indicator, points });
  }
  // In code-unit order, as aggregate's rows: the same on every machine, whatever its locale.
  return result.sort((a, b) => compareValues(a.agency, b.agency) || compareValues(a.indicator, b.indicator));
}

/**
 * The change of one agency's indicator from one year to the next.
 *
 * @example
 * ```ts
 * function rising(c: YearOverYear): boolean {
 *   return c.difference.lower?.isPositive() ?? false;
 * }
 * ```
 */
export interface YearOverYear {
  /** The agency id. */
  readonly agency: string;
  /** The indicator. */
  readonly indicator: IndicatorCode;
  /** The later year. */
  readonly year: number;
  /** The unit of the two values and their difference (`commonUnit` of the two years' units). */
  readonly unit: string;
  /** Its value. */
  readonly value: Estimate;
  /** The value of the year before. */
  readonly previous: Estimate;
  /** value − previous, with the bounds the two allow. */
  readonly difference: Estimate;
  /** The growth in % of the previous value, or `null` when that is zero; approximate unless both values are exact. */
  readonly growth: Decimal | null;
}


/**
 * Year-over-year difference and growth for each agency and indicator, for
 * every pair of consecutive years in its series whose units measure the same
 * (121 万元 is not compared with 0 元); bounds carry through (a value
 * "at least 140万" against an exact 121万 gives a difference of at least 19万).
 *
 * @example
 * ```ts
 * yearOverYear(observations).map((c) => [c.year, c.difference.value.toString(), c.growth?.toFixed(1)]);
 * //=> [[2020, "12", "8.6"], [2021, "-2", "-1.3"]]
 * ```
 */
export function yearOverYear(input: ObservationInput): YearOverYear[] {
  const observations = readInput("yearOverYear", input);
  return series(observations).flatMap((s) =>
    s.points.flatMap((point, k) => {
      const before = s.points[k - 1];
      if (!before || before.year !== point.year - 1) return [];
      const unit = commonUnit([before.unit, point.unit], findIndicator(s.indicator)?.unit);
      if (unit === null) return [];
      const difference = differenceEstimate(point.value, before.value);
      const growth = ratioEstimate(difference, before.value)?.value ?? null;
      return [{ agency: s.agency, indicator: s.indicator, year: point.year, unit, value: point.value, previous: before.value, difference, growth }];
    }),
  );
}

