import { countsThings } from "../../catalog/countsThings.js";
import { findIndicator } from "../../catalog/indicators.js";
import { type UnitKind, commonUnit, unitKindOf } from "../../catalog/units.js";
import type { Indicator } from "../../model/indicator.js";
import { Decimal, decimalRange } from "../../model/decimal.js";
import { quotient } from "../../model/quotient.js";
import type { IndicatorCode } from "../../model/indicatorCode.js";
import type { Observation } from "../../model/observation.js";
import type { AggregateRow, RowRate, StatedRate } from "../aggregateRow.js";
import type { AgencyEntry, DimensionValue } from "../dimensions.js";
import { type Bounds, type ExtremeBounds, addBound, addExtremeBounds, estimateOf, exactExtremes, extremeEstimate } from "../estimate.js";
import { compareValues } from "./keyOrder.js";
import { type ScaledSum, addScaled } from "./scaledInteger.js";

export { type Bounds, estimateOf } from "../estimate.js";


/**
 * The running figures of one group of `aggregate`; it is itself the exact
 * running sum of all its values (`ScaledSum`). Kept small: a table of a
 * hundred thousand groups holds as many of them.
 *
 * @internal
 */
export interface Accumulator extends ScaledSum {
  readonly key: Record<string, DimensionValue>;
  indicator: IndicatorCode | null;
  /** The unit of its first figure. */
  readonly unit: string;
  /** The other units its figures came in, if any (the row's unit is then their `commonUnit`). */
  otherUnits: string[] | null;
  count: number;
  /** Only once a part is not exact. */
  bounds: Bounds | null;
  min: Decimal | null;
  max: Decimal | null;
  /** What bounds `min` and `max`: only once a figure is not exact (then `null` means both are exact). */
  extremes: ExtremeBounds | null;
  /** The contributing agencies in the order they came: a short list while few, a set beyond (cheaper for the many small groups). */
  agencies: AgencyEntry[] | Set<AgencyEntry>;
  /** How many of the contributing agencies the caller described (all of them are expected in this group). */
  known: number;
  /** The figures stated in %, for rates kept per agency (the row's list, once sorted) or averaged. */
  rates: StatedRate[] | null;
  /** The rate computed from the components, set once the groups are complete. */
  rate: RowRate | null;
  /** What its figures showed that makes no sense or needs a look (`figureFlags`). */
  flags: number;
}

/**
 * Bits of `Accumulator.flags`: an agency gave more than one figure to the
 * group (a duplicate is then looked for), a figure was negative, a figure was
 * the same as another of the same agency (a duplicate).
 *
 * @internal
 */
export const figureFlags = { repeatedAgency: 1, negative: 2, duplicate: 4 } as const;

/** @internal A new, empty group for a key, taking its indicator and unit from its first figure. */
export function newAccumulator(key: Record<string, DimensionValue>, first: Observation): Accumulator {
  return {
    key,
    scaled: 0,
    exact: null,
    indicator: first.indicator,
    unit: first.quantity.unit,
    otherUnits: null,
    count: 0,
    bounds: null,
    min: null,
    max: null,
    extremes: null,
    agencies: [],
    known: 0,
    rates: null,
    rate: null,
    flags: 0,
  };
}

/** @internal The number of contributing agencies of a group. */
export function contributorCount(acc: Accumulator): number {
  return Array.isArray(acc.agencies) ? acc.agencies.length : acc.agencies.size;
}

/**
 * Adds one figure of an agency to its group: count, contributors, the exact
 * sums by qualifier, extremes when asked for, and the stated rates.
 *
 * @internal
 */
