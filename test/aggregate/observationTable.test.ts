import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AggregateOptions,
  type AggregateRow,
  type Dimension,
  type Measure,
  aggregate,
  attributed,
  compositeScore,
  coverage,
  isObservationTable,
  observationTable,
  rollup,
  series,
  tableObservation,
  tableObservations,
  tableValue,
  yearOverYear,
} from "../../src/aggregate/index.js";
import { Decimal, type Observation, Observation as ObservationSchema, indicatorCodes } from "../../src/model/index.js";
import { agencies, allDimensions, anyObservations, obs } from "./helpers.js";

/** A result with every Decimal as its string: equal results have equal forms (the value of −0 aside, which prints as 0). */
function plain(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Decimal ? `D${v.toString()}` : v));
}

/** Every field of an aggregate row, read one by one into a plain object. */
function fieldsOf(row: AggregateRow): AggregateRow {
  const { key, unit, observations, agencies, missingAgencies, sum, count, min, max, mean, rate, statedRates, notes } = row;
  return { key, unit, observations, agencies, missingAgencies, sum, count, min, max, mean, rate, statedRates, notes };
}

const indicators = [
  "enforcement.penaltyCases",
  "enforcement.fineAmount",
  "litigation.cases",
  "litigation.lost",
  "litigation.lossRate",
  "enforcement.officers",
  "enforcement.certifiedOfficers",
  "enforcement.certificationRate",
  "litigation.judgmentComplianceRate",
] as const;

/** Values that stress the scaled path: many decimals, sums past 2⁵³ at scale 10⁴, −0, negatives. */
const value = fc.oneof(
  fc.integer({ min: -5, max: 5000 }).map((n) => new Decimal(n)),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 })).map(([d, s]) => new Decimal(`${d}e-${s}`)),
  fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 25n }), fc.integer({ min: 5, max: 20 })).map(([d, s]) => new Decimal(`${d}e-${s}`)),
  fc.constantFrom("900719925474.0991", "900719925474.0992", "-900719925474.0991", "1e15", "123456789012345678901234567890.5", "-0", "0.00001").map((s) => new Decimal(s)),
);

/** Observations that meet in groups: few agencies (some unknown), years, indicators with their components, every qualifier, modality and attribution. */
const observations = fc
  .array(
    fc.record({
      agency: fc.constantFrom(...agencies.map((a) => a.id), "unknown-a", "unknown-b"),
      indicator: fc.constantFrom(...indicators),
      period: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 2019, max: 2022 }) },
        { weight: 1, arbitrary: fc.constant({ from: "2020-01-01", to: "2021-12-31" }) },
      ),
      value,
      unit: fc.constantFrom("件", "起", "元", "%", "人"),
      qualifier: fc.constantFrom("exact", "exact", "exact", "approx", "atLeast", "atMost" as const),
      modality: fc.constantFrom("actual", "actual", "actual", "target" as const),
      attribution: fc.constantFrom("own", "own", "own", "onBehalfOf", "joint" as const),
    }),
    { maxLength: 60 },
  )
  .chain((list) =>
    // Duplicates: some figures given twice.
    fc.subarray(list).map((again) => [...list, ...again]),
  )
  .map((list) =>
    list.map(
      (r): Observation => ({
        agency: r.agency,
        indicator: r.indicator,
        period: r.period,
        quantity: { value: r.value, unit: r.indicator.endsWith("Rate") && r.unit !== "件" ? "%" : r.unit, qualifier: r.qualifier },
        modality: r.modality,
        attribution: r.attribution,
      }),
    ),
  );

const options = fc.record({
  by: fc.subarray(allDimensions, { maxLength: 4 }).chain((dims) => fc.shuffledSubarray(dims, { minLength: dims.length, maxLength: dims.length })),
  measures: fc.subarray(["sum", "count", "min", "max", "mean"] as Measure[], { minLength: 1 }),
  modality: fc.constantFrom("actual", "target", "all" as const),
  includeJoint: fc.boolean(),
  rateMethod: fc.constantFrom(undefined, "unweightedMean" as const),
  described: fc.boolean(),
});

interface Drawn {
  by: Dimension[];
  measures: Measure[];
  modality: "actual" | "target" | "all";
  includeJoint: boolean;
  rateMethod: "unweightedMean" | undefined;
  described: boolean;
}

