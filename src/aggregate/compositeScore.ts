import { findIndicator } from "../catalog/indicators.js";
import { commonUnit } from "../catalog/units.js";
import { lowerIsBetter } from "../catalog/indicatorDirections.js";
import type { Agency } from "../model/agency.js";
import { Decimal } from "../model/decimal.js";
import { quotient } from "../model/quotient.js";
import { closestMatch } from "../model/closestMatch.js";
import { type IndicatorCode, indicatorCodes } from "../model/indicatorCode.js";
import { type ObservationInput, readInput } from "./observationInput.js";
import { type OutlineArea, outlineAreaKeys } from "../model/outlineArea.js";
import { series } from "./change.js";
import { type Dimension, agencyValues, checkOption } from "./dimensions.js";
import { compareValues } from "./engine/keyOrder.js";
import { checkAgencies, checkIndicatorCodes } from "./checkInput.js";
import { checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";

/**
 * A reader of weights given as an option: each a finite number, 0 or more
 * (a `TypeError` for another type, a `RangeError` for NaN, an infinity or a
 * negative weight, naming the option); 1 where none is given. Only the
 * option's own keys count.
 */
function weightReader(name: "areas" | "indicators", weights: Readonly<Record<string, unknown>> | undefined): (key: string) => number {
  if (weights === undefined) return () => 1;
  if (typeof weights !== "object" || weights === null) throw new TypeError(`compositeScore: option weights.${name} must be an object`);
  const known: readonly string[] = name === "areas" ? outlineAreaKeys : indicatorCodes;
  for (const [key, weight] of Object.entries(weights)) {
    // A misspelt key would weigh nothing in silence: it is refused, with the code it was likely meant to be.
    if (!known.includes(key)) {
      const near = closestMatch(key, known);
      throw new RangeError(
        `compositeScore: unknown ${name === "areas" ? "outline area" : "indicator"} ${JSON.stringify(key.slice(0, 40))} in option weights.${name}${near === undefined ? "" : `; did you mean ${JSON.stringify(near)}?`}`,
      );
    }
    if (typeof weight !== "number") throw new TypeError(`compositeScore: option weights.${name}[${JSON.stringify(key)}] must be a number`);
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`compositeScore: option weights.${name}[${JSON.stringify(key)}] must be a finite number, 0 or more`);
    }
  }
  return (key) => (Object.hasOwn(weights, key) ? (weights[key] as number) : 1);
}

/**
 * An agency dimension that can make a peer group of `compositeScore`.
 *
 * @example
 * ```ts
 * const peerGroup: PeerDimension[] = ["sector", "level"];
 * ```
 */
export type PeerDimension = Extract<Dimension, "kind" | "level" | "sector" | "province" | "prefecture">;

/**
 * The agency dimensions that can make a peer group of `compositeScore`.
 *
 * @example
 * ```ts
 * peerDimensions; //=> ["kind", "level", "sector", "province", "prefecture"]
 * ```
 */
export const peerDimensions: readonly PeerDimension[] = ["kind", "level", "sector", "province", "prefecture"];

/**
 * Options of `compositeScore`.
 *
 * @example
 * ```ts
 * const options: CompositeScoreOptions = { agencies, year: 2021, peerGroup: ["sector", "level"], weights: { areas: { disputes: 2 } } };
 * ```
 */
export interface CompositeScoreOptions {
  /** The agencies, for their peer-group dimensions. */
  readonly agencies?: readonly Agency[];
  /** The year scored (default: the latest year in the figures). */
  readonly year?: number;
  /** Agency dimensions that make a peer group (default: all agencies together). */
  readonly peerGroup?: readonly PeerDimension[];
  /** The indicators scored (default: every indicator with figures). */
  readonly indicators?: readonly IndicatorCode[];
  /** Weights of areas and of indicators within their area (default 1 each). */
  readonly weights?: {
    readonly areas?: Readonly<Partial<Record<OutlineArea, number>>>;
    readonly indicators?: Readonly<Partial<Record<IndicatorCode, number>>>;
  };
}

const compositeScoreOptionNames = /* @__PURE__ */ optionNames<CompositeScoreOptions>()(["agencies", "year", "peerGroup", "indicators", "weights"]);

