import { findIndicator, indicators as catalog } from "../../catalog/indicators.js";
import type { IndicatorCode } from "../../model/indicatorCode.js";
import type { Modality } from "../../model/modality.js";
import type { Observation } from "../../model/observation.js";
import { type Accumulator, type Bounds, type RowContext, figureFlags, rowOf } from "./accumulator.js";
import type { AggregateRow, RowRate, StatedRate } from "../aggregateRow.js";
import { type RateGroup, rateOfComponents, ratioOf } from "./componentRates.js";
import { type ExtremeBounds, addBoundBy, addExtremeBounds, estimateOf } from "../estimate.js";
import type { DimensionReader } from "./dimensionReader.js";
import { type AgencyEntry, type Dimension, type DimensionValue, agencyDimensions } from "../dimensions.js";
import { compareValues } from "./keyOrder.js";
import type { ObservationReader } from "./observationReader.js";
import { type ObservationTable, tableAttributions, tableModalities, tableObservation, tableQualifiers, tableValue, valueOfScaled } from "../observationTable.js";
import { type ScaledSum, addScaled } from "./scaledInteger.js";
import { TableRow, type TableRowSource } from "./tableRow.js";
import { contributorCounts, markDuplicates, sameContributors } from "./groupSlices.js";

const maxSafe = Number.MAX_SAFE_INTEGER;
/** Group keys are exact integers below this (a float's integers), else the table is grouped as objects. */
const maxKeys = 2 ** 52;

/** Where a dimension's value comes from: the agency, the indicator, or the period column. */
type Source = 0 | 1 | 2;

/**
 * The groups of `aggregate` over an `ObservationTable`: their rows in key
 * order (made from the same `Accumulator`s the object path makes; as
 * `TableRow`s made whole when first read, when lazy), the groups found by key as in a `GroupIndex`
 * (what the component rates look up), and the counted figures as objects for
 * the rare second pass of the component rates.
 *
 * @internal
 */
export interface TableGrouping {
  /** The rows, plain or (when the grouping was made for lazy rows) `TableRow`s made whole when first read. */
  readonly rows: (context: RowContext) => AggregateRow[];
  /**
   * The component rates when every rate whose numerator and denominator have
   * groups has a group of its own: none to add, each rate made onto its own
   * group when that row is made (from the components' sums where the same
   * agencies gave both, else per agency); `null` otherwise, or without
   * indicators in the key (then `componentRates` does it all).
   */
  readonly rateGroups: () => RateGroup[] | null;
  readonly index: {
    find<S>(reader: DimensionReader<S>, source: S, indicator: IndicatorCode | null): Accumulator | undefined;
    withValue(dimension: Dimension, value: DimensionValue): Accumulator[];
  };
  readonly figures: () => readonly Observation[];
}

/** One dimension of the grouping: its values, the code of each, and the code of each value of its source column's dictionary. */
interface Level {
  readonly source: Source;
  readonly values: DimensionValue[];
  readonly codes: Map<DimensionValue, number>;
  readonly bySource: Int32Array;
  stride: number;
}

function levelOf(d: Dimension, position: number, table: ObservationTable, entries: readonly AgencyEntry[]): Level {
  const source: Source = agencyDimensions.has(d) ? 0 : d === "indicator" || d === "area" ? 1 : 2;
  const count = source === 0 ? entries.length : source === 1 ? table.indicators.length : table.periods.length;
  const values: DimensionValue[] = [];
  const codes = new Map<DimensionValue, number>();
  const bySource = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let value: DimensionValue;
    if (source === 0) value = (entries[c] as AgencyEntry).positions[position] ?? null;
    else if (source === 1) {
      const code = table.indicators[c] as IndicatorCode;
      value = d === "indicator" ? code : (findIndicator(code)?.area ?? null);
    } else {
      const p = table.periods[c];
      value = typeof p === "number" ? p : d === "year" || p === undefined ? null : `${p.from}..${p.to}`;
    }
    let code = codes.get(value);
    if (code === undefined) {
      code = values.length;
      codes.set(value, code);
      values.push(value);
    }
    bySource[c] = code;
  }
  return { source, values, codes, bySource, stride: 1 };
}

/**
 * Which figures count (`countable` over columns): of the asked modality, own
 * figures, joint ones when asked for, and figures on another's behalf unless
 * their agency states the same figure itself.
 */