export function addFigure(acc: Accumulator, o: Observation, agency: AgencyEntry, extremes: boolean): void {
  const q = o.quantity;
  if (acc.indicator !== o.indicator) acc.indicator = null;
  if (q.unit !== acc.unit) {
    // Noted, and settled once the group is complete (commonUnit), so that the order of the figures does not matter.
    acc.otherUnits ??= [];
    if (!acc.otherUnits.includes(q.unit)) acc.otherUnits.push(q.unit);
  }
  acc.count++;
  const contributors = acc.agencies;
  if (Array.isArray(contributors)) {
    // Figures usually come agency by agency: the last contributor is the likeliest. Entries compare by identity.
    if (contributors[contributors.length - 1] !== agency && !contributors.includes(agency)) {
      contributors.push(agency);
      if (agency.known) acc.known++;
      if (contributors.length > 32) acc.agencies = new Set(contributors);
    } else acc.flags |= figureFlags.repeatedAgency;
  } else if (!contributors.has(agency)) {
    contributors.add(agency);
    if (agency.known) acc.known++;
  } else acc.flags |= figureFlags.repeatedAgency;
  if (q.value.isNegative() && !q.value.isZero()) acc.flags |= figureFlags.negative;
  addScaled(acc, q.value);
  acc.bounds = addBound(acc.bounds, q.value, q.qualifier);
  if (extremes) {
    // The bounds start at the first figure that is not exact, from the exact figures before it.
    if (acc.extremes === null && q.qualifier !== "exact") acc.extremes = exactExtremes(acc.min, acc.max);
    if (acc.extremes !== null) addExtremeBounds(acc.extremes, q.value, q.qualifier);
    if (acc.min === null || q.value.lessThan(acc.min)) acc.min = q.value;
    if (acc.max === null || q.value.greaterThan(acc.max)) acc.max = q.value;
  }
  if (q.unit === "%") {
    acc.rates ??= [];
    acc.rates.push({ agency: o.agency, value: q.value });
  }
}


/**
 * What a row needs to know besides its group.
 *
 * @internal
 */
export interface RowContext {
  readonly sum: boolean;
  readonly count: boolean;
  readonly min: boolean;
  readonly max: boolean;
  readonly mean: boolean;
  /** The expected agencies by the key of their agency dimensions. */
  readonly expected: ReadonlyMap<string, readonly string[]>;
  readonly rateMethod: "unweightedMean" | undefined;
  /** The kind of each unit seen, looked up once (`unitKindOf`). */
  readonly unitKinds: Map<string, UnitKind | undefined>;
}

/** The kind of a unit, by the cache of the context. */
function kindOf(unit: string, context: RowContext): UnitKind | undefined {
  if (context.unitKinds.has(unit)) return context.unitKinds.get(unit);
  const kind = unitKindOf(unit);
  context.unitKinds.set(unit, kind);
  return kind;
}

/**
 * What makes no sense among a group's figures, as the notes of its row (the
 * document-level checks of \`validate\` say the same of each figure):
 * \`negativeCount\` (a count below zero), \`unitMismatch\` (a figure in a unit
 * of another kind than its indicator's, such as a fine in %), \`duplicate\`
 * (the same figure of the same agency twice, counted twice in the sum).
 */
function figureNotes(acc: Accumulator, indicator: Indicator | undefined, unit: string | null, context: RowContext): string[] {
  const notes: string[] = [];
  if (acc.flags & figureFlags.negative) {
    if (countsThings(indicator, unit, (u) => kindOf(u, context))) notes.push("negativeCount");
  }
  if (indicator) {
    const expected = kindOf(indicator.unit, context);
    const units = acc.otherUnits === null ? [acc.unit] : [acc.unit, ...acc.otherUnits];
    if (expected !== undefined && units.some((u) => kindOf(u, context) !== expected)) notes.push("unitMismatch");
  }
  if (acc.flags & figureFlags.duplicate) notes.push("duplicate");
  return notes;
}

/** Whether a running sum has reached the precision of `Decimal` (more terms than any memory holds; never rounded in silence). */
function beyondPrecision(acc: Accumulator): boolean {
  return acc.exact !== null && acc.exact.precision() >= decimalRange.precision;
}

/** One empty list for the many rows without notes, missing agencies or stated rates. */
const none: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** The expected agencies of a group with no figure in it. */
function missingOf(acc: Accumulator, expectedByKey: RowContext["expected"]): readonly string[] {
  // All contributors share the group's agency dimensions, so the first one tells which agencies are expected.
  const first = Array.isArray(acc.agencies) ? acc.agencies[0] : acc.agencies.values().next().value;
  const expected = first === undefined ? undefined : expectedByKey.get(first.agencyKey);
  // Every described contributor is expected: when as many contributed as are expected, none is missing.
  if (expected === undefined || acc.known === expected.length) return none;
  const contributed = new Set<string>();
  for (const entry of acc.agencies) contributed.add(entry.id);
  const missing = expected.filter((id) => !contributed.has(id));
  return missing.length === 0 ? none : missing;
}

/**
 * The ids of the contributors in id order, by their ranks (already in order
 * when the figures came in id order). A list is sorted in place (the group is
 * done with it), then its ids are a new list of their own length: the list was
 * grown by `push`, which leaves room for 16 entries more (a list of 20 agencies
 * held 393 bytes, its ids alone 208), and a table of many groups keeps every row.
 */
