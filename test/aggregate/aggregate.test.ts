import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, aggregate } from "../../src/index.js";
import { aggregateTable, attributed, observationTable } from "../../src/aggregate/index.js";
import type { Estimate } from "../../src/model/estimate.js";
import { observation } from "../../src/testing/index.js";
import { agencies, allDimensions, anyObservations, obs } from "./helpers.js";

describe("aggregate", () => {
  const data = [
    obs("daowai", "enforcement.penaltyCases", 800),
    obs("daoli", "enforcement.penaltyCases", 150),
    obs("haishu", "enforcement.penaltyCases", 2006),
    obs("daowai", "enforcement.fineAmount", 1400000, { qualifier: "atLeast" }),
    obs("daoli", "enforcement.fineAmount", 1210000),
    obs("daowai", "enforcement.penaltyCases", 700, { year: 2020 }),
  ];

  it("groups by indicator, year and prefecture, with contributors and missing agencies", () => {
    const rows = aggregate(data, { by: ["indicator", "year", "prefecture"], agencies });
    const cases = rows.find((r) => r.key["indicator"] === "enforcement.penaltyCases" && r.key["year"] === 2021 && r.key["prefecture"] === "230100");
    expect(cases?.sum).toEqual({ value: new Decimal(950), qualifier: "exact", lower: new Decimal(950), upper: new Decimal(950) });
    expect(cases?.count).toBe(2);
    expect(cases?.agencies).toEqual(["daoli", "daowai"]);
    expect(cases?.missingAgencies).toEqual(["nangang", "hrb", "hrb-transport"]);
    expect(rows.map((r) => r.key)).toEqual([
      { indicator: "enforcement.fineAmount", year: 2021, prefecture: "230100" },
      { indicator: "enforcement.penaltyCases", year: 2020, prefecture: "230100" },
      { indicator: "enforcement.penaltyCases", year: 2021, prefecture: "230100" },
      { indicator: "enforcement.penaltyCases", year: 2021, prefecture: "330200" },
    ]);
  });

  it("carries bounds: a sum with an atLeast part is at least that much; an approx part makes it approximate", () => {
    const fines = aggregate(data, { by: ["indicator", "year"] }).find((r) => r.key["indicator"] === "enforcement.fineAmount");
    expect(fines?.sum).toEqual({ value: new Decimal(2610000), qualifier: "atLeast", lower: new Decimal(2610000), upper: null });
    const approx = aggregate([obs("a", "enforcement.penaltyCases", 5, { qualifier: "approx" }), obs("b", "enforcement.penaltyCases", 5)], { by: ["indicator"] });
    expect(approx[0]?.sum).toMatchObject({ qualifier: "approx", lower: null, upper: null });
    const atMost = aggregate([obs("a", "enforcement.penaltyCases", 5, { qualifier: "atMost" }), obs("b", "enforcement.penaltyCases", 5)], { by: ["indicator"] });
    expect(atMost[0]?.sum).toEqual({ value: new Decimal(10), qualifier: "atMost", lower: new Decimal(5), upper: new Decimal(10) });
  });

  it("computes count, min, max and mean", () => {
    const [row] = aggregate(data.filter((o) => o.indicator === "enforcement.penaltyCases" && o.period === 2021), {
      by: ["indicator"],
      measures: ["count", "min", "max", "mean"],
    });
    expect(row?.count).toBe(3);
    expect(row?.min?.value.toString()).toBe("150");
    expect(row?.max?.value.toString()).toBe("2006");
    // A quotient keeps 50 digits or 30 decimals, whichever is fewer, so that it stays within the model's Decimal range (issue 10).
    expect(row?.mean?.value.toString()).toBe("985.333333333333333333333333333333");
    expect(row?.sum).toBeNull();
  });

  it("gives the least and the greatest figure with the bounds their figures allow, on objects and on a table", () => {
    const extremes = (figures: [number, "exact" | "approx" | "atLeast" | "atMost"][]) => {
      const list = figures.map(([value, qualifier], k) => obs(`a${k}`, "enforcement.penaltyCases", value, { qualifier }));
      const options = { by: ["indicator" as const], measures: ["min" as const, "max" as const] };
      const [row] = aggregate(list, options);
      const [fromTable] = aggregate(observationTable(list), options);
      expect(JSON.stringify(fromTable)).toBe(JSON.stringify(row));
      const show = (e: Estimate) => [e.value.toString(), e.qualifier, e.lower?.toString() ?? null, e.upper?.toString() ?? null];
      return row?.min && row.max ? [show(row.min), show(row.max)] : null;
    };
    // All exact: exact. 140余 and 100: the least is exactly 100, the greatest at least 140.
    expect(extremes([[100, "exact"], [140, "exact"]])).toEqual([["100", "exact", "100", "100"], ["140", "exact", "140", "140"]]);
    expect(extremes([[140, "atLeast"], [100, "exact"]])).toEqual([["100", "exact", "100", "100"], ["140", "atLeast", "140", null]]);
    expect(extremes([[140, "atLeast"]])).toEqual([["140", "atLeast", "140", null], ["140", "atLeast", "140", null]]);
    // 5以下 and 8: the least is at most 5 (and not below 0), the greatest exactly 8.
    expect(extremes([[8, "exact"], [5, "atMost"]])).toEqual([["5", "atMost", "0", "5"], ["8", "exact", "8", "8"]]);
    // 约5 and 8: the least is not known to be 5 (at most 8), the greatest is at least 8.
    expect(extremes([[5, "approx"], [8, "exact"]])).toEqual([["5", "approx", null, "8"], ["8", "atLeast", "8", null]]);
  });

  it("writes the least and the greatest in a table with their qualifiers, not as exact (140余万元)", () => {
    const list = [obs("a", "enforcement.fineAmount", 1400000, { qualifier: "atLeast" })];
    const rows = aggregate(list, { by: ["indicator"], measures: ["sum", "min", "max"] });
    const cells = aggregateTable(rows, { by: ["indicator"] }).rows[0]?.cells;
    for (const measure of ["sum", "min", "max"]) expect(cells?.[measure]).toMatchObject({ kind: "estimate", qualifier: "atLeast", upper: null });
  });

  it("groups by agency attributes and outline area", () => {
    const rows = aggregate(data, { by: ["area", "kind", "level", "province"], agencies });
    expect(rows.map((r) => [r.key["area"], r.key["kind"], r.key["level"], r.key["province"], r.observations])).toEqual([
      ["enforcement", "government", "county", "230000", 5],
      ["enforcement", "government", "county", "330000", 1],
    ]);
  });

  it("computes a ratio indicator as Σnumerator / Σdenominator, never as a mean of rates", () => {
    const rates = [
      obs("daowai", "litigation.cases", 10),
      obs("daowai", "litigation.lost", 1),
      obs("daowai", "litigation.lossRate", 10),
      obs("daoli", "litigation.cases", 30),
      obs("daoli", "litigation.lost", 2),
      obs("daoli", "litigation.lossRate", "6.67"),
      obs("nangang", "litigation.lossRate", 50),
    ];
    const row = aggregate(rates, { by: ["indicator", "prefecture"], agencies }).find((r) => r.key["indicator"] === "litigation.lossRate");
    expect(row?.rate).toMatchObject({ method: "ratioOfSums", value: new Decimal("7.5"), agencies: 2 });
    expect(row?.sum).toBeNull();
  });

  it("keeps rates without components per agency unless a method is named", () => {
    const stated = [obs("daowai", "mediation.successRate", 98), obs("daoli", "mediation.successRate", 90)];
    const [kept] = aggregate(stated, { by: ["indicator"] });
    expect(kept?.rate).toBeNull();
    expect(kept?.notes).toContain("ratesNotAggregated");
    // In agency id order, like the row's contributors.
    expect(kept?.statedRates?.map((r) => [r.agency, r.value.toString()])).toEqual([["daoli", "90"], ["daowai", "98"]]);
    const [mean] = aggregate(stated, { by: ["indicator"], rateMethod: "unweightedMean" });
    expect(mean?.rate).toMatchObject({ method: "unweightedMean", value: new Decimal(94), agencies: 2 });
  });

  it("gives a row to a ratio indicator reported only through its components", () => {
    const rows = aggregate([obs("a", "litigation.cases", 4), obs("a", "litigation.lost", 1)], { by: ["indicator"] });
    expect(rows.find((r) => r.key["indicator"] === "litigation.lossRate")?.rate?.value.toString()).toBe("25");
  });

  it("does not add units that differ", () => {
    const [row] = aggregate([obs("a", "enforcement.penaltyCases", 1), obs("a", "enforcement.fineAmount", 5)], { by: ["year"] });
    expect(row?.unit).toBeNull();
    expect(row?.sum).toBeNull();
    expect(row?.notes).toContain("mixedUnits");
  });

  it("counts a figure once: joint figures out unless asked, figures on another's behalf not twice", () => {
    const figures = [
      obs("hrb", "litigation.cases", 3),
      obs("hrb", "litigation.cases", 3, { attribution: "onBehalfOf" }),
      obs("hrb", "litigation.cases", 1, { attribution: "onBehalfOf" }),
      obs("hrb", "enforcement.fineAmount", 7210000, { attribution: "joint" }),
    ];
    expect(attributed(figures).map((o) => o.quantity.value.toString())).toEqual(["3", "1"]);
    const rows = aggregate(figures, { by: ["indicator"] });
    expect(rows.map((r) => [r.key["indicator"], r.sum?.value.toString()])).toEqual([["litigation.cases", "4"]]);
    expect(aggregate(figures, { by: ["indicator"], includeJoint: true })).toHaveLength(2);
  });

  it("reads targets only when asked", () => {
    const figures = [obs("a", "enforcement.penaltyCases", 5), obs("a", "enforcement.penaltyCases", 9, { modality: "target" })];
    expect(aggregate(figures, { by: ["indicator"] })[0]?.sum?.value.toString()).toBe("5");
    expect(aggregate(figures, { by: ["indicator"], modality: "target" })[0]?.sum?.value.toString()).toBe("9");
    expect(aggregate(figures, { by: ["indicator"], modality: "all" })[0]?.sum?.value.toString()).toBe("14");
  });
});