function countedRows(table: ObservationTable, modality: Modality | "all", includeJoint: boolean): Uint8Array | null {
  const n = table.length;
  // No figure on another's behalf (a native search): whether a figure counts follows from its own columns, tested as the rows are grouped.
  if (table.attribution.indexOf(1) < 0) return null;
  const counted = new Uint8Array(n);
  const wanted = modality === "all" ? -1 : tableModalities.indexOf(modality);
  let behalf = false;
  for (let i = 0; i < n; i++) {
    if (wanted >= 0 && table.modality[i] !== wanted) continue;
    const a = table.attribution[i];
    if (a === 0 || (a === 2 && includeJoint)) counted[i] = 1;
    else if (a === 1) behalf = true;
  }
  if (!behalf) return counted;
  // The own figures' keys are only made once a figure on another's behalf comes up (as `countable` does).
  const keyOf = (i: number) => `${table.agency[i]}\u0001${table.indicator[i]}\u0001${table.period[i]}\u0001${table.modality[i]}\u0001${tableValue(table, i).toString()}`;
  const own = new Set<string>();
  for (let i = 0; i < n; i++) if (table.attribution[i] === 0) own.add(keyOf(i));
  for (let i = 0; i < n; i++) {
    if (table.attribution[i] !== 1 || (wanted >= 0 && table.modality[i] !== wanted)) continue;
    if (!own.has(keyOf(i))) counted[i] = 1;
  }
  return counted;
}

/**
 * Groups a table's counted figures by the dimensions of `by`, as
 * `aggregate`'s hot loop groups objects, with the same results: each group's
 * key is a mixed-radix integer of its dimensions' value codes, found in a
 * dense array (or a map when the keys are many), and the sums and counts
 * are kept in typed arrays, one slot per group. The figures are then put in
 * group order by a counting sort (each figure's group kept from the first
 * pass, in a column read in table order), and contributors, extremes, stated rates
 * and duplicates are read from each group's slice. For plain rows (`lazy`
 * false, all of them made) the groups are numbered in key order first. `null` when the keys
 * would not be exact integers (the caller then groups the figures as objects).
 *
 * @internal
 */
