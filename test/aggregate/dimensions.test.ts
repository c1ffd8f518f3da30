import { describe, expect, it } from "vitest";
import { agencyDimensions, agencyEntry, agencyValues, checkOption, dimensions, observationValue } from "../../src/aggregate/dimensions.js";
import { agencies, obs } from "./helpers.js";

describe("dimensions", () => {
  it("lists every dimension once, frozen, the agency ones among them", () => {
    expect(new Set(dimensions).size).toBe(dimensions.length);
    expect(Object.isFrozen(dimensions)).toBe(true);
    for (const d of agencyDimensions) expect(dimensions).toContain(d);
    expect(agencyDimensions.has("year")).toBe(false);
  });

  it("checkOption names the option, the value and what is allowed", () => {
    expect(() => checkOption("f", "by", ["year", "agency"], dimensions)).not.toThrow();
    expect(() => checkOption("f", "by", ["yaer"], ["year", "agency"])).toThrow(new RangeError('f: unknown by "yaer"; expected one of year, agency'));
    expect(() => checkOption("f", "by", [3], ["year"])).toThrow(new RangeError("f: unknown by number; expected one of year"));
    expect(() => checkOption("f", "by", ["x".repeat(100)], ["year"])).toThrow(`"${"x".repeat(40)}"`);
  });
});

describe("agencyValues and agencyEntry", () => {
  it("derives the division codes of a county agency", () => {
    expect(agencyValues(agencies[0], "daowai")).toEqual({ agency: "daowai", kind: "government", level: "county", sector: null, province: "230000", prefecture: "230100", county: "230104" });
    expect(agencyValues(agencies[3], "hrb")["county"]).toBeNull();
  });

  it("gives an undescribed agency only its id", () => {
    expect(agencyValues(undefined, "x")).toEqual({ agency: "x", kind: null, level: null, sector: null, province: null, prefecture: null, county: null });
    expect(agencyEntry(undefined, "x", ["agency"]).known).toBe(false);
  });

  it("puts the agency dimensions of a grouping at their positions and keys them", () => {
    const entry = agencyEntry(agencies[5], "hrb-transport", ["year", "sector", "prefecture"]);
    expect(entry.positions).toEqual([null, "transport", "230100"]);
    expect(entry.agencyKey).toBe("transport\u0001230100");
    expect(entry.known).toBe(true);
    expect(entry.rank).toBe(-1);
  });
});

describe("observationValue", () => {
  it("reads a figure's own dimensions: a year, a date range as from..to, the indicator's area", () => {
    const yearly = obs("a", "enforcement.penaltyCases", 1, { year: 2020 });
    const ranged = obs("a", "enforcement.penaltyCases", 1, { period: { from: "2021-01-01", to: "2021-06-30" } });
    expect(observationValue(yearly, "year")).toBe(2020);
    expect(observationValue(ranged, "year")).toBeNull();
    expect(observationValue(ranged, "period")).toBe("2021-01-01..2021-06-30");
    expect(observationValue(yearly, "indicator")).toBe("enforcement.penaltyCases");
    expect(observationValue(yearly, "area")).toBe("enforcement");
    expect(observationValue(yearly, "agency")).toBeNull();
  });
});