function idsOf(contributors: AgencyEntry[] | Set<AgencyEntry>): string[] {
  if (!Array.isArray(contributors)) return [...contributors].sort((a, b) => a.rank - b.rank).map((entry) => entry.id);
  const list = contributors;
  // A short list (see addFigure): an insertion sort by rank, with nothing to do when the figures came in id order.
  for (let i = 1; i < list.length; i++) {
    const entry = list[i] as AgencyEntry;
    let j = i - 1;
    while (j >= 0 && (list[j] as AgencyEntry).rank > entry.rank) {
      list[j + 1] = list[j] as AgencyEntry;
      j--;
    }
    list[j + 1] = entry;
  }
  return list.map((entry) => entry.id);
}

/** The rate of a row of rates: from the components, the mean of stated rates when asked for, or none (kept per agency). */
function rateOf(acc: Accumulator, rateMethod: RowContext["rateMethod"]): { rate: RowRate | null; stated: readonly StatedRate[] } {
  if (acc.rate) return { rate: acc.rate, stated: none };
  const stated = acc.rates ?? [];
  if (rateMethod === "unweightedMean" && stated.length > 0) {
    const total = stated.reduce((sum, r) => sum.plus(r.value), new Decimal(0));
    const agencies = new Set(stated.map((r) => r.agency)).size;
    return { rate: { method: "unweightedMean", value: quotient(total, stated.length) ?? total, agencies, numerator: null, denominator: null }, stated: none };
  }
  // In agency id order (then by value), like the contributors: the same whatever order the figures came in.
  // Sorted in place: the group is done with its list, and a table of many groups is spared as many copies.
  const kept = acc.rates ?? [];
  kept.sort((a, b) => compareValues(a.agency, b.agency) || a.value.comparedTo(b.value));
  return { rate: null, stated: kept };
}

/**
 * The row of a complete group.
 *
 * @internal
 */
export function rowOf(acc: Accumulator, context: RowContext): AggregateRow {
  const indicator = acc.indicator === null ? undefined : findIndicator(acc.indicator);
  // Case counts written 件, 起 or 宗 are one measure: they add up, in the indicator's own unit when it is one of them.
  const unit = acc.otherUnits === null ? acc.unit : commonUnit([acc.unit, ...acc.otherUnits], indicator?.unit);
  const mixedUnits = unit === null;
  const additive = indicator === undefined ? !mixedUnits && unit !== "%" : indicator.aggregation.kind === "sum";
  const summable = !mixedUnits && additive;
  let rate: RowRate | null = null;
  let statedRates: readonly StatedRate[] = none;
  const ofRates = indicator?.unit === "%" || (indicator === undefined && unit === "%");
  if (ofRates) ({ rate, stated: statedRates } = rateOf(acc, context.rateMethod));
  // Most rows have no notes: they share one empty list.
  let notes: readonly string[] = none;
  const unusual =
    acc.flags > figureFlags.repeatedAgency || (indicator !== undefined && (acc.otherUnits !== null || acc.unit !== indicator.unit)) || beyondPrecision(acc);
  if (mixedUnits || (!additive && (context.sum || context.mean)) || (ofRates && rate === null) || unusual) {
    const list: string[] = [];
    if (mixedUnits) list.push("mixedUnits");
    else if (!additive && (context.sum || context.mean)) list.push("notAdditive");
    if (ofRates && rate === null) list.push("ratesNotAggregated");
    if (unusual) list.push(...figureNotes(acc, indicator, unit, context));
    if (beyondPrecision(acc)) list.push("precisionExceeded");
    // A copy of its own length: the list grown by push has room for 16 notes more, and every row is kept.
    notes = list.length === 0 ? none : list.slice();
  }
  // The missing agencies first: idsOf sorts the contributors in place.
  const missingAgencies = missingOf(acc, context.expected);
  // One object literal with every field: all rows share one shape.
  return {
    key: acc.key,
    unit,
    observations: acc.count,
    agencies: idsOf(acc.agencies),
    missingAgencies,
    sum: summable && context.sum ? estimateOf(acc, acc.bounds) : null,
    count: context.count ? acc.count : null,
    min: context.min && acc.min !== null ? extremeEstimate(acc.min, acc.extremes, "min") : null,
    max: context.max && acc.max !== null ? extremeEstimate(acc.max, acc.extremes, "max") : null,
    mean: summable && context.mean ? estimateOf(acc, acc.bounds, acc.count) : null,
    rate,
    statedRates,
    notes,
  };
}