export function groupTable(
  table: ObservationTable,
  by: readonly Dimension[],
  reader: ObservationReader,
  modality: Modality | "all",
  includeJoint: boolean,
  extremes: boolean,
  lazy: boolean,
): TableGrouping | null {
  const n = table.length;
  const entries = table.agencies.map((id) => reader.entryOf(id));
  const levels = by.map((d, position) => levelOf(d, position, table, entries));
  let keyCount = 1;
  for (let l = levels.length - 1; l >= 0; l--) {
    const level = levels[l] as Level;
    level.stride = keyCount;
    keyCount *= Math.max(1, level.values.length);
  }
  if (keyCount > maxKeys) return null;
  // Each source column's share of the key: the sum of its dimensions' codes times their strides.
  const parts = [new Float64Array(entries.length), new Float64Array(table.indicators.length), new Float64Array(table.periods.length)];
  for (const level of levels) {
    const part = parts[level.source] as Float64Array;
    for (let c = 0; c < part.length; c++) part[c] = (part[c] as number) + (level.bySource[c] as number) * level.stride;
  }
  const [agencyPart, indicatorPart, periodPart] = parts as [Float64Array, Float64Array, Float64Array];
  const counted = countedRows(table, modality, includeJoint);
  const capacity = Math.max(1, Math.min(n, keyCount));
  const dense = keyCount <= Math.max(2 * n, 1 << 16) && keyCount < 2 ** 31;
  const slots = dense ? new Int32Array(keyCount).fill(-1) : null;
  const slotMap = dense ? null : new Map<number, number>();
  const slotOf = (key: number) => (slots !== null ? (slots[key] as number) : (slotMap?.get(key) ?? -1));
  const keys = new Float64Array(capacity);
  const sums = new Float64Array(capacity);
  const counts = new Int32Array(capacity);
  const unsafe = new Uint8Array(capacity);
  const g0 = new GroupFirsts(table, capacity);
  const wanted = modality === "all" ? -1 : tableModalities.indexOf(modality);
  const filter = { counted, wanted, includeJoint, all: counted === null && everyRowCounts(table, wanted) };
  const columns = { keys, sums, counts, unsafe };
  // Dense keys are below 2³¹: integer parts, integer indexing.
  const keyParts = slots !== null ? { agencyPart: Int32Array.from(agencyPart), indicatorPart: Int32Array.from(indicatorPart), periodPart: Int32Array.from(periodPart) } : { agencyPart, indicatorPart, periodPart };
  const slotsOrMap = slots ?? (slotMap as Map<number, number>);
  // Each figure's group (−1: not counted), by the number it was given as it first came: written as the figures
  // are grouped, read in table order when they are put in group order, then let go. Finding the groups again
  // from their keys was a random read of the slots per figure on a shuffled table (4 bytes a figure instead).
  let rowGroups: Int32Array | null = new Int32Array(n);
  const groupCount = groupRows(table, filter, keyParts, slotsOrMap, columns, g0, rowGroups);
  // Each group's number in key order by the number it was given as it first came (rowGroups'), once plain rows
  // have renumbered the groups (below, before any details are read); `null`: the same.
  let numbers: Int32Array | null = null;
  const { indicators, units, flags, otherUnits } = g0;
  // What is read from each group's figures, made when first needed (a row read, a rate's components, a
  // group looked up): a lazy row that is never read costs none of it. The figures are put in group order,
  // each group's a slice in table order.
  let details: GroupDetails | null = null;
  const detailsOf = (): GroupDetails => {
    if (details !== null) return details;
    const { rows: grouped, agencies: groupedAgencies, values: groupedValues, offsets } = rowsInGroups(table, rowGroups as Int32Array, numbers, counts, groupCount, entries.length);
    rowGroups = null;
    if (extremes) g0.extremes(grouped, offsets, groupCount);
    // Groups whose running sum left the safe integers (or met a value kept as a Decimal): summed again, as the object path sums them.
    const exacts = new Map<number, ScaledSum>();
    for (let g = 0; g < groupCount; g++) {
      if (unsafe[g] !== 1) continue;
      const sum: ScaledSum = { scaled: 0, exact: null };
      for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) addScaled(sum, tableValue(table, grouped[k] as number));
      exacts.set(g, sum);
    }
    const { distinct, known } = contributorCounts(groupedAgencies, offsets, groupCount, flags, entries);
    if (flags.some((f) => (f & figureFlags.repeatedAgency) !== 0)) markDuplicates(table, grouped, offsets, flags);
    details = {
      grouped,
      groupedAgencies,
      offsets,
      groupedValues,
      exacts,
      distinct,
      known,
      listStamp: new Int32Array(entries.length).fill(-1),
      pairStamp: new Int32Array(entries.length).fill(-1),
    };
    return details;
  };
  // Accumulators are made for the groups asked for (the component rates' and each row's when made); only those looked up are kept.
  const accumulators = new Map<number, Accumulator>();
  // Made when a key is first read (none, for lazy rows never read).
  let keyObjects: (Record<string, DimensionValue> | undefined)[] | null = null;
  const keyObject = (g: number): Record<string, DimensionValue> => {
    keyObjects ??= new Array(groupCount);
    let out = keyObjects[g];
    if (out !== undefined) return out;
    out = {};
    const key = keys[g] as number;
    for (let l = 0; l < levels.length; l++) {
      const level = levels[l] as Level;
      out[by[l] as Dimension] = level.values[digit(key, level)] ?? null;
    }
    keyObjects[g] = out;
    return out;
  };
  // A group's accumulator without its extremes and stated rates (what the component rates read).
  const accumulatorAt = (g: number, keep = true): Accumulator => {
    const made = accumulators.get(g);
    if (made !== undefined) return made;
    const details = detailsOf();
    const { groupedAgencies, offsets, exacts, known, listStamp } = details;
    // The distinct agencies in the order they came, in a packed list, as addFigure's (a list made with its length has holes, slower to search).
    const list: AgencyEntry[] = [];
    for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) {
      const a = groupedAgencies[k] as number;
      if (listStamp[a] === g) continue;
      listStamp[a] = g;
      list.push(entries[a] as AgencyEntry);
    }
    const ind = indicators[g] as number;
    const acc: Accumulator = {
      key: keyObject(g),
      scaled: exacts.get(g)?.scaled ?? (sums[g] as number),
      exact: exacts.get(g)?.exact ?? null,
      indicator: ind < 0 ? null : (table.indicators[ind] as IndicatorCode),
      unit: table.units[units[g] as number] as string,
      otherUnits: otherUnits.get(g) ?? null,
      count: counts[g] as number,
      bounds: g0.boundsOf(g, details.grouped, offsets),
      min: null,
      max: null,
      extremes: null,
      agencies: list.length > 32 ? new Set(list) : list,
      known: known[g] as number,
      rates: null,
      rate: null,
      flags: flags[g] as number,
    };
    if (keep) accumulators.set(g, acc);
    return acc;
  };
  // The whole accumulator, as the object path makes it, for the row of a group.
  const completeAt = (g: number): Accumulator => {
    // Not kept: the row is made from it at once (a group's accumulator is kept only when looked up, as the component rates may set its rate).
    const acc = accumulatorAt(g, false);
    const { grouped, offsets } = detailsOf();
    const { minRow, maxRow } = g0;
    if (minRow !== null && maxRow !== null) {
      acc.min = tableValue(table, minRow[g] as number);
      acc.max = tableValue(table, maxRow[g] as number);
      acc.extremes = g0.extremeBoundsOf(g, grouped, offsets);
    }
    if (rates !== null) {
      const { level, parts } = rates;
      const r = levelCodeOf(g, level);
      const n = parts[2 * r] as number;
      if (n >= 0) {
        // The same key with the numerator's and the denominator's indicator: a rate where both have a group.
        const key = keys[g] as number;
        const gn = slotOf(key + (n - r) * level.stride);
        const gd = slotOf(key + ((parts[2 * r + 1] as number) - r) * level.stride);
        if (gn >= 0 && gd >= 0) acc.rate = componentRate(gn, gd);
      }
    }
    const at = g0.ratesOf(g, grouped, offsets, otherUnits.get(g));
    if (at !== null) {
      const { groupedAgencies, groupedValues } = detailsOf();
      acc.rates = at.map((k): StatedRate => ({
        agency: table.agencies[groupedAgencies[k] as number] as string,
        value: valueOfScaled(table, grouped[k] as number, groupedValues[k] as number),
      }));
    }
    return acc;
  };
  /** The figures of a group, as objects (for the rare rate whose components' agencies differ). */
  const figuresOf = (g: number): Observation[] => {
    const { grouped, offsets } = detailsOf();
    const out: Observation[] = [];
    for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) out.push(tableObservation(table, grouped[k] as number));
    return out;
  };
  // A rate from its numerator's and denominator's groups, decided when its row is made: from their sums
  // when the same agencies gave both (the usual case), else per agency as componentRates makes it.
  const componentRate = (gn: number, gd: number): RowRate | null => {
    const { groupedAgencies, offsets, distinct, pairStamp } = detailsOf();
    if (!sameContributors(groupedAgencies, offsets, gn, gd, pairStamp) || !sameContributors(groupedAgencies, offsets, gd, gn, pairStamp)) {
      return rateOfComponents(figuresOf(gn), figuresOf(gd));
    }
    const numerator = accumulatorAt(gn);
    const denominator = accumulatorAt(gd);
    return ratioOf(estimateOf(numerator, numerator.bounds), estimateOf(denominator, denominator.bounds), distinct[gn] as number);
  };
  const order = inKeyOrder(levels, keyCount, groupCount, keys, slots);
  // Plain rows are all made, in key order: the groups are numbered in that order first, so that making the rows
  // reads each group's columns, and its slice of the figures, one after the other rather than all over memory
  // (groups are numbered as they first come in the table). Lazy rows make none, and skip it.
  if (!lazy) numbers = renumberGroups(order, keys, [sums, counts, unsafe, indicators, units, flags, ...(g0.bounded === null ? [] : [g0.bounded])], otherUnits, slotsOrMap);
  const buckets = new Map<number, Map<number, number[]>>();
  /** The groups of each value of a level, sorted out once (the component rates ask for several values of the indicator). */
  const bucketOf = (l: number, level: Level): Map<number, number[]> => {
    let bucket = buckets.get(l);
    if (bucket === undefined) {
      bucket = new Map();
      for (let g = 0; g < groupCount; g++) {
        const c = digit(keys[g] as number, level);
        const list = bucket.get(c);
        if (list === undefined) bucket.set(c, [g]);
        else list.push(g);
      }
      buckets.set(l, bucket);
    }
    return bucket;
  };
  /** A group's code of a level: its first figure's, for the indicator (all its figures have it when the indicator is in the key), else a digit of its key. */
  const levelCodeOf = (g: number, level: Level): number => {
    const first = indicators[g] as number;
    return level.source === 1 && first >= 0 ? (level.bySource[first] as number) : digit(keys[g] as number, level);
  };
  // Once rateGroups has found every rate its own group: the indicator's level, and per code of it, the codes of
  // the numerator and the denominator of the rate it is (−1: none). Each rate is then made with its row.
  let rates: { readonly level: Level; readonly parts: Int32Array } | null = null;
  const codeOfKey = (read: (position: number) => DimensionValue): number => {
    let key = 0;
    for (let l = 0; l < levels.length; l++) {
      const level = levels[l] as Level;
      const code = level.codes.get(read(l));
      if (code === undefined) return -1;
      key += code * level.stride;
    }
    return slotOf(key);
  };
  return {
    rows: (context) => {
      const out: AggregateRow[] = new Array(order.length);
      if (!lazy) {
        for (let r = 0; r < order.length; r++) out[r] = rowOf(completeAt(order[r] as number), context);
        return out;
      }
      const source: TableRowSource = { keyAt: keyObject, rowAt: (g) => rowOf(completeAt(g), context) };
      for (let r = 0; r < order.length; r++) out[r] = new TableRow(source, order[r] as number);
      return out;
    },
    index: {
      find: (reader, source, ind) => {
        const g = codeOfKey((position) => reader.read(source, position, ind));
        return g < 0 ? undefined : accumulatorAt(g);
      },
      withValue: (dimension, v) => {
        const l = by.indexOf(dimension);
        const level = levels[l];
        const code = level?.codes.get(v);
        if (level === undefined || code === undefined) return [];
        return (bucketOf(l, level).get(code) ?? []).map((g) => accumulatorAt(g));
      },
    },
    rateGroups: () => {
      const l = by.indexOf("indicator");
      const level = levels[l];
      // Without indicators in the key there are no rates to make onto groups.
      if (level === undefined) return null;
      // The catalog's ratios whose numerator and denominator are among the indicators, by the numerator's
      // code; and by the rate's code, its numerator's and denominator's.
      const ratios: { d: number; r: number | undefined }[][] = level.values.map(() => []);
      const parts = new Int32Array(2 * level.values.length).fill(-1);
      for (const indicator of catalog) {
        const aggregation = indicator.aggregation;
        if (aggregation.kind !== "ratio") continue;
        const n = level.codes.get(aggregation.numerator);
        const d = level.codes.get(aggregation.denominator);
        if (n === undefined || d === undefined) continue;
        const r = level.codes.get(indicator.code);
        ratios[n]?.push({ d, r });
        if (r !== undefined) parts.set([n, d], 2 * r);
      }
      // Each numerator's group with its denominator's: a rate with no group of its own (the same key with
      // the rate's indicator) makes a row of its own, which componentRates makes, with all the others.
      for (let g = 0; g < groupCount; g++) {
        const n = levelCodeOf(g, level);
        const list = ratios[n];
        if (list === undefined || list.length === 0) continue;
        const key = keys[g] as number;
        for (const { d, r } of list) {
          if (slotOf(key + (d - n) * level.stride) < 0) continue;
          if (r === undefined || slotOf(key + (r - n) * level.stride) < 0) return null;
        }
      }
      rates = { level, parts };
      return [];
    },
    figures: () => {
      const out: Observation[] = [];
      for (let i = 0; i < n; i++) if (countsRow(table, filter, i)) out.push(tableObservation(table, i));
      return out;
    },
  };
}

