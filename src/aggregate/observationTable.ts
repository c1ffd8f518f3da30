import { Decimal } from "../model/decimal.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Observation } from "../model/observation.js";
import type { Period } from "../model/period.js";
import type { Qualifier } from "../model/qualifier.js";
import type { Modality } from "../model/modality.js";
import type { Attribution } from "../model/attribution.js";
import type { SourceRef } from "../model/sourceRef.js";
import { readObservations } from "./checkInput.js";
import { scaledToDecimal, toScaledInteger } from "./engine/scaledInteger.js";

/**
 * Observations held as columns: each dimension dictionary-encoded (a typed
 * array of codes into a list of the distinct values, in the order first
 * seen), each value as an exact integer at scale 10⁴ in a `Float64Array`
 * (every integer up to 2⁵³ is exact in one), with the values that do not fit
 * (more than four decimals, 2⁵³ or more at that scale, or −0) kept as their
 * `Decimal` in a sparse column, `exact`, and `NaN` in `value`. The qualifier
 * column is also the column of bounds: a figure's bounds follow from it (exact
 * `[v, v]`, `atLeast` `[v, ∞)`, `atMost` `[0, v]`, `approx` unknown). About 25
 * bytes per observation, against some 240 for the objects; built once by
 * `observationTable`, and accepted by `aggregate`, `rollup`, `series`,
 * `yearOverYear`, `coverage`, `compositeScore` and `attributed` wherever they
 * accept `Observation[]`, with the same results.
 *
 * @example
 * ```ts
 * const table: ObservationTable = observationTable(observations);
 * table.length === observations.length; //=> true
 * table.indicators[table.indicator[0] ?? 0] === observations[0]?.indicator; //=> true
 * ```
 */
export interface ObservationTable {
  /** Tells a table from an array of observations. */
  readonly kind: "ObservationTable";
  /** The number of observations. */
  readonly length: number;
  /** The distinct agency ids, in the order first seen. */
  readonly agencies: readonly string[];
  /** The distinct indicators, in the order first seen. */
  readonly indicators: readonly IndicatorCode[];
  /** The distinct periods (a year, or a date range), in the order first seen. */
  readonly periods: readonly Period[];
  /** The distinct units, in the order first seen. */
  readonly units: readonly string[];
  /** Per observation, its agency: an index into `agencies`. */
  readonly agency: Int32Array;
  /** Per observation, its indicator: an index into `indicators`. */
  readonly indicator: Uint16Array;
  /** Per observation, its period: an index into `periods`. */
  readonly period: Int32Array;
  /** Per observation, its unit: an index into `units`. */
  readonly unit: Int32Array;
  /** Per observation, its qualifier: an index into `tableQualifiers`. */
  readonly qualifier: Uint8Array;
  /** Per observation, its modality: an index into `tableModalities`. */
  readonly modality: Uint8Array;
  /** Per observation, its attribution: an index into `tableAttributions`. */
  readonly attribution: Uint8Array;
  /** Per observation, its value × 10⁴, an exact integer; `NaN` where `exact` holds the value. */
  readonly value: Float64Array;
  /** The values that do not fit `value`, by observation. */
  readonly exact: ReadonlyMap<number, Decimal>;
  /** The sources of the observations that have one, by observation. */
  readonly sources: ReadonlyMap<number, SourceRef>;
}

/**
 * The qualifiers by their code in `ObservationTable.qualifier`.
 *
 * @example
 * ```ts
 * tableQualifiers[2]; //=> "atLeast"
 * ```
 */
export const tableQualifiers: readonly Qualifier[] = /* @__PURE__ */ Object.freeze(["exact", "approx", "atLeast", "atMost"]);

/**
 * The modalities by their code in `ObservationTable.modality`.
 *
 * @example
 * ```ts
 * tableModalities[0]; //=> "actual"
 * ```
 */
export const tableModalities: readonly Modality[] = /* @__PURE__ */ Object.freeze(["actual", "target"]);

/**
 * The attributions by their code in `ObservationTable.attribution`.
 *
 * @example
 * ```ts
 * tableAttributions[0]; //=> "own"
 * ```
 */
export const tableAttributions: readonly Attribution[] = /* @__PURE__ */ Object.freeze(["own", "onBehalfOf", "joint"]);

/** A dictionary: the code of each value, and the values by code. */
class Dictionary<K, V> {
  readonly codes = new Map<K, number>();
  readonly values: V[] = [];
  codeOf(key: K, value: V): number {
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(key, code);
      this.values.push(value);
    }
    return code;
  }
}

/**
 * Builds the `ObservationTable` of observations, in one pass, reading them
 * as `aggregate` does (a figure the `Observation` schema refuses is a
 * `TypeError` naming it; the JSON form of an observation is read exactly).
 * Build it once and hand it to every analysis: each then reads columns
 * instead of objects.
 *
 * @example
 * ```ts
 * const table = observationTable(observations);
 * const rows = aggregate(table, { by: ["indicator", "year"], agencies });
 * rows.length === aggregate(observations, { by: ["indicator", "year"], agencies }).length; //=> true
 * ```
 */
