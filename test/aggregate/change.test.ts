import { describe, expect, it } from "vitest";
import { series, yearOverYear } from "../../src/aggregate/change.js";
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
