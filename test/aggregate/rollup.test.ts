import fc from "fast-check";
import { type Agency, rollup } from "fazhi";
import { agency, observation } from "fazhi/testing";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import type { Observation } from "../../src/model/observation.js";
import { agencies, obs } from "./helpers.js";

describe("rollup options", () => {
  const agencies = [agency()];
  const figures = [observation()];

  it("refuses a level it does not know with a RangeError, as aggregate does", () => {
    const options = { agencies, to: "city" } as unknown as { agencies: Agency[]; to: "prefecture" };
    expect(() => rollup(figures, options)).toThrow(RangeError);
    expect(() => rollup(figures, options)).toThrow('rollup: unknown level "city"; expected one of prefecture, province');
  });

  it("rolls a county department up to its city and to its province", () => {
    expect(rollup(figures, { agencies, to: "prefecture" }).agencies.map((a) => a.divisionCode)).toEqual(["330200"]);
    expect(rollup(figures, { agencies, to: "province" }).agencies.map((a) => a.divisionCode)).toEqual(["330000"]);
  });
});

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