function aggregateOptions(o: Drawn): AggregateOptions {
  return {
    by: o.by,
    measures: o.measures,
    modality: o.modality,
    includeJoint: o.includeJoint,
    ...(o.rateMethod === undefined ? {} : { rateMethod: o.rateMethod }),
    ...(o.described ? { agencies } : {}),
  };
}

describe("observationTable", () => {
  it("holds every observation: each row reads back as the observation it was built from", () => {
    fc.assert(
      fc.property(observations, (list) => {
        const table = observationTable(list);
        expect(isObservationTable(table)).toBe(true);
        expect(table.length).toBe(list.length);
        const back = tableObservations(table);
        for (let i = 0; i < list.length; i++) {
          const o = list[i] as Observation;
          const row = back[i] as Observation;
          expect(row.quantity.value.equals(o.quantity.value)).toBe(true);
          expect(row.quantity.value.isNegative()).toBe(o.quantity.value.isNegative());
          expect({ ...row, quantity: { ...row.quantity, value: null } }).toEqual({ ...o, quantity: { ...o.quantity, value: null } });
        }
      }),
    );
  });

  it("keeps values exactly: at scale 10⁴ when they fit, as their Decimal when they do not", () => {
    const list = ["1.5", "0.0001", "0.00001", "900719925474.0991", "900719925474.0992", "-0", "123456789012345678901234567890.5", "-3"].map((v) => obs("daowai", "enforcement.fineAmount", v));
    const table = observationTable(list);
    expect([...table.value].map((v) => (Number.isNaN(v) ? "NaN" : String(v)))).toEqual(["15000", "1", "NaN", "9007199254740991", "NaN", "NaN", "NaN", "-30000"]);
    expect([...table.exact.keys()]).toEqual([2, 4, 5, 6]);
    expect(list.map((_, i) => tableValue(table, i).toString())).toEqual(["1.5", "0.0001", "0.00001", "900719925474.0991", "900719925474.0992", "0", "123456789012345678901234567890.5", "-3"]);
    expect(tableValue(table, 5).isNegative()).toBe(true);
    expect(() => tableValue(table, 8)).toThrow(RangeError);
  });

  it("encodes dimensions as dictionaries in typed arrays, in the order first seen", () => {
    const table = observationTable([
      obs("daowai", "enforcement.penaltyCases", 3, { year: 2020 }),
      obs("daoli", "enforcement.penaltyCases", 4, { year: 2021, qualifier: "atLeast" }),
      obs("daowai", "enforcement.fineAmount", 5, { period: { from: "2020-01-01", to: "2021-12-31" }, modality: "target", attribution: "joint" }),
    ]);
    expect(table.agencies).toEqual(["daowai", "daoli"]);
    expect([...table.agency]).toEqual([0, 1, 0]);
    expect(table.indicators).toEqual(["enforcement.penaltyCases", "enforcement.fineAmount"]);
    expect([...table.indicator]).toEqual([0, 0, 1]);
    expect(table.periods).toEqual([2020, 2021, { from: "2020-01-01", to: "2021-12-31" }]);
    expect(table.units).toEqual(["件", "元"]);
    expect([...table.qualifier]).toEqual([0, 2, 0]);
    expect([...table.modality]).toEqual([0, 0, 1]);
    expect([...table.attribution]).toEqual([0, 0, 2]);
    expect(table.agency).toBeInstanceOf(Int32Array);
    expect(table.value).toBeInstanceOf(Float64Array);
  });

  it("keeps sources, and reads the JSON form of observations exactly", () => {
    const source = { document: "d.txt", span: { start: 1, end: 5 }, quote: "罚款121万元" };
    const json = { ...obs("daowai", "enforcement.fineAmount", 0), quantity: { value: "1210000.123456", unit: "元", qualifier: "exact" }, source };
    const table = observationTable([json as unknown as Observation]);
    expect(tableObservation(table, 0)).toEqual(ObservationSchema.parse(json));
    expect(table.sources.get(0)).toEqual(source);
  });

  it("refuses what the Observation schema refuses, naming the figure", () => {
    const bad = { ...obs("daowai", "enforcement.fineAmount", 1), quantity: { value: 0.1, unit: "元", qualifier: "exact" } };
    expect(() => observationTable([bad as unknown as Observation])).toThrow(/observationTable: observations\[0\]/);
    expect(() => observationTable("x" as unknown as Observation[])).toThrow(TypeError);
  });
});