export function observationTable(observations: readonly Observation[]): ObservationTable {
  const figures = readObservations("observationTable", observations);
  const n = figures.length;
  const agency = new Int32Array(n);
  const indicator = new Uint16Array(n);
  const period = new Int32Array(n);
  const unit = new Int32Array(n);
  const qualifier = new Uint8Array(n);
  const modality = new Uint8Array(n);
  const attribution = new Uint8Array(n);
  const value = new Float64Array(n);
  const exact = new Map<number, Decimal>();
  const sources = new Map<number, SourceRef>();
  const agencies = new Dictionary<string, string>();
  const indicators = new Dictionary<IndicatorCode, IndicatorCode>();
  const years = new Dictionary<number, Period>();
  const ranges = new Map<string, number>();
  const periods = years.values;
  const units = new Dictionary<string, string>();
  let lastAgency = "";
  let lastAgencyCode = -1;
  let lastIndicator = "";
  let lastIndicatorCode = -1;
  let lastUnit = "";
  let lastUnitCode = -1;
  for (let i = 0; i < n; i++) {
    const o = figures[i] as Observation;
    // Figures come agency by agency, indicator by indicator: the last code is the likeliest.
    if (o.agency !== lastAgency || lastAgencyCode < 0) {
      lastAgency = o.agency;
      lastAgencyCode = agencies.codeOf(o.agency, o.agency);
    }
    agency[i] = lastAgencyCode;
    if (o.indicator !== lastIndicator || lastIndicatorCode < 0) {
      lastIndicator = o.indicator;
      lastIndicatorCode = indicators.codeOf(o.indicator, o.indicator);
    }
    indicator[i] = lastIndicatorCode;
    const p = o.period;
    if (typeof p === "number") period[i] = years.codeOf(p, p);
    else {
      const key = `${p.from}/${p.to}`;
      let code = ranges.get(key);
      if (code === undefined) {
        code = periods.length;
        periods.push({ from: p.from, to: p.to });
        ranges.set(key, code);
      }
      period[i] = code;
    }
    const q = o.quantity;
    if (q.unit !== lastUnit || lastUnitCode < 0) {
      lastUnit = q.unit;
      lastUnitCode = units.codeOf(q.unit, q.unit);
    }
    unit[i] = lastUnitCode;
    qualifier[i] = q.qualifier === "exact" ? 0 : q.qualifier === "approx" ? 1 : q.qualifier === "atLeast" ? 2 : 3;
    modality[i] = o.modality === "actual" ? 0 : 1;
    attribution[i] = o.attribution === "own" ? 0 : o.attribution === "onBehalfOf" ? 1 : 2;
    const scaled = toScaledInteger(q.value);
    // −0 keeps its sign in the Decimal column: a copy of the figure is the figure.
    if (scaled === null || (scaled === 0 && q.value.isNegative())) {
      value[i] = Number.NaN;
      exact.set(i, q.value);
    } else value[i] = scaled;
    if (o.source !== undefined) sources.set(i, o.source);
  }
  return Object.freeze({
    kind: "ObservationTable",
    length: n,
    agencies: Object.freeze(agencies.values),
    indicators: Object.freeze(indicators.values),
    periods: Object.freeze(periods),
    units: Object.freeze(units.values),
    agency,
    indicator,
    period,
    unit,
    qualifier,
    modality,
    attribution,
    value,
    exact,
    sources,
  });
}

/**
 * Whether a value is an `ObservationTable` (rather than an array of observations).
 *
 * @example
 * ```ts
 * isObservationTable(observationTable(observations)); //=> true
 * isObservationTable(observations); //=> false
 * ```
 */
export function isObservationTable(value: unknown): value is ObservationTable {
  return typeof value === "object" && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === "ObservationTable";
}

/**
 * The value of one observation of a table, exactly as it was given.
 *
 * @example
 * ```ts
 * const table = observationTable(observations);
 * tableValue(table, 0).equals(observations[0]?.quantity.value ?? 0); //=> true
 * ```
 */
export function tableValue(table: ObservationTable, row: number): Decimal {
  const scaled = table.value[row];
  if (scaled === undefined) throw new RangeError(`tableValue: no observation ${row} in a table of ${table.length}`);
  return valueOfScaled(table, row, scaled);
}

/**
 * The value of observation `row` from its entry `scaled` of the value column,
 * read there or from a copy of the column in another order: the `Decimal` of
 * the integer at scale 10⁴, or (`NaN`) the exact value the table keeps aside.
 *
 * @internal
 */
export function valueOfScaled(table: ObservationTable, row: number, scaled: number): Decimal {
  return Number.isNaN(scaled) ? (table.exact.get(row) ?? new Decimal(Number.NaN)) : scaledToDecimal(scaled);
}

/**
 * One observation of a table as an `Observation` object (equal to the one it
 * was built from, its value an equal `Decimal`).
 *
 * @example
 * ```ts
 * const table = observationTable(observations);
 * tableObservation(table, 0).indicator === observations[0]?.indicator; //=> true
 * ```
 */
export function tableObservation(table: ObservationTable, row: number): Observation {
  const value = tableValue(table, row);
  const o: Observation = {
    agency: table.agencies[table.agency[row] as number] as string,
    indicator: table.indicators[table.indicator[row] as number] as IndicatorCode,
    period: table.periods[table.period[row] as number] as Period,
    quantity: {
      value,
      unit: table.units[table.unit[row] as number] as string,
      qualifier: tableQualifiers[table.qualifier[row] as number] as Qualifier,
    },
    modality: tableModalities[table.modality[row] as number] as Modality,
    attribution: tableAttributions[table.attribution[row] as number] as Attribution,
  };
  const source = table.sources.get(row);
  if (source !== undefined) o.source = source;
  return o;
}

/**
 * The observations of a table as objects, in order: what the analyses that
 * have no columnar path read.
 *
 * @example
 * ```ts
 * tableObservations(observationTable(observations)).length === observations.length; //=> true
 * ```
 */
export function tableObservations(table: ObservationTable): Observation[] {
  const out: Observation[] = new Array(table.length);
  for (let i = 0; i < table.length; i++) out[i] = tableObservation(table, i);
  return out;
}