/** What is read from each group's figures in group order (`rowsInGroups`), made once when first needed. */
interface GroupDetails {
  readonly grouped: Int32Array;
  /** The agency of each figure of `grouped`, beside it: read in order, whatever the order of the table. */
  readonly groupedAgencies: Uint16Array | Int32Array;
  readonly offsets: Int32Array;
  /** The value column of each figure of `grouped`, beside it (its scaled value, or `NaN`: kept as a Decimal). */
  readonly groupedValues: Float64Array;
  /** The exact sums of the groups whose float sum left the safe integers. */
  readonly exacts: Map<number, ScaledSum>;
  /** Per group, its distinct contributing agencies, and how many of them the caller described. */
  readonly distinct: Int32Array;
  readonly known: Int32Array;
  /** A stamp per agency, for the lists of distinct agencies made when a group's accumulator is. */
  readonly listStamp: Int32Array;
  /** A stamp per agency, for comparing the agencies of a rate's two components (`sameContributors`). */
  readonly pairStamp: Int32Array;
}

/** The three source columns' shares of a group key. */
interface KeyParts<A> {
  readonly agencyPart: A;
  readonly indicatorPart: A;
  readonly periodPart: A;
}

/** Which figures count: a mark per figure, or (none on another's behalf) the modality asked for (−1: all) and whether joint figures count; `all` when every figure does. */
interface RowFilter {
  readonly counted: Uint8Array | null;
  readonly wanted: number;
  readonly includeJoint: boolean;
  readonly all: boolean;
}

