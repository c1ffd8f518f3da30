import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  type Observation,
  coverage,
  rollup,
  series,
  targetAttainment,
  yearOverYear,
} from "../../src/index.js";
import { sumEstimate } from "../../src/aggregate/index.js";
import { agencies, obs } from "./helpers.js";

describe("rollup", () => {
  const figures = [
    obs("daowai", "enforcement.penaltyCases", 800),
    obs("daoli", "enforcement.penaltyCases", 150, { qualifier: "atLeast" }),
    obs("hrb", "enforcement.penaltyCases", 20),
    obs("haishu", "enforcement.penaltyCases", 2006),
    obs("hrb-transport", "enforcement.penaltyCases", 152),
    obs("daowai", "litigation.cases", 10),
    obs("daowai", "litigation.lost", 1),
    obs("daoli", "litigation.cases", 30),
    obs("daoli", "litigation.lost", 2),
    obs("daoli", "litigation.lossRate", "6.67"),
    obs("daowai", "mediation.successRate", 98),
  ];

  it("sums counties into their prefecture, per sector, and recomputes rates from components", () => {
    const { observations, agencies: rolled, dropped } = rollup(figures, { agencies, to: "prefecture" });
    const value = (agency: string, indicator: string) =>
      observations.find((o) => o.agency === agency && o.indicator === indicator)?.quantity;
    expect(value("230100:government", "enforcement.penaltyCases")).toEqual({ value: new Decimal(970), unit: "件", qualifier: "atLeast" });
    expect(value("230100:transport", "enforcement.penaltyCases")?.value.toString()).toBe("152");
    expect(value("330200:government", "enforcement.penaltyCases")?.value.toString()).toBe("2006");
    expect(value("230100:government", "litigation.lossRate")?.value.toString()).toBe("7.5");
    expect(rolled.find((a) => a.id === "230100:government")).toMatchObject({ name: "哈尔滨市", level: "prefecture", divisionCode: "230100" });
    expect(dropped.map((d) => [d.observation.indicator, d.reason])).toEqual([
      ["mediation.successRate", "notAdditive"],
      ["litigation.lossRate", "rateRecomputed"],
    ]);
  });

  it("counts a figure reported on another's behalf once", () => {
    const twice = [obs("hrb", "litigation.cases", 3), obs("hrb", "litigation.cases", 3, { attribution: "onBehalfOf" })];
    expect(rollup(twice, { agencies, to: "province" }).observations[0]?.quantity.value.toString()).toBe("3");
  });

  it("drops figures of unknown agencies, with the reason", () => {
    expect(rollup([obs("nobody", "litigation.cases", 3)], { agencies, to: "province" }).dropped[0]?.reason).toBe("unknownAgency");
  });

  it("gives the same province figures rolled up once or twice", () => {
    const countyAgencies = agencies.filter((a) => a.level === "county" || a.level === "prefecture");
    const figure = fc.record({
      agency: fc.constantFrom(...countyAgencies.map((a) => a.id)),
      indicator: fc.constantFrom("enforcement.penaltyCases" as const, "litigation.cases" as const, "litigation.lost" as const),
      value: fc.oneof(fc.nat(100000).map(String), fc.constantFrom("12345678901234567.89", "0.01")),
      qualifier: fc.constantFrom("exact" as const, "atLeast" as const, "approx" as const),
      year: fc.constantFrom(2020, 2021),
    });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 30 }), (rows) => {
        const data: Observation[] = rows.map((r) => obs(r.agency, r.indicator, r.value, { qualifier: r.qualifier, year: r.year }));
        const once = rollup(data, { agencies, to: "province" });
        const prefecture = rollup(data, { agencies, to: "prefecture" });
        const twice = rollup(prefecture.observations, { agencies: prefecture.agencies, to: "province" });
        const normal = (os: readonly Observation[]) =>
          os.map((o) => JSON.stringify(o)).sort();
        expect(normal(twice.observations)).toEqual(normal(once.observations));
      }),
      { numRuns: 200 },
    );
  });
});