/**
 * One agency's composite score and what built it.
 *
 * @example
 * ```ts
 * function top(scores: readonly AgencyScore[]): string | undefined {
 *   return [...scores].sort((a, b) => b.score.comparedTo(a.score))[0]?.agency;
 * }
 * ```
 */
export interface AgencyScore {
  /** The agency id. */
  readonly agency: string;
  /** Its peer group, as the values of the peer-group dimensions joined by `/`. */
  readonly peerGroup: string;
  /** The score, 0 to 1, computed without rounding (`exact` says whether the figures were exact); `rounded` has two decimals. */
  readonly score: Decimal;
  /**
   * Whether the score is exact: every figure it was normalised against (the
   * agency's and its peers' of the same indicators) is exact. One approximate
   * or bounded figure moves a peer group's minimum or maximum, so the scores
   * built on it are approximate.
   */
  readonly exact: boolean;
  /** The score rounded to two decimals (half up), as published indices do. */
  readonly rounded: string;
  /** The score of each area the agency has figures in. */
  readonly areas: readonly { readonly area: OutlineArea; readonly score: Decimal; readonly weight: number }[];
  /**
   * The indicators left out of the score because the peer group's figures of
   * them are in units that do not measure the same thing (one agency's fines
   * in 元, another's in 万元): normalised against each other they would rank
   * 150 万元 below 500,000 元. Empty when every figure could be compared.
   */
  readonly mixedUnits: readonly IndicatorCode[];
  /** Each indicator: its value, its min–max normalised value within the peer group, and whether it was inverted. */
  readonly components: readonly {
    readonly indicator: IndicatorCode;
    readonly value: Decimal;
    readonly normalized: Decimal;
    readonly inverted: boolean;
  }[];
}

/**
 * A composite score per agency, the way the World Justice Project builds its
 * index: each indicator is normalised min–max within the agency's peer group,
 * (x − min) / (max − min), 1 when all peers are equal; indicators where less is
 * better (败诉率, 纠错率) are inverted; the normalised values are averaged within
 * each outline area and the area scores across areas, with configurable
 * weights. Each agency's score comes with the components that built it.
 * Throws a `RangeError` for a peer-group dimension it does not know.
 *
 * @example
 * ```ts
 * compositeScore(observations, { agencies, peerGroup: ["sector"] }).map((s) => [s.agency, s.rounded]);
 * ```
 */