/** Whether every figure counts: all the agencies' own, and all of modality code `wanted` (−1: any), found by native searches of the columns. */
function everyRowCounts(table: ObservationTable, wanted: number): boolean {
  const only = (column: Uint8Array, codes: readonly unknown[], kept: number) => codes.every((_, code) => code === kept || !column.includes(code));
  return only(table.attribution, tableAttributions, 0) && (wanted < 0 || only(table.modality, tableModalities, wanted));
}

/** Per group its key, sum at scale 10⁴, count, and whether the sum left the safe integers. */
interface GroupColumns {
  readonly keys: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  readonly unsafe: Uint8Array;
}

/**
 * The hot loop, one pass over the columns: whether each figure counts, its
 * group (by its mixed-radix key, a new group where the slot is empty), the
 * group's count and its sum at scale 10⁴ in a float. The sum is exact while
 * every partial sum is a safe integer (a sum of two safe integers is exact
 * when its true value is safe; when it is not, the float is at least 2⁵³ in
 * magnitude, since rounding is monotonic and 2⁵³ is a float); a group where
 * one is not (or where a value is kept as a Decimal, `NaN` here) is marked
 * `unsafe` and summed again exactly. A figure that is more than a plain value
 * (another indicator or unit, a qualifier, a negative value, a figure in %)
 * goes to `unusualRow`; most cost one test. A function of its own, on typed
 * arrays only, so that the engine optimises it apart. Gives the number of groups.
 */