describe("change over time", () => {
  const history = [
    obs("a", "enforcement.fineAmount", 1210000, { year: 2020 }),
    obs("a", "enforcement.fineAmount", 1400000, { year: 2021, qualifier: "atLeast" }),
    obs("a", "enforcement.penaltyCases", 152, { year: 2019 }),
    obs("a", "enforcement.penaltyCases", 150, { year: 2020 }),
    obs("a", "enforcement.penaltyCases", 100, { year: 2020 }),
    obs("a", "enforcement.penaltyCases", 240, { year: 2021 }),
    obs("a", "enforcement.penaltyCases", 999, { period: { from: "2020-01-01", to: "2021-12-31" } }),
  ];

  it("builds yearly series, adding up an additive indicator's figures of one year", () => {
    const cases = series(history).find((s) => s.indicator === "enforcement.penaltyCases");
    expect(cases?.points.map((p) => [p.year, p.value.value.toString()])).toEqual([
      [2019, "152"],
      [2020, "250"],
      [2021, "240"],
    ]);
  });

  it("orders series by agency and indicator in code-unit order, the same under any locale", () => {
    const figures = ["道外", "b", "B", "a"].map((id) => obs(id, "enforcement.penaltyCases", 1));
    expect(series(figures).map((s) => s.agency)).toEqual(["B", "a", "b", "道外"]);
  });

  it("gives differences and growth with their bounds", () => {
    const changes = yearOverYear(history);
    const fines = changes.find((c) => c.indicator === "enforcement.fineAmount");
    expect(fines?.difference).toMatchObject({ value: new Decimal(190000), qualifier: "atLeast", lower: new Decimal(190000), upper: null });
    expect(fines?.growth?.toDecimalPlaces(2).toString()).toBe("15.7");
    const cases = changes.filter((c) => c.indicator === "enforcement.penaltyCases").map((c) => [c.year, c.difference.value.toString(), c.difference.qualifier]);
    expect(cases).toEqual([
      [2020, "98", "exact"],
      [2021, "-10", "exact"],
    ]);
  });
});

describe("target attainment", () => {
  it("says met, not met, unknown or no actual, honouring bounds and tolerance", () => {
    const rows = targetAttainment(
      [
        obs("a", "litigation.headAppearanceRate", 100, { modality: "target" }),
        obs("a", "litigation.headAppearanceRate", 80),
        obs("a", "enforcement.trainingHoursPerOfficer", 60, { modality: "target", qualifier: "atLeast", unit: "学时" }),
        obs("a", "enforcement.trainingHoursPerOfficer", 50, { qualifier: "atLeast", unit: "学时" }),
        obs("a", "services.onlineRate", 70, { modality: "target", qualifier: "approx" }),
        obs("a", "services.onlineRate", 72),
        obs("a", "litigation.lossRate", 5, { modality: "target" }),
        obs("a", "litigation.lossRate", 3),
        obs("a", "mediation.successRate", 95, { modality: "target" }),
      ],
      { tolerance: { "services.onlineRate": new Decimal(5) } },
    );
    expect(rows.map((r) => [r.indicator, r.target.comparator, r.status])).toEqual([
      ["litigation.headAppearanceRate", ">=", "notMet"],
      ["enforcement.trainingHoursPerOfficer", ">=", "unknown"],
      ["services.onlineRate", "≈", "met"],
      ["litigation.lossRate", "<=", "met"],
      ["mediation.successRate", ">=", "noActual"],
    ]);
  });
});

describe("coverage", () => {
  it("gives the agencies × indicators matrix and shares", () => {
    const c = coverage(
      [obs("daowai", "enforcement.penaltyCases", 1), obs("daowai", "litigation.cases", 1), obs("daoli", "enforcement.penaltyCases", 2)],
      { agencies: agencies.slice(0, 3) },
    );
    expect(c.indicators).toEqual(["enforcement.penaltyCases", "litigation.cases"]);
    expect(c.counts).toEqual([
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    expect(c.byAgency.map((a) => a.share)).toEqual([1, 0.5, 0]);
    expect(c.byIndicator.map((i) => [i.indicator, i.reported])).toEqual([
      ["enforcement.penaltyCases", 2],
      ["litigation.cases", 1],
    ]);
  });
});

describe("sumEstimate", () => {
  it("adds exact, bounded and approximate parts", () => {
    expect(sumEstimate([{ value: new Decimal(3), qualifier: "exact" }, { value: new Decimal(2), qualifier: "atMost" }])).toEqual({
      value: new Decimal(5),
      qualifier: "atMost",
      lower: new Decimal(3),
      upper: new Decimal(5),
    });
    expect(sumEstimate([{ value: new Decimal(3), qualifier: "atLeast" }, { value: new Decimal(2), qualifier: "atMost" }]).qualifier).toBe("approx");
    expect(sumEstimate([])).toEqual({ value: new Decimal(0), qualifier: "exact", lower: new Decimal(0), upper: new Decimal(0) });
  });
});

describe("change over time counts a figure once", () => {
  it("leaves out a figure reported again on another's behalf, and joint figures", () => {
    const figures = [
      obs("a", "litigation.cases", 3, { year: 2020 }),
      obs("a", "litigation.cases", 3, { year: 2020, attribution: "onBehalfOf" }),
      obs("a", "litigation.cases", 9, { year: 2020, attribution: "joint" }),
    ];
    expect(series(figures)[0]?.points.map((p) => p.value.value.toString())).toEqual(["3"]);
  });
});