export function compositeScore(input: ObservationInput, options: CompositeScoreOptions = {}): AgencyScore[] {
  const observations = readInput("compositeScore", input);
  checkOptionsObject("compositeScore", options, false, compositeScoreOptionNames);
  checkAgencies("compositeScore", options.agencies);
  if (options.year !== undefined && !Number.isInteger(options.year)) throw new TypeError("compositeScore: option year must be an integer year");
  if (options.indicators !== undefined && !Array.isArray(options.indicators)) throw new TypeError("compositeScore: option indicators must be an array of indicator codes");
  if (options.indicators !== undefined) checkIndicatorCodes("compositeScore", "indicators", options.indicators);
  if (options.weights !== undefined && (typeof options.weights !== "object" || options.weights === null)) throw new TypeError("compositeScore: option weights must be an object");
  if (options.weights !== undefined) checkOptionsObject("compositeScore: option weights", options.weights, false, ["areas", "indicators"]);
  checkOption("compositeScore", "peer-group dimension", options.peerGroup ?? [], peerDimensions);
  const indicatorWeight = weightReader("indicators", options.weights?.indicators);
  const areaWeight = weightReader("areas", options.weights?.areas);
  // One value per agency and indicator: the year's point of its series.
  const all = series(observations);
  const year = options.year ?? all.reduce((latest, s) => Math.max(latest, ...s.points.map((p) => p.year)), 0);
  const wanted = options.indicators ? new Set(options.indicators) : null;
  const agencyById = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  const values = new Map<string, Map<IndicatorCode, Decimal>>();
  const unitOf = new Map<string, string>(); // `${agency}|${indicator}`: the unit of its value
  const inexact = new Set<string>(); // `${agency}|${indicator}` of the figures that are not exact
  for (const s of all) {
    const point = s.points.find((p) => p.year === year);
    if (!point || (wanted && !wanted.has(s.indicator))) continue;
    const perAgency = values.get(s.agency) ?? new Map<IndicatorCode, Decimal>();
    values.set(s.agency, perAgency);
    perAgency.set(s.indicator, point.value.value);
    unitOf.set(`${s.agency}|${s.indicator}`, point.unit);
    if (point.value.qualifier !== "exact") inexact.add(`${s.agency}|${s.indicator}`);
  }
  const groupOf = (id: string) => {
    const dims = agencyValues(agencyById.get(id), id);
    return (options.peerGroup ?? []).map((d) => String(dims[d] ?? "-")).join("/");
  };
  const groups = new Map<string, string[]>();
  for (const id of values.keys()) {
    const peerGroup = groupOf(id);
    const members = groups.get(peerGroup);
    if (members) members.push(id);
    else groups.set(peerGroup, [id]);
  }
  const scores: AgencyScore[] = [];
  for (const [peerGroup, members] of groups) {
    // An indicator whose figures in the group are in units that do not add up is compared by none of them.
    const groupUnits = new Map<IndicatorCode, string[]>();
    for (const id of members) {
      for (const code of values.get(id)?.keys() ?? []) {
        const list = groupUnits.get(code) ?? [];
        list.push(unitOf.get(`${id}|${code}`) ?? "");
        groupUnits.set(code, list);
      }
    }
    const mixed = new Set([...groupUnits].filter(([code, list]) => commonUnit(list, findIndicator(code)?.unit) === null).map(([code]) => code));
    const ranges = new Map<IndicatorCode, { min: Decimal; max: Decimal }>();
    const inexactInGroup = new Set<IndicatorCode>();
    for (const id of members) {
      for (const [code, value] of values.get(id) ?? []) {
        if (mixed.has(code)) continue;
        if (inexact.has(`${id}|${code}`)) inexactInGroup.add(code);
        const range = ranges.get(code);
        ranges.set(code, range ? { min: Decimal.min(range.min, value), max: Decimal.max(range.max, value) } : { min: value, max: value });
      }
    }
    for (const id of members) {
      const own = [...(values.get(id) ?? [])];
      const mixedUnits = own.filter(([indicator]) => mixed.has(indicator)).map(([indicator]) => indicator);
      const components = own.filter(([indicator]) => !mixed.has(indicator)).map(([indicator, value]) => {
        const range = ranges.get(indicator) ?? { min: value, max: value };
        const span = range.max.minus(range.min);
        const plain = quotient(value.minus(range.min), span) ?? new Decimal(1);
        const inverted = lowerIsBetter.has(indicator);
        return { indicator, value, normalized: inverted && !span.isZero() ? new Decimal(1).minus(plain) : plain, inverted };
      });
      const byArea = new Map<OutlineArea, { total: Decimal; weight: Decimal }>();
      for (const c of components) {
        const area = findIndicator(c.indicator)?.area;
        if (!area) continue;
        const weight = new Decimal(indicatorWeight(c.indicator));
        const entry = byArea.get(area) ?? { total: new Decimal(0), weight: new Decimal(0) };
        byArea.set(area, { total: entry.total.plus(c.normalized.times(weight)), weight: entry.weight.plus(weight) });
      }
      const areas = [...byArea]
        .filter(([, e]) => !e.weight.isZero())
        .map(([area, e]) => ({ area, score: quotient(e.total, e.weight) ?? new Decimal(0), weight: areaWeight(area) }));
      const weightSum = areas.reduce((sum, a) => sum.plus(a.weight), new Decimal(0));
      const score = quotient(areas.reduce((sum, a) => sum.plus(a.score.times(a.weight)), new Decimal(0)), weightSum) ?? new Decimal(0);
      const exact = components.every((c) => !inexactInGroup.has(c.indicator));
      scores.push({ agency: id, peerGroup, score, exact, rounded: score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), areas, mixedUnits, components });
    }
  }
  return scores.sort((a, b) => b.score.comparedTo(a.score) || compareValues(a.agency, b.agency));
}
