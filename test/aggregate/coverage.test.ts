import { describe, expect, it } from "vitest";
import { coverage } from "../../src/aggregate/coverage.js";
import { agencies, obs } from "./helpers.js";

describe("coverage", () => {
  it("counts actual figures per agency and indicator, with the shares of each", () => {
    const c = coverage([
      obs("daoli", "enforcement.penaltyCases", 1),
      obs("daoli", "enforcement.penaltyCases", 2),
      obs("daowai", "litigation.cases", 1),
      obs("daowai", "enforcement.penaltyCases", 1, { modality: "target" }),
    ]);
    expect(c.agencies).toEqual(["daoli", "daowai"]);
    expect(c.indicators).toEqual(["enforcement.penaltyCases", "litigation.cases"]);
    expect(c.counts).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(c.byAgency.map((a) => [a.agency, a.reported, a.share])).toEqual([
      ["daoli", 1, 0.5],
      ["daowai", 1, 0.5],
    ]);
  });

  it("takes the expected agencies and indicators from the options, ignoring others, and filters by period", () => {
    const c = coverage([obs("daoli", "enforcement.penaltyCases", 1), obs("nobody", "enforcement.penaltyCases", 1), obs("daowai", "enforcement.penaltyCases", 1, { year: 2020 })], {
      agencies: agencies.slice(0, 3),
      indicators: ["enforcement.penaltyCases", "litigation.cases"],
      period: 2021,
    });
    expect(c.agencies).toEqual(["daowai", "daoli", "nangang"]);
    expect(c.counts).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(c.byIndicator).toEqual([
      { indicator: "enforcement.penaltyCases", reported: 1, share: 1 / 3 },
      { indicator: "litigation.cases", reported: 0, share: 0 },
    ]);
  });

  it("gives shares of 0, not NaN, when nothing is expected", () => {
    const c = coverage([obs("a", "enforcement.penaltyCases", 1)], { indicators: [] });
    expect(c.byAgency).toEqual([{ agency: "a", reported: 0, share: 0 }]);
  });

  it("refuses bad options", () => {
    const figures = [obs("a", "enforcement.penaltyCases", 1)];
    expect(() => coverage(figures, { period: 2021.5 })).toThrow(new TypeError("coverage: option period must be a year"));
    expect(() => coverage(figures, { indicators: "litigation.cases" as never })).toThrow("coverage: option indicators must be an array of indicator codes");
    expect(() => coverage(figures, { agencies: [{}] as never })).toThrow(/^coverage: option agencies\[0\] is not an Agency/);
  });

  it("counts an agency listed twice among the expected ones once (its reports of two years each give it)", () => {
    const daoli = agencies[1] as (typeof agencies)[number];
    const c = coverage([obs("daoli", "enforcement.penaltyCases", 1, { year: 2020 }), obs("daoli", "enforcement.penaltyCases", 2, { year: 2021 })], { agencies: [daoli, daoli] });
    expect(c.agencies).toEqual(["daoli"]);
    expect(c.counts).toEqual([[2]]);
    expect(c.byIndicator).toEqual([{ indicator: "enforcement.penaltyCases", reported: 1, share: 1 }]);
  });

  it("refuses an expected indicator that is no code of the catalog, with the one it was likely meant to be (a misspelt one showed as reported by none)", () => {
    const figures = [obs("a", "enforcement.fineAmount", 1)];
    expect(() => coverage(figures, { indicators: ["enforcement.fineAmout" as never] })).toThrow(
      new RangeError('coverage: unknown indicator "enforcement.fineAmout" in option indicators; did you mean "enforcement.fineAmount"?'),
    );
    expect(() => coverage(figures, { indicators: [3 as never] })).toThrow(RangeError);
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
