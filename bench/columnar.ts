// The columnar path (issue 15): `aggregate` on an ObservationTable against DuckDB's exact DECIMAL(38,4)
// group-by on the same 1,050,000 rows (3,000 county agencies × 50 indicators × 7 years, the rows of
// bench/aggregate.ts), in the same run, rounds interleaved, fastest of five after two untimed rounds (V8 compiling), wall and CPU time (CPU
// counts every thread: V8's collector, DuckDB's workers). Also: building the table from the objects
// against arquero building its columns from them; the bytes the table holds per observation; shuffled
// against sorted input; ns per row from 100 k to 4.2 M rows. Every result is checked against the
// object path; nothing is asserted (a figure that misses its goal is printed as such). The table's rows
// are plain objects by default, as DuckDB's rows read into JS; with `rows: "lazy"` they are views made
// whole when first read (TableRow), as DuckDB's result stays in its memory until read: that is timed
// too, against DuckDB's query alone. The timed candidates drop their results (none is alive in another's time); the results are checked apart.
// Also the rows' allocation floor: the same plain rows made again from flat lists of their values, with no
// column read, no grouping and no arithmetic, against DuckDB's query in a race of its own: what any code that
// gives these rows as objects pays on this machine before doing any of aggregate's work.
import { createHash } from "node:crypto";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import * as aq from "arquero";
import type { AggregateRow, ObservationTable } from "../src/aggregate/index.js";
import type { Decimal as DecimalNumber, Observation } from "../src/index.js";
import type { Estimate } from "../src/model/index.js";
import { fazhi } from "./library.js";
import { benchAgencies, benchObservations } from "./observations.js";
import { faultsWithTime, pageFaultCost, race, type Timing } from "./race.js";

const { aggregate, observationTable, tableObservation, Decimal } = fazhi;

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Bytes in use: the heap and the typed arrays' buffers (held outside the heap), after a collection. */
function bytesUsed(): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}


const by = ["indicator", "year", "prefecture"] as const;

/** A shuffled copy (Fisher–Yates, seeded). */
function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  let seed = 11;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = Math.floor((seed / 2147483648) * (i + 1));
    const t = out[i] as T;
    out[i] = out[j] as T;
    out[j] = t;
  }
  return out;
}

/** A digest of a result's JSON with every Decimal as its string: equal results have equal digests (the JSON of 118,650 rows, about 100 MB, is not kept alive into the timed rounds). */
function plain(value: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(value, (_key, v: unknown) => (v instanceof Decimal ? v.toString() : v)))
    .digest("hex");
}

/**
 * The rows' allocation floor: `template`'s rows taken apart into flat lists (strings, numbers and the
 * Decimals' digit words: a few large objects, which the collector traces in no time), so that they can
 * be made again, object for object as `aggregate` makes them, from values already there: no column
 * read, no grouping, no arithmetic. What making `aggregate`'s plain rows costs on this machine before
 * any of its work. `make()` gives the rows (checked equal to the template's).
 */
