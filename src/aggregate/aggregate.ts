import { findIndicator, indicators } from "../catalog/indicators.js";
import { sameMeasure } from "../catalog/units.js";
import type { Agency } from "../model/agency.js";
import { Decimal } from "../model/decimal.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Modality } from "../model/modality.js";
import type { Observation } from "../model/observation.js";
import type { Qualifier } from "../model/qualifier.js";
import { countable } from "./attributed.js";
import { type Dimension, type DimensionValue, agencyDimensions, agencyValues, observationValue } from "./dimensions.js";
import { type Estimate, qualifierOf } from "./estimate.js";
import { type ScaledSum, addScaled, addSums, scaledValue } from "./scaledInteger.js";

/**
 * What `aggregate` computes in each row besides the count of agencies.
 *
 * @example
 * ```ts
 * const measures: Measure[] = ["sum", "count", "mean"];
 * ```
 */
export type Measure = "sum" | "count" | "min" | "max" | "mean";

/**
 * Options of `aggregate`.
 *
 * @example
 * ```ts
 * const options: AggregateOptions = { by: ["indicator", "year", "prefecture"], agencies, measures: ["sum", "count"] };
 * ```
 */
export interface AggregateOptions {
  /** The dimensions to group by, in the order of the row keys. */
  readonly by: readonly Dimension[];
  /** The agencies the observations refer to: for their dimensions, and to tell which expected agencies are missing. */
  readonly agencies?: readonly Agency[];
  /** What to compute (default `sum` and `count`). */
  readonly measures?: readonly Measure[];
  /** Which figures: actuals (default), targets, or both. */
  readonly modality?: Modality | "all";
  /** Count figures done jointly with others (default `false`). */
  readonly includeJoint?: boolean;
  /** How to aggregate rates stated without their components; without it they are kept per agency. */
  readonly rateMethod?: "unweightedMean";
}

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
  /** The unit of its figures, or `null` when they mix units (then nothing is summed). */
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
  /** The smallest value (`null` when not asked for). */
  readonly min: Decimal | null;
  /** The largest value (`null` when not asked for). */
  readonly max: Decimal | null;
  /** The mean value with its bounds (`null` when not asked for or not additive). */
  readonly mean: Estimate | null;
  /** The rate, for a ratio indicator or when `rateMethod` is given; `null` otherwise, and when rates were stated without components (see `notes` and `statedRates`). */
  readonly rate: RowRate | null;
  /** Rates kept per agency because they came without components and no method was named; empty otherwise. */
  readonly statedRates: readonly { readonly agency: string; readonly value: Decimal }[];
  /** What the row could not do and why (`mixedUnits`, `notAdditive`, `ratesNotAggregated`). */
  readonly notes: readonly string[];
}

interface Accumulator {
  readonly key: Record<string, DimensionValue>;
  readonly agencyKey: string;
  indicator: IndicatorCode | null;
  unit: string | null;
  mixedUnits: boolean;
  count: number;
  readonly all: ScaledSum;
  atLeast: ScaledSum | null;
  atMost: ScaledSum | null;
  approx: boolean;
  min: Decimal | null;
  max: Decimal | null;
  /** The contributing agencies: a short list while few, a set beyond (cheaper for the many small groups). */
  agencies: string[] | Set<string>;
  rates: Observation[] | null;
}

const separator = "\u0001";

function estimateOf(acc: { all: ScaledSum; atLeast: ScaledSum | null; atMost: ScaledSum | null; approx: boolean }, divisor = 1): Estimate {
  const scale = (d: Decimal) => (divisor === 1 ? d : d.div(divisor));
  const value = scale(scaledValue(acc.all));
  // Lower bound: the atMost parts may be as small as 0; upper: unbounded as soon as a part is atLeast.
  const lower = acc.approx ? null : acc.atMost ? scale(scaledValue(acc.all).minus(scaledValue(acc.atMost))) : value;
  const upper = acc.approx || acc.atLeast ? null : value;
  return { value, qualifier: qualifierOf(value, lower, upper, acc.approx), lower, upper };
}