describe("exact sums", () => {
  const value = fc.oneof(
    fc.constantFrom("12345678901234567.89", "0.01", "0.1", "0.0001", "0.00001", "-3.5", "9007199254740991", "1e-20"),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`),
    fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map((n) => `${n}.${String(n % 1000n < 0n ? -(n % 1000n) : n % 1000n).padStart(3, "0")}`),
  );
  const sumOf = (values: string[]) => values.reduce((acc, v) => acc.plus(v), new Decimal(0));
  const total = (values: string[]) =>
    aggregate(
      values.map((v, i) => obs(`a${i % 7}`, "enforcement.fineAmount", v)),
      { by: ["indicator"] },
    )[0]?.sum?.value ?? new Decimal(0);

  it("equal the Decimal sum, whatever the values (the scaled-integer fast path included)", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (values) => {
        expect(total(values).equals(sumOf(values))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("do not depend on order or on how the input is split", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 40 }), fc.nat(), (values, cut) => {
        const shuffled = [...values].reverse();
        expect(total(shuffled).equals(total(values))).toBe(true);
        const at = 1 + (cut % (values.length - 1));
        expect(total(values.slice(0, at)).plus(total(values.slice(at))).equals(total(values))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("aggregate with case counts in different words", () => {
  it("adds 件 and 起 of one indicator in the indicator's unit", () => {
    const [row] = aggregate([obs("a", "litigation.cases", 3, { unit: "起" }), obs("b", "litigation.cases", 2, { unit: "件" })], { by: ["indicator"] });
    expect([row?.unit, row?.sum?.value.toString()]).toEqual(["件", "5"]);
  });
});

describe("rates from components reported by different agencies", () => {
  it("count only the agencies that reported both", () => {
    const rows = aggregate(
      [obs("a", "litigation.cases", 10), obs("a", "litigation.lost", 1), obs("b", "litigation.lost", 5), obs("c", "litigation.cases", 30)],
      { by: ["indicator"] },
    );
    expect(rows.find((r) => r.key["indicator"] === "litigation.lossRate")?.rate).toMatchObject({ value: new Decimal(10), agencies: 1 });
  });

  it("give the same rate from the rows when every agency reported both", () => {
    const rows = aggregate(
      [obs("a", "litigation.cases", 10), obs("a", "litigation.lost", 1, { qualifier: "atLeast" }), obs("b", "litigation.cases", 30), obs("b", "litigation.lost", 2)],
      { by: ["indicator"] },
    );
    expect(rows.find((r) => r.key["indicator"] === "litigation.lossRate")?.rate).toMatchObject({
      value: new Decimal("7.5"),
      agencies: 2,
      numerator: { value: new Decimal(3), qualifier: "atLeast" },
    });
  });
});

describe("aggregate on any observations", () => {
  it("never throws and accounts for every counted figure once", () => {
    fc.assert(
      fc.property(anyObservations, fc.subarray(allDimensions, { minLength: 0, maxLength: 4 }), (observations, by) => {
        const rows = aggregate(observations, { by, agencies, measures: ["sum", "count", "min", "max", "mean"] });
        const counted = attributed(observations).filter((o) => o.modality === "actual").length;
        expect(rows.reduce((n, r) => n + r.observations, 0)).toBe(counted);
      }),
      { numRuns: 300 },
    );
  });
});

describe("aggregate with units of one measure from different indicators", () => {
  it("settles the row's unit the same way whatever order the figures come in", () => {
    const cases = [obs("a", "litigation.cases", 3, { unit: "起" }), obs("b", "reconsideration.cases", 2, { unit: "件" })];
    for (const figures of [cases, [...cases].reverse()]) {
      expect(aggregate(figures, { by: ["year"] }).map((r) => [r.unit, r.sum?.value.toString()])).toEqual([["件", "5"]]);
    }
    // 起 and 件 are cases, 件 and 份 documents: the three together are no one measure, in any order.
    const three = [...cases, obs("c", "normative.documentsIssued", 4, { unit: "份" })];
    for (const figures of [three, [...three].reverse(), [three[2], three[0], three[1]].flatMap((o) => (o ? [o] : []))]) {
      expect(aggregate(figures, { by: ["year"] }).map((r) => [r.unit, r.sum, r.notes])).toEqual([[null, null, ["mixedUnits"]]]);
    }
  });
});

describe("aggregate with counts of different things", () => {
  it("does not add vehicles seized (台) to coercive measures (次)", () => {
    const [row] = aggregate([obs("a", "enforcement.coerciveMeasures", 123, { unit: "台" }), obs("b", "enforcement.coerciveMeasures", 1, { unit: "次" })], {
      by: ["indicator"],
    });
    expect(row?.sum).toBeNull();
    expect(row?.notes).toContain("mixedUnits");
  });
});

describe("aggregate and the order of its input", () => {
  it("gives the same rows, in key order with contributors in id order, however the figures come", () => {
    fc.assert(
      fc.property(
        anyObservations,
        fc.subarray(allDimensions, { minLength: 1, maxLength: 3 }),
        fc.func(fc.integer()),
        (observations, by, rank) => {
          const shuffled = observations.map((o, i) => ({ o, r: rank(i) })).sort((a, b) => a.r - b.r).map((x) => x.o);
          const rows = aggregate(observations, { by, agencies, measures: ["sum", "count", "min", "max", "mean"] });
          expect(aggregate(shuffled, { by, agencies, measures: ["sum", "count", "min", "max", "mean"] })).toEqual(rows);
          for (const row of rows) expect(row.agencies).toEqual([...row.agencies].sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("lists many contributors in id order and the expected agencies missing, from a group of more than 32", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `county-${String(i).padStart(2, "0")}`,
      name: `第${i}区人民政府`,
      kind: "government" as const,
      level: "county" as const,
      sector: null,
      divisionCode: "230104",
    }));
    // Figures from 38 of the 40, in reverse id order.
    const figures = many
      .slice(2)
      .reverse()
      .map((a) => obs(a.id, "enforcement.penaltyCases", 1));
    const [row] = aggregate(figures, { by: ["indicator", "prefecture"], agencies: many });
    expect(row?.agencies).toEqual(many.slice(2).map((a) => a.id));
    expect(row?.missingAgencies).toEqual(["county-00", "county-01"]);
    expect(row?.sum?.value.toString()).toBe("38");
  });
});

describe("aggregate options it does not know", () => {
  it("are refused with a RangeError that names them, not grouped by nothing", () => {
    const data = [obs("daowai", "enforcement.penaltyCases", 1)];
    const untyped = (options: object) => aggregate(data, options as Parameters<typeof aggregate>[1]);
    expect(() => untyped({ by: ["prefectur"] })).toThrow(/aggregate: unknown dimension "prefectur"; expected one of indicator, year, period/);
    expect(() => untyped({ by: ["indicator"], measures: ["total"] })).toThrow(/unknown measure "total"/);
    expect(() => untyped({ by: ["indicator"], modality: "planned" })).toThrow(/unknown modality "planned"; expected one of actual, target, all/);
    expect(() => untyped({ by: ["indicator"], rateMethod: "mean" })).toThrow(/unknown rateMethod "mean"/);
    expect(() => untyped({ by: [7] })).toThrow(RangeError);
    expect(() => untyped({ by: ["indicator"], rows: "view" })).toThrow(/unknown rows "view"; expected one of plain, lazy/);
  });
});

describe("aggregate notes figures that make no sense on the row that used them", () => {
  it("a negative count", () => {
    const [row] = aggregate([obs("daowai", "enforcement.penaltyCases", -3), obs("daoli", "enforcement.penaltyCases", 10)], { by: ["indicator"], agencies });
    expect(row?.notes).toEqual(["negativeCount"]);
    expect(row?.sum?.value.toString()).toBe("7");
  });

  it("a fine given in %", () => {
    const [row] = aggregate([obs("daowai", "enforcement.fineAmount", 12, { unit: "%" })], { by: ["indicator"], agencies });
    expect(row?.notes).toContain("unitMismatch");
  });

  it("the same figure of an agency twice, and not two different figures of one agency", () => {
    const twice = [obs("daowai", "enforcement.penaltyCases", 5), obs("daowai", "enforcement.penaltyCases", 5), obs("daoli", "enforcement.penaltyCases", 5)];
    expect(aggregate(twice, { by: ["indicator"] })[0]?.notes).toEqual(["duplicate"]);
    const years = [obs("daowai", "enforcement.penaltyCases", 5, { year: 2020 }), obs("daowai", "enforcement.penaltyCases", 5, { year: 2021 })];
    expect(aggregate(years, { by: ["indicator"] })[0]?.notes).toEqual([]);
    // Grouped by year, the duplicate is on its own row only.
    const rows = aggregate([...years, obs("daowai", "enforcement.penaltyCases", 5, { year: 2021 })], { by: ["indicator", "year"] });
    expect(rows.map((r) => [r.key["year"], r.notes])).toEqual([
      [2020, []],
      [2021, ["duplicate"]],
    ]);
  });

  it("nothing on sound figures, in whatever order they come", () => {
    const figures = [obs("daowai", "enforcement.penaltyCases", 5), obs("daoli", "enforcement.penaltyCases", 7, { unit: "起" })];
    expect(aggregate(figures, { by: ["indicator"] })[0]?.notes).toEqual([]);
    expect(aggregate([...figures].reverse(), { by: ["indicator"] })[0]?.notes).toEqual([]);
  });
});

describe("aggregate and the periods of its input", () => {
  it("refuses a period that is no calendar range, by name", () => {
    const figure = observation({ period: { from: "2021-02-30", to: "2021-12-31" } as never });
    expect(() => aggregate([figure], { by: ["indicator"] })).toThrow(/observations\[0\]\.period/);
    const backwards = observation({ period: { from: "2021-12-31", to: "2021-01-01" } as never });
    expect(() => aggregate([backwards], { by: ["indicator"] })).toThrow(/ends before it starts/);
  });
});
