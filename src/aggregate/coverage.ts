import type { Agency } from "../model/agency.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import { type ObservationInput, readInput } from "./observationInput.js";
import { checkAgencies, checkIndicatorCodes } from "./checkInput.js";
import { checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";

/**
 * Options of `coverage`.
 *
 * @example
 * ```ts
 * const options: CoverageOptions = { agencies, indicators: ["enforcement.penaltyCases", "litigation.cases"] };
 * ```
 */
export interface CoverageOptions {
  /** The agencies expected to report (default: those that did); one listed twice counts once. */
  readonly agencies?: readonly Agency[];
  /** The indicators expected (default: those reported). */
  readonly indicators?: readonly IndicatorCode[];
  /** Only figures of this period. */
  readonly period?: number;
}

const coverageOptionNames = /* @__PURE__ */ optionNames<CoverageOptions>()(["agencies", "indicators", "period"]);

/**
 * Who reported what: the agencies × indicators matrix of counts of actual
 * figures, and the share of expected indicators each agency reported and of
 * expected agencies that reported each indicator.
 *
 * @example
 * ```ts
 * const c: Coverage = coverage(observations, { agencies });
 * ```
 */
export interface Coverage {
  /** Row labels: agency ids. */
  readonly agencies: readonly string[];
  /** Column labels: indicator codes. */
  readonly indicators: readonly IndicatorCode[];
  /** `counts[i][j]`: how many figures agency i reported for indicator j. */
  readonly counts: readonly (readonly number[])[];
  /** Per agency, the share of the indicators it reported (0–1). */
  readonly byAgency: readonly { readonly agency: string; readonly reported: number; readonly share: number }[];
  /** Per indicator, the share of the agencies that reported it (0–1). */
  readonly byIndicator: readonly { readonly indicator: IndicatorCode; readonly reported: number; readonly share: number }[];
}

/**
 * The agencies × indicators matrix of what was reported (actual figures).
 *
 * @example
 * ```ts
 * const { byIndicator } = coverage(observations, { agencies });
 * byIndicator.filter((i) => i.share < 0.5).map((i) => i.indicator);
 * ```
 */
export function coverage(input: ObservationInput, options: CoverageOptions = {}): Coverage {
  const observations = readInput("coverage", input);
  checkOptionsObject("coverage", options, false, coverageOptionNames);
  checkAgencies("coverage", options.agencies);
  if (options.indicators !== undefined && !Array.isArray(options.indicators)) throw new TypeError("coverage: option indicators must be an array of indicator codes");
  if (options.indicators !== undefined) checkIndicatorCodes("coverage", "indicators", options.indicators);
  if (options.period !== undefined && !Number.isInteger(options.period)) throw new TypeError("coverage: option period must be a year");
  const actual = observations.filter((o) => o.modality === "actual" && (options.period === undefined || o.period === options.period));
  // An agency or indicator given twice (an agency's reports of two years each give it) is one row or column, where it first came.
  const agencies = options.agencies ? [...new Set(options.agencies.map((a) => a.id))] : [...new Set(actual.map((o) => o.agency))].sort();
  const indicators = options.indicators ? [...new Set(options.indicators)] : [...new Set(actual.map((o) => o.indicator))].sort();
  const row = new Map(agencies.map((id, i) => [id, i]));
  const column = new Map(indicators.map((code, j) => [code, j]));
  const counts = agencies.map(() => indicators.map(() => 0));
  for (const o of actual) {
    const i = row.get(o.agency);
    const j = column.get(o.indicator);
    if (i === undefined || j === undefined) continue;
    const cells = counts[i];
    if (cells) cells[j] = (cells[j] ?? 0) + 1;
  }
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    agencies,
    indicators,
    counts,
    byAgency: agencies.map((agency, i) => {
      const reported = (counts[i] ?? []).filter((n) => n > 0).length;
      return { agency, reported, share: share(reported, indicators.length) };
    }),
    byIndicator: indicators.map((indicator, j) => {
      const reported = counts.filter((cells) => (cells[j] ?? 0) > 0).length;
      return { indicator, reported, share: share(reported, agencies.length) };
    }),
  };
}