function groupRows(
  table: ObservationTable,
  filter: RowFilter,
  parts: KeyParts<Int32Array | Float64Array>,
  slots: Int32Array | Map<number, number>,
  out: GroupColumns,
  firsts: GroupFirsts,
  rowGroups: Int32Array,
): number {
  // Every column in a local: the loop calls out (unusualRow), so the engine would otherwise load them again for each figure.
  const { agency, indicator, period, unit, value, qualifier, length } = table;
  const { agencyPart, indicatorPart, periodPart } = parts;
  const { keys, sums, counts: groupCounts, unsafe } = out;
  const { indicators, units } = firsts;
  const dense = slots instanceof Int32Array ? slots : null;
  const map = dense === null ? (slots as Map<number, number>) : null;
  let groupCount = 0;
  for (let i = 0; i < length; i++) {
    if (!countsRow(table, filter, i)) {
      rowGroups[i] = -1;
      continue;
    }
    const key = (agencyPart[agency[i] as number] as number) + (indicatorPart[indicator[i] as number] as number) + (periodPart[period[i] as number] as number);
    let g = dense !== null ? (dense[key] as number) : ((map as Map<number, number>).get(key) ?? -1);
    const ind = indicator[i] as number;
    const u = unit[i] as number;
    if (g < 0) {
      g = groupCount++;
      if (dense !== null) dense[key] = g;
      else (map as Map<number, number>).set(key, g);
      keys[g] = key;
      indicators[g] = ind;
      units[g] = u;
    }
    rowGroups[i] = g;
    // Count and sum; a figure that is more than a plain value goes to unusualRow.
    groupCounts[g] = (groupCounts[g] as number) + 1;
    const v = value[i] as number;
    const next = (sums[g] as number) + v;
    sums[g] = next;
    if (!(next <= maxSafe && next >= -maxSafe)) unsafe[g] = 1;
    if (ind !== indicators[g] || u !== units[g] || qualifier[i] !== 0 || !(v >= 0)) unusualRow(table, i, g, firsts);
  }
  return groupCount;
}

/** Whether figure `i` counts. */
function countsRow(table: ObservationTable, filter: RowFilter, i: number): boolean {
  if (filter.all) return true;
  const { counted, wanted } = filter;
  if (counted !== null) return counted[i] === 1;
  const a = table.attribution[i] as number;
  return (wanted < 0 || table.modality[i] === wanted) && (a === 0 || (a === 2 && filter.includeJoint));
}

/**
 * What a group keeps of its figures besides the sum and count: its first
 * figure's indicator (−1 once another came) and unit and the other units
 * that came, the bounds of the figures that were not exact, the extremes
 * (when asked for), and the flags. Its figures in % are read from its slice
 * of the figures in group order (`ratesOf`).
 */
class GroupFirsts {
  readonly indicators: Int32Array;
  readonly units: Int32Array;
  readonly flags: Uint8Array;
  minRow: Int32Array | null = null;
  maxRow: Int32Array | null = null;
  /** A mark per group with a figure that is not exact (made at the first such figure): its bounds are read from its slice (`boundsOf`). */
  bounded: Uint8Array | null = null;
  readonly otherUnits = new Map<number, string[]>();
  readonly percent: number;

  constructor(
    private readonly table: ObservationTable,
    capacity: number,
  ) {
    this.indicators = new Int32Array(capacity);
    this.units = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.percent = table.units.indexOf("%");
  }

  /** Each group's smallest and largest figure (the first of equals in table order, as the object path keeps them). */
  extremes(grouped: Int32Array, offsets: Int32Array, groupCount: number): void {
    const minRow = new Int32Array(groupCount);
    const maxRow = new Int32Array(groupCount);
    for (let g = 0; g < groupCount; g++) {
      const start = offsets[g] as number;
      let min = grouped[start] as number;
      let max = min;
      for (let k = start + 1; k < (offsets[g + 1] as number); k++) {
        const i = grouped[k] as number;
        if (lessThan(this.table, i, min)) min = i;
        if (lessThan(this.table, max, i)) max = i;
      }
      minRow[g] = min;
      maxRow[g] = max;
    }
    this.minRow = minRow;
    this.maxRow = maxRow;
  }

