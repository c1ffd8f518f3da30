import { indicators } from "../../catalog/indicators.js";
import type { IndicatorCode } from "../../model/indicatorCode.js";
import type { Observation } from "../../model/observation.js";
import { type Accumulator, contributorCount } from "./accumulator.js";
import type { RowRate } from "../aggregateRow.js";
import type { Dimension, DimensionValue } from "../dimensions.js";
import { type Bounds, type Estimate, addBound, estimateOf, mergeBounds, ratioEstimate } from "../estimate.js";
import { type DimensionReader, KeyReader } from "./dimensionReader.js";
import { GroupIndex } from "./groupIndex.js";
import { type ScaledSum, addScaled, addSums } from "./scaledInteger.js";

interface ComponentSums {
  numerator: ScaledSum | null;
  denominator: ScaledSum | null;
  numeratorBounds: Bounds | null;
  denominatorBounds: Bounds | null;
}

/**
 * The rate of a ratio indicator in one group of `aggregate`, from its components.
 *
 * @internal
 */
export interface RateGroup {
  readonly key: Record<string, DimensionValue>;
  /** The rate's own group, when agencies stated the rate too. */
  target: Accumulator | undefined;
  /** Per agency, only when the components' agencies differ. */
  agencies: Map<string, ComponentSums> | null;
  rate: RowRate | null;
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
function addComponent(group: RateGroup, o: Observation, role: "numerator" | "denominator"): void {
  group.agencies ??= new Map();
  let sums = group.agencies.get(o.agency);
  if (!sums) {
    sums = { numerator: null, denominator: null, numeratorBounds: null, denominatorBounds: null };
    group.agencies.set(o.agency, sums);
  }
  const sum = sums[role] ?? { scaled: 0, exact: null };
  sums[role] = sum;
  addScaled(sum, o.quantity.value);
  const key = role === "numerator" ? "numeratorBounds" : "denominatorBounds";
  sums[key] = addBound(sums[key], o.quantity.value, o.quantity.qualifier);
}

/** Whether two groups have the same contributing agencies. */
function sameAgencies(a: Accumulator, b: Accumulator): boolean {
  const x = a.agencies;
  const y = b.agencies;
  if (contributorCount(a) !== contributorCount(b)) return false;
  for (const entry of x) if (Array.isArray(y) ? !y.includes(entry) : !y.has(entry)) return false;
  return true;
}

/**
 * The rate of Σnumerator / Σdenominator × 100, or `null` when the denominator is 0.
 *
 * @internal
 */
export function ratioOf(numerator: Estimate, denominator: Estimate, agencies: number): RowRate | null {
  const rate = ratioEstimate(numerator, denominator);
  return rate === null ? null : { method: "ratioOfSums", value: rate.value, agencies, numerator, denominator };
}

/**
 * Rates of ratio indicators as Σnumerator / Σdenominator × 100, one group per
 * key of `aggregate` (with the rate as its indicator). Where the numerator's
 * and the denominator's groups have the same agencies (the usual case), the
 * rate comes straight from their sums; where they differ, only the agencies
 * that reported both count, summed in a second pass over just those components
 * (`figures` gives the observations, for that pass only).
 *
 * @internal
 */
export function componentRates(
  figures: () => readonly Observation[],
  by: readonly Dimension[],
  index: Pick<GroupIndex<Accumulator>, "withValue" | "find">,
  counts: (o: Observation) => boolean,
  reader: DimensionReader<Observation>,
): RateGroup[] {
  const keys = new KeyReader(by);
  const groups: RateGroup[] = [];
  const pending = new GroupIndex<RateGroup>(by);
  let anyPending = false;
  for (const indicator of indicators) {
    const aggregation = indicator.aggregation;
    if (aggregation.kind !== "ratio") continue;
    const rate = indicator.code;
    // Only the groups of the numerator are looked at, each with the denominator's group of the same key.
    for (const acc of index.withValue("indicator", aggregation.numerator)) {
      const other = index.find(keys, acc.key, aggregation.denominator);
      if (!other) continue;
      const target = index.find(keys, acc.key, rate);
      if (sameAgencies(acc, other)) {
        const group = newRateGroup(target?.key ?? { ...acc.key, indicator: rate });
        group.target = target;
        group.rate = ratioOf(estimateOf(acc, acc.bounds), estimateOf(other, other.bounds), contributorCount(acc));
        groups.push(group);
      } else {
        const group = pending.add(keys, acc.key, rate, newRateGroup);
        anyPending = true;
        group.target = target;
        groups.push(group);
      }
    }
  }
  if (!anyPending) return groups;
  // Groups whose components come from different agencies: per agency, in one more pass over their components.
  const observations = figures();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    const parts = componentRoles.get(o.indicator);
    if (!parts || !counts(o)) continue;
    for (const part of parts) {
      const group = pending.find(reader, o, part.rate);
      if (group) addComponent(group, o, part.role);
    }
  }
  for (const group of groups) if (group.agencies !== null) group.rate = rateOfAgencies(group.agencies);
  return groups;
}

function newRateGroup(key: Record<string, DimensionValue>): RateGroup {
  return { key, target: undefined, agencies: null, rate: null };
}

/**
 * The rate of Σnumerator / Σdenominator × 100 over the agencies that gave
 * both components, from the numerator's and the denominator's figures (of one
 * group each): what `componentRates` gives a group whose components' agencies
 * differ.
 *
 * @internal
 */
export function rateOfComponents(numerators: Iterable<Observation>, denominators: Iterable<Observation>): RowRate | null {
  const group = newRateGroup({});
  for (const o of numerators) addComponent(group, o, "numerator");
  for (const o of denominators) addComponent(group, o, "denominator");
  return group.agencies === null ? null : rateOfAgencies(group.agencies);
}

/** A rate group's rate: Σnumerator / Σdenominator × 100 over the agencies that reported both. */
function rateOfAgencies(perAgency: ReadonlyMap<string, ComponentSums>): RowRate | null {
  // Summed at scale over the agencies with both components; one Decimal per side at the end.
  const numerator: ScaledSum = { scaled: 0, exact: null };
  const denominator: ScaledSum = { scaled: 0, exact: null };
  let numeratorBounds: Bounds | null = null;
  let denominatorBounds: Bounds | null = null;
  let agencies = 0;
  for (const sums of perAgency.values()) {
    if (!sums.numerator || !sums.denominator) continue;
    addSums(numerator, sums.numerator);
    addSums(denominator, sums.denominator);
    numeratorBounds = mergeBounds(numeratorBounds, sums.numeratorBounds);
    denominatorBounds = mergeBounds(denominatorBounds, sums.denominatorBounds);
    agencies++;
  }
  if (agencies === 0) return null;
  // The same algebra as every other sum (estimateOf): the parts' bounds, whoever else reported.
  return ratioOf(estimateOf(numerator, numeratorBounds), estimateOf(denominator, denominatorBounds), agencies);
}
