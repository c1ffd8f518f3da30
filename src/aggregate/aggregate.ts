import type { Agency } from "../model/agency.js";
import { type Modality, modalities } from "../model/modality.js";
import type { Observation } from "../model/observation.js";
import { type Accumulator, type RowContext, addFigure, figureFlags, newAccumulator, rowOf } from "./engine/accumulator.js";
import type { AggregateRow, RowRate } from "./aggregateRow.js";
import { countable } from "./attributed.js";
import { componentRates } from "./engine/componentRates.js";
import { type Dimension, type DimensionValue, checkOption, dimensions } from "./dimensions.js";
import { GroupIndex } from "./engine/groupIndex.js";
import { sortByKey } from "./engine/keyOrder.js";
import { ObservationReader } from "./engine/observationReader.js";
import { checkAgencies, readObservations } from "./checkInput.js";
import { checkBooleanOption, checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";
import type { ObservationInput } from "./observationInput.js";
import { type ObservationTable, isObservationTable, tableObservations } from "./observationTable.js";
import { groupTable } from "./engine/tableGroups.js";

/**
 * What `aggregate` computes in each row besides the count of agencies.
 *
 * @example
 * ```ts
 * const measures: Measure[] = ["sum", "count", "mean"];
 * ```
 */
export type Measure = "sum" | "count" | "min" | "max" | "mean";

const allMeasures: readonly Measure[] = ["sum", "count", "min", "max", "mean"];

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
  /**
   * For an `ObservationTable` only: `"lazy"` gives rows that are views of the
   * grouping, each made whole (its `Decimal`s, agencies and stated rates) the
   * first time a field other than `key` is read: far quicker when few rows are
   * read, but their fields are getters of a class, so `{ ...row }` and
   * `Object.keys(row)` see none of them (use
   * `row.toJSON()` or `JSON.stringify`). Default `"plain"`: plain objects, the
   * same as the object path gives.
   */
  readonly rows?: "plain" | "lazy";
}

/** The options `aggregate` knows: any other is a `RangeError` (a misspelt `measure` is not ignored). */
const aggregateOptionNames = /* @__PURE__ */ optionNames<AggregateOptions>()(["by", "agencies", "measures", "modality", "includeJoint", "rateMethod", "rows"]);

/**
 * Groups observations by any dimensions and computes, per row, the sum (with
 * what its inputs allow: a sum with a `余` part is at least that much, one
 * with an `约` part approximate), count, min, max and mean, how many agencies
 * contributed and which expected agencies are missing. A ratio indicator's
 * row carries its rate as Σnumerator / Σdenominator of its components; rates
 * stated without components are kept per agency unless `rateMethod` names how
 * to aggregate them. Joint figures are left out unless asked for; a figure
 * reported on another's behalf counts once. Exact throughout (`Decimal`, with a
 * scaled-integer fast path that is proven equal to it). An `ObservationTable`
 * (the observations held as columns, in a tenth of their memory) gives the
 * same rows as its observations, grouped on its columns (with `rows: "lazy"`,
 * rows made whole only when read: see the option). Throws a `RangeError`
 * for a dimension, measure, modality or rate method it does not know.
 *
 * @example
 * ```ts
 * const rows = aggregate(observations, { by: ["indicator", "year", "prefecture"], agencies });
 * // 罚款121万元 in 哈尔滨 in 2020 and 罚款140余万元 in 2021 stay in their own years:
 * rows.find((row) => row.key.indicator === "enforcement.fineAmount" && row.key.year === 2021);
 * //=> { key: { indicator: "enforcement.fineAmount", year: 2021, prefecture: "230100" }, sum: { value: 1400000, qualifier: "atLeast", … }, … }
 * ```
 */