  /** What bounds a group's least and greatest figure when one of its figures is not exact (`null`: all are), from its slice of the figures in group order. */
  extremeBoundsOf(g: number, grouped: Int32Array, offsets: Int32Array): ExtremeBounds | null {
    if (this.bounded?.[g] !== 1) return null;
    const state: ExtremeBounds = { minLower: null, minUpper: null, maxLower: null, maxUpper: null, lowerOpen: false, upperOpen: false };
    for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) {
      const i = grouped[k] as number;
      addExtremeBounds(state, tableValue(this.table, i), tableQualifiers[this.table.qualifier[i] as number] ?? "approx");
    }
    return state;
  }

  /** The bounds of a group's figures that are not exact, read from its slice of the figures in group order (in table order, as the object path adds them), or `null`. */
  boundsOf(g: number, grouped: Int32Array, offsets: Int32Array): Bounds | null {
    if (this.bounded?.[g] !== 1) return null;
    let bounds: Bounds | null = null;
    for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) {
      const i = grouped[k] as number;
      const q = this.table.qualifier[i] as number;
      if (q !== 0) bounds = addBound(bounds, q, this.table, i);
    }
    return bounds;
  }

  /**
   * Where a group's figures in % are in the figures in group order (positions of its slice, in table
   * order), or `null`. A group of one unit has no unit to read per figure: all of its slice or none
   * (reading the unit column at each figure's row is a cache miss per figure when the table is shuffled).
   */
  ratesOf(g: number, grouped: Int32Array, offsets: Int32Array, otherUnits: readonly string[] | undefined): number[] | null {
    // Only a group with a figure in % has any (its first figure's unit, or one of the others).
    if (this.percent < 0 || (this.units[g] !== this.percent && !otherUnits?.includes("%"))) return null;
    let at: number[] | null = null;
    for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) {
      if (otherUnits !== undefined && this.table.unit[grouped[k] as number] !== this.percent) continue;
      if (at === null) at = [k];
      else at.push(k);
    }
    return at;
  }
}

/** What `groupRows` does for a figure that is more than a plain value. */
function unusualRow(table: ObservationTable, i: number, g: number, firsts: GroupFirsts): void {
  const { indicators, units, flags } = firsts;
  if (indicators[g] !== table.indicator[i]) indicators[g] = -1;
  const u = table.unit[i] as number;
  if (units[g] !== u) {
    const name = table.units[u] as string;
    const list = firsts.otherUnits.get(g);
    if (list === undefined) firsts.otherUnits.set(g, [name]);
    else if (!list.includes(name)) list.push(name);
  }
  const v = table.value[i] as number;
  if (v < 0 || (Number.isNaN(v) && tableValue(table, i).isNegative() && !tableValue(table, i).isZero())) flags[g] = (flags[g] as number) | figureFlags.negative;
  if (table.qualifier[i] !== 0) {
    firsts.bounded ??= new Uint8Array(firsts.flags.length);
    firsts.bounded[g] = 1;
  }
}

/** A level's code in a group key (exact: the key is an integer below 2⁵², and so is each step). */
function digit(key: number, level: Level): number {
  const rest = key % level.stride;
  return ((key - rest) / level.stride) % Math.max(1, level.values.length);
}

/** Whether row `a`'s value is less than row `b`'s. */
function lessThan(table: ObservationTable, a: number, b: number): boolean {
  const x = table.value[a] as number;
  const y = table.value[b] as number;
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x < y;
  return tableValue(table, a).lessThan(tableValue(table, b));
}

/** Adds a figure that is not exact (qualifier code `q`) to a group's bounds, by the one algebra (estimate.ts). */
function addBound(bounds: Bounds | null, q: number, table: ObservationTable, i: number): Bounds | null {
  const v = table.value[i] as number;
  return addBoundBy(bounds, tableQualifiers[q] ?? "approx", (sum) => {
    // At scale while the sum stays a safe integer (no Decimal made), else as addScaled adds.
    const scaled = sum.scaled + v;
    if (sum.exact === null && Number.isSafeInteger(scaled)) sum.scaled = scaled;
    else addScaled(sum, tableValue(table, i));
  });
}

/**
 * The counted figures put in group order by a stable counting sort of their
 * groups (`rowGroups`, by the groups' first numbers; `numbers`, their numbers
 * in key order, when renumbered): each group's figures are
 * `rows[offsets[g]..offsets[g + 1]]`, in table order. Linear, whatever the
 * order of the figures; one column as long as the counted figures, where
 * every later pass (contributors, stated rates, extremes, exact sums,
 * duplicates) reads its group's figures, with their agencies and values
 * beside them (the stated rates are read from these: reading the value at
 * each figure's row was a cache miss per figure on a shuffled table).
 */