describe("the analyses on an ObservationTable", () => {
  it("aggregate gives the same rows as on the observations (property)", () => {
    fc.assert(
      fc.property(observations, options, (list, o) => {
        const opts = aggregateOptions(o);
        const fromObjects = aggregate(list, opts);
        const fromTable = aggregate(observationTable(list), opts);
        expect(plain(fromTable)).toBe(plain(fromObjects));
      }),
      { numRuns: 300 },
    );
  });

  it("aggregate gives the same rows on any valid observations (the model's own arbitraries)", () => {
    fc.assert(
      fc.property(anyObservations, fc.subarray(allDimensions, { maxLength: 3 }), (list, by) => {
        const opts: AggregateOptions = { by, measures: ["sum", "count", "min", "max", "mean"], modality: "all", includeJoint: true };
        expect(plain(aggregate(observationTable(list), opts))).toBe(plain(aggregate(list, opts)));
      }),
      { numRuns: 100 },
    );
  });

  it("aggregate's rows are deep-equal too, on figures without −0", () => {
    const list = [
      obs("daowai", "enforcement.fineAmount", "1210000", { year: 2020 }),
      obs("daowai", "enforcement.fineAmount", "1400000", { year: 2021, qualifier: "atLeast" }),
      obs("daoli", "enforcement.fineAmount", "12.34567", { year: 2021, qualifier: "approx" }),
      obs("daoli", "litigation.cases", "20"),
      obs("daoli", "litigation.lost", "3"),
      obs("daowai", "litigation.lossRate", "12.5"),
      obs("hrb", "enforcement.penaltyCases", "900719925474.0991"),
      obs("hrb", "enforcement.penaltyCases", "1", { unit: "起" }),
    ];
    for (const by of [["indicator", "year", "prefecture"], ["indicator"], [], ["agency", "period", "area"]] as Dimension[][]) {
      const opts: AggregateOptions = { by, agencies, measures: ["sum", "count", "min", "max", "mean"] };
      const objects = aggregate(list, opts);
      // By default a table's rows are plain objects, equal to the object path's however they are read.
      const plainRows = aggregate(observationTable(list), opts);
      expect(plainRows).toEqual(objects);
      expect(plainRows.map((row) => ({ ...row }))).toEqual(objects);
      // rows: "lazy": every field, read as a caller reads it; and the row's plain form (what JSON.stringify writes).
      const rows = aggregate(observationTable(list), { ...opts, rows: "lazy" });
      expect(rows.map(fieldsOf)).toEqual(objects);
      expect(rows.map((row) => (row as { toJSON?: () => AggregateRow }).toJSON?.() ?? row)).toEqual(objects);
      expect(JSON.stringify(rows)).toBe(JSON.stringify(objects));
      // Read again, a field is the same object: each row is made once.
      for (const row of rows) expect(row.agencies).toBe(row.agencies);
    }
  });

  it("gives component rates as the object path does: onto the rate's own group, in a row of their own, none over a zero denominator, per agency when the agencies differ", () => {
    const list = [
      // 2020: the rate stated too (its own group); 2021: no stated rate (a row of its own); 2019: zero cases.
      obs("daowai", "litigation.cases", "20", { year: 2020 }),
      obs("daowai", "litigation.lost", "3", { year: 2020 }),
      obs("daowai", "litigation.lossRate", "15", { year: 2020 }),
      obs("daoli", "litigation.cases", "30", { year: 2021 }),
      obs("daoli", "litigation.lost", "4.5", { year: 2021, qualifier: "atLeast" }),
      obs("daoli", "litigation.cases", "0", { year: 2019 }),
      obs("daoli", "litigation.lost", "0", { year: 2019 }),
      // Agencies that differ: only daowai gave both components of the certification rate.
      obs("daowai", "enforcement.officers", "40"),
      obs("daowai", "enforcement.certifiedOfficers", "38"),
      obs("daoli", "enforcement.officers", "10"),
    ];
    // The same with the certification rate stated (its own group): its rate, made with its row, still per agency.
    const stated = [...list, obs("daoli", "enforcement.certificationRate", "90"), obs("daoli", "litigation.lossRate", "15", { year: 2021 })];
    for (const by of [["indicator", "year", "prefecture"], ["indicator", "year"], ["year", "indicator", "area"]] as Dimension[][]) {
      for (const figures of [list, stated]) {
        const opts: AggregateOptions = { by, agencies, measures: ["sum", "count", "mean"] };
        const objects = aggregate(figures, opts);
        const table = observationTable(figures);
        const rows = aggregate(table, opts);
        expect(rows.map(fieldsOf)).toEqual(objects);
        expect(plain(rows)).toBe(plain(objects));
        expect(plain(aggregate(table, { ...opts, rows: "lazy" }))).toBe(plain(objects));
      }
    }
    const certification = aggregate(observationTable(stated), { by: ["indicator"] }).find((r) => r.key["indicator"] === "enforcement.certificationRate");
    expect([certification?.rate?.value.toString(), certification?.rate?.agencies]).toEqual(["95", 1]);
    // Without the figures whose agencies differ, the rates come from the grouping's keys (no second pass).
    const same = list.slice(0, 7);
    const rows = aggregate(observationTable(same), { by: ["indicator", "year"] });
    expect(rows.map(fieldsOf)).toEqual(aggregate(same, { by: ["indicator", "year"] }));
    expect(rows.filter((r) => r.rate !== null).map((r) => [r.key["year"], r.rate?.value.toString(), r.rate?.numerator?.qualifier])).toEqual([
      [2020, "15", "exact"],
      [2021, "15", "atLeast"],
    ]);
  });

  it("rollup, series, yearOverYear, coverage, compositeScore and attributed give the same results (property)", () => {
    fc.assert(
      fc.property(observations, fc.boolean(), (list, joint) => {
        const table = observationTable(list);
        expect(plain(rollup(table, { agencies, to: "province", includeJoint: joint }))).toBe(plain(rollup(list, { agencies, to: "province", includeJoint: joint })));
        expect(plain(series(table))).toBe(plain(series(list)));
        expect(plain(yearOverYear(table))).toBe(plain(yearOverYear(list)));
        expect(plain(coverage(table, { agencies }))).toBe(plain(coverage(list, { agencies })));
        expect(plain(coverage(table, { period: 2021 }))).toBe(plain(coverage(list, { period: 2021 })));
        expect(coverage(table)).toEqual(coverage(list));
        expect(coverage(table, { period: 2019, indicators: ["litigation.cases", "enforcement.fineAmount"] })).toEqual(coverage(list, { period: 2019, indicators: ["litigation.cases", "enforcement.fineAmount"] }));
        expect(coverage(table, { period: 1990 })).toEqual(coverage(list, { period: 1990 }));
        expect(plain(compositeScore(table, { agencies, peerGroup: ["level"] }))).toBe(plain(compositeScore(list, { agencies, peerGroup: ["level"] })));
        expect(plain(attributed(table, { includeJoint: joint }))).toBe(plain(attributed(list, { includeJoint: joint })));
      }),
      { numRuns: 100 },
    );
  });

  it("groups keys too many for an array of slots (a map of them), in key order", () => {
    // 41 agencies × 41 indicators × 41 years: 68,921 keys for 82 figures.
    const codes = indicatorCodes.slice(0, 41);
    const list = codes.flatMap((code, i) => [
      obs(`a${(i * 7) % 41}`, code, i + 1, { year: 1980 + ((i * 3) % 41) }),
      obs(`a${(i * 7) % 41}`, code, "0.5", { year: 1980 + ((i * 3) % 41), qualifier: "atMost" }),
    ]);
    const opts: AggregateOptions = { by: ["year", "agency", "indicator"], measures: ["sum", "count", "min", "max"] };
    const rows = aggregate(observationTable(list), opts);
    expect(rows).toHaveLength(41);
    expect(plain(rows)).toBe(plain(aggregate(list, opts)));
  });

  it("an empty table gives what no observations give", () => {
    const table = observationTable([]);
    expect(aggregate(table, { by: ["indicator"] })).toEqual(aggregate([], { by: ["indicator"] }));
    expect(aggregate(table, { by: [] })).toEqual(aggregate([], { by: [] }));
    expect(coverage(table)).toEqual(coverage([]));
  });

  it("aggregate checks its options on a table as on observations", () => {
    const table = observationTable([obs("daowai", "enforcement.penaltyCases", 1)]);
    expect(() => aggregate(table, { by: ["city" as Dimension] })).toThrow(RangeError);
  });
});