/**
 * Groups observations by any dimensions and computes, per row, the sum (with
 * what its inputs allow: a sum with a `余` part is at least that much, one
 * with an `约` part approximate), count, min, max and mean, how many agencies
 * contributed and which expected agencies are missing. A ratio indicator's
 * row carries its rate as Σnumerator / Σdenominator of its components; rates
 * stated without components are kept per agency unless `rateMethod` names how
 * to aggregate them. Joint figures are left out unless asked for; a figure
 * reported on another's behalf counts once. Exact throughout (`Decimal`, with a
 * scaled-integer fast path that is proven equal to it).
 *
 * @example
 * ```ts
 * const rows = aggregate(observations, { by: ["indicator", "year", "prefecture"], agencies });
 * rows[0]; //=> { key: { indicator: "enforcement.fineAmount", year: 2021, prefecture: "230100" }, sum: { value: 2610000, qualifier: "atLeast", … }, … }
 * ```
 */
export function aggregate(observations: readonly Observation[], options: AggregateOptions): AggregateRow[] {
  const by = [...options.by];
  const measures = new Set<Measure>(options.measures ?? ["sum", "count"]);
  const modality = options.modality ?? "actual";
  const agencyById = new Map((options.agencies ?? []).map((agency) => [agency.id, agency]));
  const agencyCache = new Map<string, Readonly<Record<string, DimensionValue>>>();
  const agencyDims = by.filter((d) => agencyDimensions.has(d));
  // Figures usually come agency by agency: remember the last agency's values.
  let lastId: string | null = null;
  let lastValues: Readonly<Record<string, DimensionValue>> = {};
  const valuesOf = (id: string) => {
    if (id === lastId) return lastValues;
    let values = agencyCache.get(id);
    if (!values) {
      values = agencyValues(agencyById.get(id), id);
      agencyCache.set(id, values);
    }
    lastId = id;
    lastValues = values;
    return values;
  };
  const readValue: ValueOf<Observation> = (o, d, as) => {
    if (d === "indicator") return as ?? o.indicator;
    if (d === "year") return typeof o.period === "number" ? o.period : null;
    if (agencyDimensions.has(d)) return valuesOf(o.agency)[d] ?? null;
    const indicator = as ?? o.indicator;
    return observationValue(indicator === o.indicator ? o : { ...o, indicator }, d);
  };
  const keyValue: ValueOf<Readonly<Record<string, DimensionValue>>> = (key, d) => key[d] ?? null;
  const agencyKeyOf = (key: Readonly<Record<string, DimensionValue>>) => agencyDims.map((d) => String(key[d])).join(separator);
  // Groups live in nested maps, one level per dimension, so the hot loop builds no key strings.
  const root: Nested<Accumulator> = new Map();
  const accumulators: Accumulator[] = [];
  const counts = countable(observations, options);
  const wantsExtremes = measures.has("min") || measures.has("max");
  // Made once and handed the figure, so the loop makes no closure per figure.
  const newAccumulator = (key: Record<string, DimensionValue>, o: Observation): Accumulator => {
    const created: Accumulator = {
      key,
      agencyKey: agencyKeyOf(key),
      indicator: o.indicator,
      unit: o.quantity.unit,
      mixedUnits: false,
      count: 0,
      all: { scaled: 0, exact: null },
      atLeast: null,
      atMost: null,
      approx: false,
      min: null,
      max: null,
      agencies: [],
      rates: null,
    };
    accumulators.push(created);
    return created;
  };
  const withRates = by.includes("indicator");
  for (const o of observations) {
    if ((modality !== "all" && o.modality !== modality) || !counts(o)) continue;
    const acc = lookup(root, by, readValue, o, null, newAccumulator) as Accumulator;
    const q = o.quantity;
    if (acc.indicator !== o.indicator) acc.indicator = null;
    if (acc.unit !== q.unit && !acc.mixedUnits) {
      // Case counts written 件, 起 or 宗 are one measure: they add up, in the indicator's own unit when it is one of them.
      const indicator = acc.indicator === null ? undefined : findIndicator(acc.indicator);
      if (acc.unit !== null && sameMeasure(acc.unit, q.unit)) {
        if (indicator && sameMeasure(indicator.unit, q.unit)) acc.unit = indicator.unit;
      } else acc.mixedUnits = true;
    }
    acc.count++;
    const contributors = acc.agencies;
    if (Array.isArray(contributors)) {
      if (!contributors.includes(o.agency)) {
        contributors.push(o.agency);
        if (contributors.length > 32) acc.agencies = new Set(contributors);
      }
    } else contributors.add(o.agency);
    addScaled(acc.all, q.value);
    if (q.qualifier !== "exact") {
      if (q.qualifier === "approx") acc.approx = true;
      else if (q.qualifier === "atLeast") {
        acc.atLeast ??= { scaled: 0, exact: null };
        addScaled(acc.atLeast, q.value);
      } else {
        acc.atMost ??= { scaled: 0, exact: null };
        addScaled(acc.atMost, q.value);
      }
    }
    if (wantsExtremes) {
      if (acc.min === null || q.value.lessThan(acc.min)) acc.min = q.value;
      if (acc.max === null || q.value.greaterThan(acc.max)) acc.max = q.value;
    }
    if (q.unit === "%") {
      acc.rates ??= [];
      acc.rates.push(o);
    }
  }
  const expected = new Map<string, string[]>();
  for (const agency of options.agencies ?? []) {
    const key = agencyKeyOf(valuesOf(agency.id));
    const list = expected.get(key);
    if (list) list.push(agency.id);
    else expected.set(key, [agency.id]);
  }
  // Rates of ratio indicators, from the rows of their components (see ratesOf).
  const rateGroups: Nested<ComponentGroup> = new Map();
  const allRateGroups: ComponentGroup[] = [];
  if (withRates) ratesOf(observations, by, root, accumulators, rateGroups, allRateGroups, counts, modality, readValue);
  const rows: AggregateRow[] = [];
  for (const acc of inKeyOrder(root, by.length)) {
    const fromComponents = withRates ? lookup(rateGroups, by, keyValue, acc.key, null) : undefined;
    rows.push(rowOf(acc, measures, expected, fromComponents?.rate ?? undefined, options));
  }
  // A ratio indicator reported only through its components still gets a row.
  for (const group of allRateGroups) {
    if (!group.rate || lookup(root, by, keyValue, group.key, null)) continue;
    rows.push({
      key: group.key,
      unit: "%",
      observations: 0,
      agencies: [],
      missingAgencies: [],
      sum: null,
      count: null,
      min: null,
      max: null,
      mean: null,
      rate: group.rate,
      statedRates: [],
      notes: ["fromComponents"],
    });
  }
  // The tree gives the rows in key order already; only rows made from components alone need a sort.
  return rows.length > accumulators.length ? sortRows(rows, by) : rows;
}