export function rowsFloor(template: readonly AggregateRow[], dimensions: readonly string[]): { make: () => AggregateRow[] } {
  // Decimals by index (decimal i's digit words from wordStart[i] to wordStart[i + 1]): -1 for none, -2 for "the estimate's value itself" (a bound kept as the same object).
  const words: number[] = [];
  const wordStart: number[] = [];
  const exponents: number[] = [];
  const signs: number[] = [];
  const addDecimal = (d: DecimalNumber | null): number => {
    if (d === null) return -1;
    words.push(...d.d);
    wordStart.push(words.length);
    exponents.push(d.e);
    signs.push(d.s);
    return signs.length - 1;
  };
  wordStart.push(0);
  const makeDecimal = (i: number): DecimalNumber | null => {
    if (i < 0) return null;
    const d = new Decimal(0) as unknown as { s: number; e: number; d: number[] };
    d.s = signs[i] as number;
    d.e = exponents[i] as number;
    d.d = words.slice(wordStart[i], wordStart[i + 1]);
    return d as unknown as DecimalNumber;
  };
  const estimates: { value: number[]; qualifier: Estimate["qualifier"][]; lower: number[]; upper: number[] } = { value: [], qualifier: [], lower: [], upper: [] };
  const addEstimate = (e: Estimate | null): number => {
    if (e === null) return -1;
    estimates.value.push(addDecimal(e.value));
    estimates.qualifier.push(e.qualifier);
    estimates.lower.push(e.lower === e.value ? -2 : addDecimal(e.lower));
    estimates.upper.push(e.upper === e.value ? -2 : addDecimal(e.upper));
    return estimates.value.length - 1;
  };
  const makeEstimate = (i: number): Estimate | null => {
    if (i < 0) return null;
    const value = makeDecimal(estimates.value[i] as number) as DecimalNumber;
    const bound = (b: number) => (b === -2 ? value : makeDecimal(b));
    return { value, qualifier: estimates.qualifier[i] as Estimate["qualifier"], lower: bound(estimates.lower[i] as number), upper: bound(estimates.upper[i] as number) };
  };
  /** A list per row, flat: its items and where each row's start. */
  const list = <T>() => ({ items: [] as T[], start: [0] as number[] });
  const agencies = list<string>();
  const missing = list<string>();
  const notes = list<string>();
  const stated = list<{ agency: string; decimal: number }>();
  const keys = dimensions.map(() => [] as unknown[]);
  const units: (string | null)[] = [];
  const observations: number[] = [];
  const counts: (number | null)[] = [];
  const sums: number[] = [];
  const mins: number[] = [];
  const maxes: number[] = [];
  const means: number[] = [];
  const rates: { row: number; method: NonNullable<AggregateRow["rate"]>["method"]; value: number; agencies: number; numerator: number; denominator: number }[] = [];
  for (const [i, r] of template.entries()) {
    for (const [k, name] of dimensions.entries()) keys[k]?.push(r.key[name]);
    units.push(r.unit);
    observations.push(r.observations);
    counts.push(r.count);
    for (const [l, from] of [[agencies, r.agencies], [missing, r.missingAgencies], [notes, r.notes]] as const) {
      l.items.push(...from);
      l.start.push(l.items.length);
    }
    stated.items.push(...r.statedRates.map((x) => ({ agency: x.agency, decimal: addDecimal(x.value) })));
    stated.start.push(stated.items.length);
    sums.push(addEstimate(r.sum));
    mins.push(addEstimate(r.min));
    maxes.push(addEstimate(r.max));
    means.push(addEstimate(r.mean));
    if (r.rate !== null) {
      const { method, value, agencies: n, numerator, denominator } = r.rate;
      rates.push({ row: i, method, value: addDecimal(value), agencies: n, numerator: addEstimate(numerator), denominator: addEstimate(denominator) });
    }
  }
  const rateAt = new Map(rates.map((rate) => [rate.row, rate]));
  const slice = <T>(l: { items: T[]; start: number[] }, i: number) => l.items.slice(l.start[i], l.start[i + 1]);
  const make = (): AggregateRow[] => {
    const out: AggregateRow[] = new Array(template.length);
    for (let i = 0; i < template.length; i++) {
      const key: Record<string, unknown> = {};
      for (let k = 0; k < dimensions.length; k++) key[dimensions[k] as string] = keys[k]?.[i];
      const rate = rateAt.get(i);
      out[i] = {
        key: key as AggregateRow["key"],
        unit: units[i] ?? null,
        observations: observations[i] as number,
        agencies: slice(agencies, i),
        missingAgencies: slice(missing, i),
        sum: makeEstimate(sums[i] as number),
        count: counts[i] ?? null,
        min: makeEstimate(mins[i] as number),
        max: makeEstimate(maxes[i] as number),
        mean: makeEstimate(means[i] as number),
        rate:
          rate === undefined
            ? null
            : { method: rate.method, value: makeDecimal(rate.value) as DecimalNumber, agencies: rate.agencies, numerator: makeEstimate(rate.numerator), denominator: makeEstimate(rate.denominator) },
        statedRates: slice(stated, i).map((x) => ({ agency: x.agency, value: makeDecimal(x.decimal) as DecimalNumber })),
        notes: slice(notes, i),
      };
    }
    return out;
  };
  return { make };
}

/** Whether a table reads back as the observations it was built from, field by field. */
function sameAsObjects(table: ObservationTable, observations: readonly Observation[]): boolean {
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    const r = tableObservation(table, i);
    if (
      r.agency !== o.agency ||
      r.indicator !== o.indicator ||
      r.period !== o.period ||
      r.modality !== o.modality ||
      r.attribution !== o.attribution ||
      r.quantity.unit !== o.quantity.unit ||
      r.quantity.qualifier !== o.quantity.qualifier ||
      !r.quantity.value.equals(o.quantity.value)
    ) {
      return false;
    }
  }
  return true;
}