export function aggregate(input: ObservationInput, options: AggregateOptions): AggregateRow[] {
  const table = isObservationTable(input) ? input : null;
  let observations = table === null ? readObservations("aggregate", input) : null;
  checkOptionsObject("aggregate", options, true, aggregateOptionNames);
  checkBooleanOption("aggregate", "includeJoint", options.includeJoint);
  if (!Array.isArray(options.by)) throw new TypeError("aggregate: option by must be an array of dimensions");
  if (options.measures !== undefined && !Array.isArray(options.measures)) throw new TypeError("aggregate: option measures must be an array of measures");
  checkAgencies("aggregate", options.agencies);
  const by = [...options.by];
  const measures = new Set<Measure>(options.measures ?? ["sum", "count"]);
  const modality = options.modality ?? "actual";
  checkOption("aggregate", "dimension", by, dimensions);
  checkOption("aggregate", "measure", [...measures], allMeasures);
  checkOption("aggregate", "modality", [modality], [...modalities, "all"]);
  if (options.rateMethod !== undefined) checkOption("aggregate", "rateMethod", [options.rateMethod], ["unweightedMean"]);
  if (options.rows !== undefined) checkOption("aggregate", "rows", [options.rows], ["plain", "lazy"]);
  const reader = new ObservationReader(by, options.agencies ?? []);
  const extremes = measures.has("min") || measures.has("max");
  // A table is grouped on its columns; the rest of the work is the same for both.
  const grouped = table === null ? null : groupTable(table, by, reader, modality, options.includeJoint === true, extremes, options.rows === "lazy");
  let groups: Accumulator[] = [];
  let index: Pick<GroupIndex<Accumulator>, "withValue" | "find">;
  let figures: () => readonly Observation[];
  let counts: (o: Observation) => boolean;
  if (grouped !== null) {
    reader.rankAgencies();
    ({ index, figures } = grouped);
    counts = () => true;
  } else {
    const list = observations ?? tableObservations(table as ObservationTable);
    observations = list;
    const attributed = countable(list, options.includeJoint === undefined ? {} : { includeJoint: options.includeJoint });
    counts = (o: Observation) => (modality === "all" || o.modality === modality) && attributed(o);
    const objectIndex = groupFigures(list, by, reader, modality, attributed, extremes);
    // Contributors are listed by rank: agencies in id order.
    reader.rankAgencies();
    groups = objectIndex.inKeyOrder();
    if (groups.some((acc) => acc.flags & figureFlags.repeatedAgency)) markDuplicates(list, objectIndex, reader, modality, attributed);
    index = objectIndex;
    figures = () => list;
  }
  const extra: AggregateRow[] = [];
  if (by.includes("indicator")) {
    // Rates of ratio indicators from their components, onto the rate's own group; or a row of their own when no agency stated the rate.
    // A table's rates onto their own groups are made with their rows (per agency where the components' agencies differ); the generic pass when a rate has no group of its own.
    for (const group of grouped?.rateGroups() ?? componentRates(figures, by, index, counts, reader)) {
      if (group.rate === null) continue;
      if (group.target) group.target.rate = group.rate;
      else extra.push(componentRow(group.key, group.rate));
    }
  }
  const expected = new Map<string, string[]>();
  for (const agency of options.agencies ?? []) {
    const key = reader.entryOf(agency.id).agencyKey;
    const list = expected.get(key);
    if (list) list.push(agency.id);
    else expected.set(key, [agency.id]);
  }
  const context: RowContext = {
    sum: measures.has("sum"),
    count: measures.has("count"),
    min: measures.has("min"),
    max: measures.has("max"),
    mean: measures.has("mean"),
    expected,
    rateMethod: options.rateMethod,
    unitKinds: new Map(),
  };
  // A table's rows: plain objects, or (rows: "lazy") views made whole when first read (TableRow).
  const rows = grouped !== null ? grouped.rows(context) : rowsOf(groups, context);
  // The index gives the rows in key order already; only rows made from components alone need a sort.
  return extra.length === 0 ? rows : sortByKey([...rows, ...extra], by);
}

/**
 * The hot loop: each counted figure into its group. A function of its own, so
 * that the engine optimises it apart from the rest of `aggregate`.
 */
function groupFigures(
  observations: readonly Observation[],
  by: readonly Dimension[],
  reader: ObservationReader,
  modality: Modality | "all",
  attributed: (o: Observation) => boolean,
  extremes: boolean,
): GroupIndex<Accumulator> {
  const index = new GroupIndex<Accumulator>(by);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    // The common case (an own figure of the asked modality) without a call.
    if ((modality !== "all" && o.modality !== modality) || (o.attribution !== "own" && !attributed(o))) continue;
    addFigure(index.add(reader, o, null, newAccumulator), o, reader.entryOf(o.agency), extremes);
  }
  return index;
}

/**
 * Marks the groups that hold the same figure twice (same agency, indicator,
 * period, modality, attribution, value, unit and qualifier), which the sum
 * counts twice. Only groups to which an agency gave more than one figure are
 * looked at, so the common case costs nothing; the rest is one pass with a
 * set of keys.
 */
function markDuplicates(
  observations: readonly Observation[],
  index: GroupIndex<Accumulator>,
  reader: ObservationReader,
  modality: Modality | "all",
  attributed: (o: Observation) => boolean,
): void {
  // One set of keys for all groups, each key led by its group's number: no set per group, no JSON.
  const groupNumbers = new Map<Accumulator, number>();
  const seen = new Set<string>();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    if ((modality !== "all" && o.modality !== modality) || (o.attribution !== "own" && !attributed(o))) continue;
    const acc = index.find(reader, o, null);
    if (acc === undefined || !(acc.flags & figureFlags.repeatedAgency)) continue;
    let group = groupNumbers.get(acc);
    if (group === undefined) {
      group = groupNumbers.size;
      groupNumbers.set(acc, group);
    }
    const q = o.quantity;
    const period = typeof o.period === "number" ? o.period : `${o.period.from}/${o.period.to}`;
    const key = `${group}\u0001${o.agency}\u0001${o.indicator}\u0001${period}\u0001${o.modality}\u0001${o.attribution}\u0001${q.value.toString()}\u0001${q.unit}\u0001${q.qualifier}`;
    if (seen.has(key)) acc.flags |= figureFlags.duplicate;
    else seen.add(key);
  }
}

/** The rows of complete groups, in their order. */
function rowsOf(groups: readonly Accumulator[], context: RowContext): AggregateRow[] {
  const rows: AggregateRow[] = new Array(groups.length);
  for (let i = 0; i < groups.length; i++) rows[i] = rowOf(groups[i] as Accumulator, context);
  return rows;
}

/** The row of a rate that only its components gave. */
function componentRow(key: Readonly<Record<string, DimensionValue>>, rate: RowRate): AggregateRow {
  return {
    key,
    unit: "%",
    observations: 0,
    agencies: [],
    missingAgencies: [],
    sum: null,
    count: null,
    min: null,
    max: null,
    mean: null,
    rate,
    statedRates: [],
    notes: ["fromComponents"],
  };
}