/** Orders two dimension values: `null` first, numbers as numbers, strings by code unit. */
function compareValues(x: DimensionValue, y: DimensionValue): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x) < String(y) ? -1 : 1;
}

/** The accumulators of nested maps, walked in key order at every level. */
function inKeyOrder(root: Nested<Accumulator>, depth: number): Accumulator[] {
  const out: Accumulator[] = [];
  const walk = (node: Nested<Accumulator>, level: number): void => {
    const keys = [...node.keys()].sort(compareValues);
    for (const key of keys) {
      const value = node.get(key);
      if (level >= depth - 1) out.push(value as Accumulator);
      else walk(value as Nested<Accumulator>, level + 1);
    }
  };
  if (depth > 0) walk(root, 0);
  else for (const value of root.values()) out.push(value as Accumulator);
  return out;
}

/** Sorts rows by their keys in the order of `by`: numbers as numbers, `null` first. Each row's sort key is built once. */
function sortRows(rows: AggregateRow[], by: readonly Dimension[]): AggregateRow[] {
  const keyed = rows.map((row) => ({ row, parts: by.map((d) => row.key[d] ?? null) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.parts.length; i++) {
      const order = compareValues(a.parts[i] ?? null, b.parts[i] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map((k) => k.row);
}

/** Maps nested one level per dimension. */
type Nested<T> = Map<DimensionValue, Nested<T> | T>;

/** Reads one dimension of a figure (or of a key); the figure is passed along so that no closure is made per figure. */
type ValueOf<S> = (source: S, d: Dimension, indicator: IndicatorCode | null) => DimensionValue;

/** Finds the entry of a key in nested maps, creating it with `create` when given, else giving `undefined`. */
function lookup<T extends object, S>(
  root: Nested<T>,
  by: readonly Dimension[],
  readValue: ValueOf<S>,
  source: S,
  indicator: IndicatorCode | null,
  create?: (key: Record<string, DimensionValue>, source: S) => T,
): T | undefined {
  let node: Nested<T> = root;
  for (let i = 0; i < by.length - 1; i++) {
    const value = readValue(source, by[i] as Dimension, indicator);
    let next = node.get(value) as Nested<T> | undefined;
    if (!next) {
      if (!create) return undefined;
      next = new Map();
      node.set(value, next);
    }
    node = next;
  }
  const last = by.length === 0 ? null : readValue(source, by[by.length - 1] as Dimension, indicator);
  let entry = node.get(last) as T | undefined;
  if (!entry && create) {
    const key: Record<string, DimensionValue> = {};
    for (const d of by) key[d] = readValue(source, d, indicator);
    entry = create(key, source);
    node.set(last, entry);
  }
  return entry;
}

function rowOf(
  acc: Accumulator,
  measures: ReadonlySet<Measure>,
  expected: ReadonlyMap<string, readonly string[]>,
  fromComponents: RowRate | undefined,
  options: AggregateOptions,
): AggregateRow {
  const notes: string[] = [];
  const indicator = acc.indicator === null ? undefined : findIndicator(acc.indicator);
  const additive = indicator === undefined ? !acc.mixedUnits && acc.unit !== "%" : indicator.aggregation.kind === "sum";
  const contributors = acc.agencies;
  const missingAgencies = (expected.get(acc.agencyKey) ?? []).filter((id) =>
    Array.isArray(contributors) ? !contributors.includes(id) : !contributors.has(id),
  );
  if (acc.mixedUnits) notes.push("mixedUnits");
  const summable = !acc.mixedUnits && additive;
  if (!acc.mixedUnits && !additive && (measures.has("sum") || measures.has("mean"))) notes.push("notAdditive");
  let rate: RowRate | null = null;
  let statedRates: readonly { agency: string; value: Decimal }[] = none;
  if (indicator?.unit === "%" || (indicator === undefined && acc.unit === "%" && !acc.mixedUnits)) {
    if (fromComponents) rate = fromComponents;
    else if (options.rateMethod === "unweightedMean" && acc.rates !== null && acc.rates.length > 0) {
      const stated = acc.rates;
      const total = stated.reduce((sum, r) => sum.plus(r.quantity.value), new Decimal(0));
      rate = { method: "unweightedMean", value: total.div(stated.length), agencies: new Set(stated.map((r) => r.agency)).size, numerator: null, denominator: null };
    } else {
      statedRates = (acc.rates ?? []).map((r) => ({ agency: r.agency, value: r.quantity.value }));
      notes.push("ratesNotAggregated");
    }
  }
  // One object literal with every field: all rows share one shape.
  return {
    key: acc.key,
    unit: acc.mixedUnits ? null : acc.unit,
    observations: acc.count,
    agencies: Array.isArray(contributors) ? contributors.sort() : [...contributors].sort(),
    missingAgencies,
    sum: summable && measures.has("sum") ? estimateOf(acc) : null,
    count: measures.has("count") ? acc.count : null,
    min: measures.has("min") ? acc.min : null,
    max: measures.has("max") ? acc.max : null,
    mean: summable && measures.has("mean") ? estimateOf(acc, acc.count) : null,
    rate,
    statedRates,
    notes: notes.length === 0 ? none : notes,
  };
}

/** One empty list for the many rows without notes or stated rates. */
const none: readonly never[] = Object.freeze([]);

interface ComponentSums {
  numerator: ScaledSum | null;
  denominator: ScaledSum | null;
  numeratorQualifiers: Set<Qualifier> | null;
  denominatorQualifiers: Set<Qualifier> | null;
}

interface ComponentGroup {
  readonly key: Record<string, DimensionValue>;
  readonly agencies: Map<string, ComponentSums>;
  rate: RowRate | null;
}

/**
 * A summed component with the qualifiers of its parts: exact when all were;
 * at least (or at most) the sum when some parts were bounded that way;
 * approximate, bounds unknown, when a part was approximate or bounds pull both ways.
 */
function componentEstimate(sum: ScaledSum, qualifiers: ReadonlySet<Qualifier>): Estimate {
  const value = scaledValue(sum);
  if (qualifiers.size === 0) return { value, qualifier: "exact", lower: value, upper: value };
  if (qualifiers.has("approx") || (qualifiers.has("atLeast") && qualifiers.has("atMost"))) {
    return { value, qualifier: "approx", lower: null, upper: null };
  }
  return qualifiers.has("atLeast")
    ? { value, qualifier: "atLeast", lower: value, upper: null }
    : { value, qualifier: "atMost", lower: null, upper: value };
}

/** Which rate indicators each indicator is a component of, and as what. */
const componentRoles: ReadonlyMap<IndicatorCode, readonly { rate: IndicatorCode; role: "numerator" | "denominator" }[]> =
  /* @__PURE__ */ (() => {
    const roles = new Map<IndicatorCode, { rate: IndicatorCode; role: "numerator" | "denominator" }[]>();
    for (const indicator of indicators) {
      if (indicator.aggregation.kind !== "ratio") continue;
      const { numerator, denominator } = indicator.aggregation;
      roles.set(numerator, [...(roles.get(numerator) ?? []), { rate: indicator.code, role: "numerator" }]);
      roles.set(denominator, [...(roles.get(denominator) ?? []), { rate: indicator.code, role: "denominator" }]);
    }
    return roles;
  })();

/** Adds a component figure (a numerator or denominator) to the per-agency sums of its rate group. */
function addComponent(group: ComponentGroup, o: Observation, role: "numerator" | "denominator"): void {
  let sums = group.agencies.get(o.agency);
  if (!sums) {
    sums = { numerator: null, denominator: null, numeratorQualifiers: null, denominatorQualifiers: null };
    group.agencies.set(o.agency, sums);
  }
  const sum = sums[role] ?? { scaled: 0, exact: null };
  sums[role] = sum;
  addScaled(sum, o.quantity.value);
  if (o.quantity.qualifier !== "exact") {
    const key = role === "numerator" ? "numeratorQualifiers" : "denominatorQualifiers";
    const qualifiers = sums[key] ?? new Set<Qualifier>();
    sums[key] = qualifiers;
    qualifiers.add(o.quantity.qualifier);
  }
}

/** Whether two groups have the same contributing agencies. */
function sameAgencies(a: Accumulator, b: Accumulator): boolean {
  const x = a.agencies;
  const y = b.agencies;
  const size = (s: string[] | Set<string>) => (Array.isArray(s) ? s.length : s.size);
  if (size(x) !== size(y)) return false;
  const has = (s: string[] | Set<string>, id: string) => (Array.isArray(s) ? s.includes(id) : s.has(id));
  for (const id of x) if (!has(y, id)) return false;
  return true;
}

/**
 * Rates of ratio indicators as Σnumerator / Σdenominator × 100. Where the
 * numerator's and the denominator's rows of a group have the same agencies
 * (the usual case), the rate comes straight from the two rows' sums; where
 * they differ, only the agencies that reported both count, summed in a second
 * pass over just those components.
 */
function ratesOf(
  observations: readonly Observation[],
  by: readonly Dimension[],
  root: Nested<Accumulator>,
  accumulators: readonly Accumulator[],
  groups: Nested<ComponentGroup>,
  all: ComponentGroup[],
  counts: (o: Observation) => boolean,
  modality: Modality | "all",
  readValue: ValueOf<Observation>,
): void {
  const keyValue: ValueOf<Readonly<Record<string, DimensionValue>>> = (key, d) => key[d] ?? null;
  const pending: Nested<ComponentGroup> = new Map();
  const newGroup = (key: Record<string, DimensionValue>): ComponentGroup => {
    const created: ComponentGroup = { key, agencies: new Map(), rate: null };
    all.push(created);
    return created;
  };
  for (const acc of accumulators) {
    if (acc.indicator === null) continue;
    for (const { rate, role } of componentRoles.get(acc.indicator) ?? []) {
      if (role !== "numerator") continue;
      const aggregation = findIndicator(rate)?.aggregation;
      if (aggregation?.kind !== "ratio") continue;
      const other = lookup(root, by, keyValue, { ...acc.key, indicator: aggregation.denominator }, null);
      if (!other) continue;
      const group = lookup(groups, by, keyValue, { ...acc.key, indicator: rate }, null, newGroup) as ComponentGroup;
      if (sameAgencies(acc, other)) {
        const top = estimateOf(acc);
        const bottom = estimateOf(other);
        if (!bottom.value.isZero()) {
          const agencies = Array.isArray(acc.agencies) ? acc.agencies.length : acc.agencies.size;
          group.rate = { method: "ratioOfSums", value: top.value.div(bottom.value).times(100), agencies, numerator: top, denominator: bottom };
        }
      } else {
        lookup(pending, by, keyValue, group.key, null, () => group);
      }
    }
  }
  if (pending.size === 0) return;
  // Groups whose components come from different agencies: per agency, in one more pass over their components.
  for (const o of observations) {
    const parts = componentRoles.get(o.indicator);
    if (!parts || (modality !== "all" && o.modality !== modality) || !counts(o)) continue;
    for (const part of parts) {
      const group = lookup(pending, by, readValue, o, part.rate);
      if (group) addComponent(group, o, part.role);
    }
  }
  const pendingGroups: ComponentGroup[] = [];
  const collect = (node: Nested<ComponentGroup>, depth: number): void => {
    for (const value of node.values()) {
      if (depth === by.length - 1) pendingGroups.push(value as ComponentGroup);
      else collect(value as Nested<ComponentGroup>, depth + 1);
    }
  };
  if (by.length > 0) collect(pending, 0);
  finishRates(pendingGroups);
}

/** Each rate group's rate: Σnumerator / Σdenominator × 100 over the agencies that reported both. */
function finishRates(all: readonly ComponentGroup[]): void {
  for (const group of all) {
    // Summed at scale over the agencies with both components; one Decimal per side at the end.
    const numerator: ScaledSum = { scaled: 0, exact: null };
    const denominator: ScaledSum = { scaled: 0, exact: null };
    const numeratorQualifiers = new Set<Qualifier>();
    const denominatorQualifiers = new Set<Qualifier>();
    let agencies = 0;
    for (const sums of group.agencies.values()) {
      if (!sums.numerator || !sums.denominator) continue;
      addSums(numerator, sums.numerator);
      addSums(denominator, sums.denominator);
      for (const q of sums.numeratorQualifiers ?? []) numeratorQualifiers.add(q);
      for (const q of sums.denominatorQualifiers ?? []) denominatorQualifiers.add(q);
      agencies++;
    }
    if (agencies === 0) continue;
    const top = componentEstimate(numerator, numeratorQualifiers);
    const bottom = componentEstimate(denominator, denominatorQualifiers);
    if (bottom.value.isZero()) continue;
    group.rate = { method: "ratioOfSums", value: top.value.div(bottom.value).times(100), agencies, numerator: top, denominator: bottom };
  }
}
