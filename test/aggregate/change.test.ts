import { describe, expect, it } from "vitest";
import { series, yearOverYear } from "../../src/aggregate/change.js";
import { Decimal } from "../../src/model/decimal.js";
import { obs } from "./helpers.js";

describe("series", () => {
  it("adds up an additive indicator's figures of one year, in year order, leaving targets and date ranges out", () => {
    const s = series([
      obs("a", "enforcement.penaltyCases", 5, { year: 2021 }),
      obs("a", "enforcement.penaltyCases", 2, { year: 2020 }),
      obs("a", "enforcement.penaltyCases", 3, { year: 2021 }),
      obs("a", "enforcement.penaltyCases", 99, { year: 2019, modality: "target" }),
      obs("a", "enforcement.penaltyCases", 99, { period: { from: "2021-01-01", to: "2021-06-30" } }),
    ]);
    expect(s).toHaveLength(1);
    expect(s[0]?.points.map((p) => [p.year, p.value.value.toString()])).toEqual([
      [2020, "2"],
      [2021, "8"],
    ]);
  });

  it("leaves out a year with two figures of a rate (ambiguous), and orders series by agency then indicator", () => {
    const s = series([
      obs("b", "services.onlineRate", 80, { year: 2020 }),
      obs("b", "services.onlineRate", 90, { year: 2021 }),
      obs("b", "services.onlineRate", 95, { year: 2021 }),
      obs("a", "services.onlineRate", 70),
      obs("a", "enforcement.penaltyCases", 1),
    ]);
    expect(s.map((x) => `${x.agency} ${x.indicator}`)).toEqual(["a enforcement.penaltyCases", "a services.onlineRate", "b services.onlineRate"]);
    expect(s[2]?.points.map((p) => p.year)).toEqual([2020]);
  });

  it("refuses what is not observations", () => {
    expect(() => series("x" as never)).toThrow(TypeError);
  });
});

describe("yearOverYear", () => {
  it("gives the difference and growth of consecutive years only", () => {
    const rows = yearOverYear([
      obs("a", "enforcement.penaltyCases", 140, { year: 2020 }),
      obs("a", "enforcement.penaltyCases", 152, { year: 2021 }),
      obs("a", "enforcement.penaltyCases", 10, { year: 2023 }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.year).toBe(2021);
    expect(rows[0]?.previous.value.toString()).toBe("140");
    expect(rows[0]?.difference.value.toString()).toBe("12");
    expect(rows[0]?.growth?.toFixed(1)).toBe("8.6");
  });

  it("has no growth from zero, and carries a bound into the difference", () => {
    const zero = yearOverYear([obs("a", "enforcement.penaltyCases", 0, { year: 2020 }), obs("a", "enforcement.penaltyCases", 3, { year: 2021 })]);
    expect(zero[0]?.growth).toBeNull();
    const bound = yearOverYear([obs("a", "enforcement.penaltyCases", 121, { year: 2020 }), obs("a", "enforcement.penaltyCases", 140, { year: 2021, qualifier: "atLeast" })]);
    expect(bound[0]?.difference.lower?.toString()).toBe("19");
    expect(bound[0]?.difference.upper).toBeNull();
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

describe("units in series and yearOverYear", () => {
  it("never adds or compares figures in units that measure different things (121 万元 against 0 元 is no −100 %)", () => {
    const figures = [
      obs("a", "enforcement.fineAmount", 121, { year: 2020, unit: "万元" }),
      obs("a", "enforcement.fineAmount", 0, { year: 2021 }),
      obs("a", "enforcement.fineAmount", 5, { year: 2022 }),
      obs("a", "enforcement.fineAmount", 7, { year: 2022, unit: "%" }),
    ];
    const s = series(figures);
    // 2022's two figures are in 元 and %: no sum, as aggregate gives none (mixedUnits).
    expect(s[0]?.points.map((p) => [p.year, p.unit, p.value.value.toString()])).toEqual([
      [2020, "万元", "121"],
      [2021, "元", "0"],
    ]);
    expect(yearOverYear(figures)).toEqual([]);
  });

  it("adds and compares units that measure the same, in the indicator's unit", () => {
    const figures = [
      obs("a", "enforcement.penaltyCases", 10, { year: 2020, unit: "起" }),
      obs("a", "enforcement.penaltyCases", 2, { year: 2020, unit: "宗" }),
      obs("a", "enforcement.penaltyCases", 15, { year: 2021, unit: "起" }),
    ];
    expect(series(figures)[0]?.points.map((p) => [p.year, p.unit, p.value.value.toString()])).toEqual([
      [2020, "件", "12"],
      [2021, "起", "15"],
    ]);
    const [change] = yearOverYear(figures);
    expect([change?.unit, change?.difference.value.toString()]).toEqual(["件", "3"]);
  });
});