const ms = (t: Timing) => `${t.wall.toFixed(0).padStart(5)} ms wall, ${t.cpu.toFixed(0).padStart(5)} ms CPU`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const verdict = (met: boolean) => (met ? "met" : "NOT met");

/**
 * The observations into DuckDB's staging table, in a function of its own: a suspended async function
 * keeps its temporaries (here the loop's iterator, and with it every observation) alive across its
 * awaits, so a loop over the objects in `benchColumnar` would keep them alive through round 2.
 */
async function stage(connection: DuckDBConnection, observations: readonly Observation[], prefectureOf: ReadonlyMap<string, string>): Promise<void> {
  const appender = await connection.createAppender("staged");
  for (const o of observations) {
    appender.appendVarchar(o.indicator);
    appender.appendInteger(o.period as number);
    appender.appendVarchar(prefectureOf.get(o.agency) ?? "");
    appender.appendVarchar(o.quantity.value.toString());
    appender.endRow();
  }
  appender.closeSync();
}

export async function benchColumnar(): Promise<void> {
  const agencies = benchAgencies();
  const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021];
  let observations: Observation[] | null = benchObservations(agencies, years);
  const n = observations.length;
  const options = { by: [...by], agencies };
  console.log(`columnar: ${n.toLocaleString("en-US")} observations, aggregate by ${by.join(", ")} (fastest of five interleaved rounds after two untimed ones; CPU = all threads)`);

  // (c) memory: what the table holds, with the objects still alive around it.
  const before = bytesUsed();
  const table = observationTable(observations);
  const held = (bytesUsed() - before) / n;
  const mixedTable = observationTable(shuffled(observations));

  // DuckDB, on its own columns: the same rows, the value an exact DECIMAL(38,4).
  const prefectureOf = new Map(agencies.map((a) => [a.id, `${a.divisionCode.slice(0, 4)}00`]));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run("CREATE TABLE staged (indicator VARCHAR, year INTEGER, prefecture VARCHAR, value VARCHAR)");
  await stage(connection, observations, prefectureOf);
  await connection.run("CREATE TABLE observations AS SELECT indicator, year, prefecture, CAST(value AS DECIMAL(38,4)) AS value FROM staged");
  await connection.run("DROP TABLE staged");
  const sql = "SELECT indicator, year, prefecture, SUM(value) AS sum, COUNT(*) AS count FROM observations GROUP BY indicator, year, prefecture";

  // arquero's column building from the same objects (as bench/aggregate.ts builds them).
  const arqueroColumns = (list: readonly Observation[]) =>
    aq.table({
      indicator: list.map((o) => o.indicator),
      year: list.map((o) => o.period as number),
      prefecture: list.map((o) => prefectureOf.get(o.agency) ?? ""),
      value: list.map((o) => o.quantity.value.toNumber()),
    });

  // Round 1, the objects alive: building the table against arquero's columns, and the object path. In a
  // function of its own, so that nothing of round 1 (the objects, its results) is alive in round 2.
  const round1 = async (list: readonly Observation[]) => {
    const timings = await race(
      {
        build: () => observationTable(list),
        arqueroBuild: () => arqueroColumns(list),
        objects: () => aggregate(list, options),
      },
      5,
      2,
    );
    const objectRows = plain(timings.objects.result);
    const built = sameAsObjects(timings.build.result as ObservationTable, list);
    for (const timing of Object.values(timings)) timing.result = null;
    return { fromObjects: timings, objectRows, built };
  };
  const { fromObjects, objectRows, built } = await round1(observations);
  // Round 2, as a columnar user holds the data: the objects dropped, only the tables and DuckDB's columns.
  observations = null;
  console.log(`  heap in use for round 2 (the objects dropped): ${(bytesUsed() / 2 ** 20).toFixed(0)} MiB`);
  // Each candidate drops its result (no round's result is alive, and collected, in another's time); the results are checked after the race.
  const results = await race(
    {
      table: () => void aggregate(table, options),
      tableLazy: () => void aggregate(table, { ...options, rows: "lazy" }),
      shuffledTable: () => void aggregate(mixedTable, options),
      duckdb: async () => void (await connection.run(sql)),
      duckdbRows: async () => void (await connection.runAndReadAll(sql)).getRows(),
    },
    5,
    2,
  );

  // Every result checked: the table's rows (sorted and shuffled) are the object path's; DuckDB's sums are fazhi's; the table built reads back as the objects.
  const tableRows = aggregate(table, options);
  const sameRows = plain(tableRows) === objectRows;
  const sameShuffled = plain(aggregate(mixedTable, options)) === objectRows;
  const duckRows = (await connection.runAndReadAll(sql)).getRows() as unknown[][];
  const duckSums = new Map(duckRows.map((r) => [`${r[0]}|${r[1]}|${r[2]}`, String(r[3])]));
  let summed = 0;
  let equal = 0;
  for (const row of tableRows) {
    if (row.sum === null) continue;
    summed++;
    const duck = duckSums.get(`${row.key["indicator"]}|${row.key["year"]}|${row.key["prefecture"]}`);
    if (duck !== undefined && new Decimal(duck).equals(row.sum.value)) equal++;
  }
  // The rows' allocation floor against DuckDB's query, in a race of its own after the main one (its flat lists
  // are not alive in the main race's rounds).
  const floor = rowsFloor(tableRows, by);
  const sameFloor = plain(floor.make()) === objectRows;
  const floorRace = await race({ floor: () => void floor.make(), duckdb: async () => void (await connection.run(sql)) }, 5, 2);
  connection.closeSync();
  instance.closeSync();

  const { table: t, tableLazy: tl, shuffledTable: s, duckdb: d, duckdbRows: dr } = results;
  const { objects: o, build: b, arqueroBuild: ab } = fromObjects;
  console.log(`  fazhi aggregate, Observation objects:       ${ms(o)}`);
  console.log(`  observationTable(objects):                  ${ms(b)}`);
  console.log(`  arquero columns from the objects:           ${ms(ab)}`);
  console.log("  (the objects dropped)");
  console.log(`  fazhi aggregate, ObservationTable:          ${ms(t)}, ${tableRows.length} rows`);
  console.log(`  the same, rows: "lazy" (none read):         ${ms(tl)}`);
  console.log(`  fazhi aggregate, same table shuffled:       ${ms(s)}`);
  console.log(`  DuckDB SUM(DECIMAL(38,4)) GROUP BY, query:  ${ms(d)}, ${duckRows.length} rows`);
  console.log(`  DuckDB, query and rows read into JS:        ${ms(dr)}`);
  console.log(`  checks: table rows = object rows ${sameRows}, shuffled = object rows ${sameShuffled}, ${equal} of ${summed} sums = DuckDB's, table reads back as the objects ${built}, the floor's rows = object rows ${sameFloor}`);
  console.log(
    `  (a) table / DuckDB query ${ratio(t.wall, d.wall)} wall, ${ratio(t.cpu, d.cpu)} CPU (goal ≤ 1: ${verdict(t.wall <= d.wall)}); / DuckDB with rows read into JS ${ratio(t.wall, dr.wall)} wall, ${ratio(t.cpu, dr.cpu)} CPU; table / objects ${ratio(t.wall, o.wall)} wall (different rounds)`,
  );
  const { floor: fl, duckdb: fd } = floorRace;
  console.log(
    `      the rows' allocation floor (the same ${tableRows.length} rows made again from flat lists of their values: no column read, no grouping, no arithmetic): ${ms(fl)}; / DuckDB query ${ratio(fl.wall, fd.wall)} wall, ${ratio(fl.cpu, fd.cpu)} CPU (DuckDB ${fd.wall.toFixed(0)} ms in that race); table / floor ${ratio(t.wall, fl.wall)} wall`,
  );
  console.log(`      rows: "lazy", none read / DuckDB query ${ratio(tl.wall, d.wall)} wall, ${ratio(tl.cpu, d.cpu)} CPU (goal ≤ 1: ${verdict(tl.wall <= d.wall)})`);
  const faultMicros = await pageFaultCost();
  const faultShare = (x: Timing) => faultsWithTime(x.faults, x.wall, faultMicros);
  console.log(
    `      page faults in the fastest round, at ${faultMicros.toFixed(1)} µs each (a fresh 64 MiB buffer touched, now): lazy ${faultShare(tl)}, DuckDB query ${faultShare(d)}, table ${faultShare(t)}, the rows' floor ${faultShare(fl)}`,
  );
  console.log(`  (b) build / arquero columns ${ratio(b.wall, ab.wall)} wall, ${ratio(b.cpu, ab.cpu)} CPU (goal ≤ 1: ${verdict(b.wall <= ab.wall)})`);
  console.log(`  (c) ${held.toFixed(1)} bytes held per observation (goal ≤ 40: ${verdict(held <= 40)})`);
  console.log(`  (d) shuffled / sorted ${ratio(s.wall, t.wall)} wall, ${ratio(s.cpu, t.cpu)} CPU (goal ≤ 1.3: ${verdict(s.wall <= 1.3 * t.wall)})`);

  // (e) ns per row at 100 k, 1 M and 4.2 M rows: each table checked once against the object path, then timed interleaved.
  // Each size has the same shape, about 8.9 figures per group, so that time per row compares like with like: the
  // 100 k rows are the agencies of every 11th prefecture (31 prefectures, 280 agencies, 98,000 rows). The
  // first 286 agencies, used before 2026-12-01, are the districts of Beijing, Tianjin and Hebei's first
  // cities: 13.6 figures per group, so 1.5× fewer rows to make per figure, which made 100 k look cheaper per row.
  const prefectureCodes = [...new Set(agencies.map((a) => a.divisionCode.slice(0, 4)))];
  const everyEleventh = new Set(prefectureCodes.filter((_, k) => k % 11 === 0));
  const sizes = [
    { name: "100k", agencies: agencies.filter((a) => everyEleventh.has(a.divisionCode.slice(0, 4))), years },
    { name: "1M", agencies, years },
    { name: "4M", agencies, years: Array.from({ length: 28 }, (_, k) => 1995 + k) },
  ];
  const tables: Record<string, ObservationTable> = {};
  const checks: string[] = [];
  const groups: string[] = [];
  for (const size of sizes) {
    let sizeList: Observation[] | null = benchObservations(size.agencies, size.years);
    const sized = observationTable(sizeList);
    const opts = { by: [...by], agencies: size.agencies };
    const rows = aggregate(sized, opts);
    checks.push(`${size.name} ${plain(rows) === plain(aggregate(sizeList, opts))}`);
    groups.push(`${size.name} ${rows.length.toLocaleString("en-US")} (${(sized.length / rows.length).toFixed(1)} figures each)`);
    sizeList = null;
    tables[size.name] = sized;
  }
  // Each size with plain rows (the rows made, ~0.7 KB each: their memory is much of the time) and lazy rows
  // (none read: the grouping alone), in two races: a lazy round that came right after the plain rows of
  // 4.2 M (336 MB) were collected ran with the collector still busy on the other core (CPU 1.8× its wall
  // time) and took twice as long.
  const sizeRace = (suffix: string, rows: "plain" | "lazy") =>
    race(
      Object.fromEntries(
        sizes.map((size): [string, () => void] => {
          const opts = { by: [...by], agencies: size.agencies, rows };
          const sized = tables[size.name] as ObservationTable;
          return [`${size.name}${suffix}`, (): void => void aggregate(sized, opts)];
        }),
      ),
      5,
      2,
    );
  const scaling = { ...(await sizeRace("", "plain")), ...(await sizeRace(" lazy", "lazy")) };
  type PerRow = { name: string; rows: number; ns: number; cpu: number; faults: number };
  const perRow = (suffix: string): PerRow[] =>
    sizes.map((size) => {
      const rows = (tables[size.name] as ObservationTable).length;
      const timing = scaling[`${size.name}${suffix}`] as Timing;
      return { name: size.name, rows, ns: (timing.wall * 1e6) / rows, cpu: (timing.cpu * 1e6) / rows, faults: timing.faults };
    });
  const line = (list: readonly PerRow[]): string =>
    `${list.map((r) => `${r.name} (${r.rows.toLocaleString("en-US")}) ${r.ns.toFixed(0)} wall / ${r.cpu.toFixed(0)} CPU, ${((r.faults * 1e3) / r.rows).toFixed(1)} faults per 1,000 rows`).join("; ")}; 4M / 100k ${ratio(list[2]?.ns ?? 0, list[0]?.ns ?? 1)}`;
  console.log(`  (e) ns per row, plain rows: ${line(perRow(""))} (checked = object path: ${checks.join(", ")})`);
  console.log(`      ns per row, lazy rows (none read): ${line(perRow(" lazy"))}`);
  console.log(`      groups: ${groups.join(", ")}`);
}