function rowsInGroups(
  table: ObservationTable,
  rowGroups: Int32Array,
  numbers: Int32Array | null,
  counts: Int32Array,
  groupCount: number,
  agencyCount: number,
): { rows: Int32Array; agencies: Uint16Array | Int32Array; values: Float64Array; offsets: Int32Array } {
  const offsets = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) offsets[g + 1] = (offsets[g] as number) + (counts[g] as number);
  const rows = new Int32Array(offsets[groupCount] as number);
  // Agencies' codes in 16 bits while they fit: less memory to allocate (and touch) per figure.
  const agencies = agencyCount <= 0x10000 ? new Uint16Array(rows.length) : new Int32Array(rows.length);
  const values = new Float64Array(rows.length);
  // Where each group's next figure goes, by the group's first number (rowGroups').
  const next = numbers === null ? offsets.slice(0, groupCount) : numbers.map((r) => offsets[r] as number);
  const { agency, value, length } = table;
  for (let i = 0; i < length; i++) {
    const g = rowGroups[i] as number;
    if (g < 0) continue;
    const at = next[g] as number;
    rows[at] = i;
    agencies[at] = agency[i] as number;
    values[at] = value[i] as number;
    next[g] = at + 1;
  }
  return { rows, agencies, values, offsets };
}

/** A column of the groups (one slot per group). */
type GroupColumn = Float64Array | Int32Array | Uint8Array;

/** Puts `column[order[r]]` at `r` for each of the first `order.length` slots, in place. */
function permute(column: GroupColumn, order: Int32Array): void {
  const copy = column.slice(0, order.length);
  for (let r = 0; r < order.length; r++) column[r] = copy[order[r] as number] as number;
}

/**
 * Numbers the groups in key order, in place: group `order[r]` becomes group `r` in the keys and every
 * column, in the map of other units and in the slots of the keys; `order` becomes 0, 1, 2 …. Gives each
 * group's new number by its old one.
 */
function renumberGroups(order: Int32Array, keys: Float64Array, columns: readonly GroupColumn[], otherUnits: Map<number, string[]>, slots: Int32Array | Map<number, number>): Int32Array {
  const n = order.length;
  permute(keys, order);
  for (const column of columns) permute(column, order);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r] as number] = r;
  if (otherUnits.size > 0) {
    const moved = [...otherUnits];
    otherUnits.clear();
    for (const [g, list] of moved) otherUnits.set(rank[g] as number, list);
  }
  for (let r = 0; r < n; r++) {
    if (slots instanceof Int32Array) slots[keys[r] as number] = r;
    else slots.set(keys[r] as number, r);
  }
  for (let r = 0; r < n; r++) order[r] = r;
  return rank;
}

/**
 * The groups in key order: each dimension's values by `compareValues`, in the
 * order of the dimensions. Keys in a dense range are walked in that order;
 * sparse ones are sorted by the key of their ranks.
 */
function inKeyOrder(
  levels: readonly Level[],
  keyCount: number,
  groupCount: number,
  keys: Float64Array,
  slots: Int32Array | null,
): Int32Array {
  // Per level, each rank's code times the stride, and each code's rank.
  const orders = levels.map((level) => level.values.map((_, code) => code).sort((a, b) => compareValues(level.values[a] ?? null, level.values[b] ?? null)));
  const out = new Int32Array(groupCount);
  let at = 0;
  if (levels.length === 0) return out.map((_, g) => g);
  if (slots !== null && keyCount <= 4 * groupCount + 1024) {
    const steps = levels.map((level, l) => Float64Array.from(orders[l] ?? [], (code) => code * level.stride));
    const last = levels.length - 1;
    const walk = (l: number, base: number): void => {
      const step = steps[l] as Float64Array;
      for (let r = 0; r < step.length; r++) {
        const key = base + (step[r] as number);
        if (l < last) walk(l + 1, key);
        else {
          const g = slots[key] as number;
          if (g >= 0) out[at++] = g;
        }
      }
    };
    walk(0, 0);
    return out;
  }
  const ranks = levels.map((level, l) => {
    const rank = new Float64Array(level.values.length);
    const order = orders[l] ?? [];
    for (let r = 0; r < order.length; r++) rank[order[r] as number] = r;
    return rank;
  });
  const rankKeys = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const key = keys[g] as number;
    let rankKey = 0;
    for (let l = 0; l < levels.length; l++) {
      const level = levels[l] as Level;
      rankKey += ((ranks[l] as Float64Array)[digit(key, level)] as number) * level.stride;
    }
    rankKeys[g] = rankKey;
  }
  const order = Array.from({ length: groupCount }, (_, g) => g).sort((a, b) => (rankKeys[a] as number) - (rankKeys[b] as number));
  for (const g of order) out[at++] = g;
  return out;
}
