import { describe, expect, it } from "vitest";
import { compositeScore } from "../../src/aggregate/compositeScore.js";
import { agencies, obs } from "./helpers.js";

describe("compositeScore", () => {
  const figures = [
    obs("daoli", "enforcement.penaltyCases", 10),
    obs("daowai", "enforcement.penaltyCases", 20),
    obs("nangang", "enforcement.penaltyCases", 30),
    obs("daoli", "litigation.lossRate", 5),
    obs("daowai", "litigation.lossRate", 15),
    obs("nangang", "litigation.lossRate", 10),
  ];

  it("normalises min–max within the peer group, inverts where less is better, best first", () => {
    const scores = compositeScore(figures);
    const daowai = scores.find((s) => s.agency === "daowai");
    expect(daowai?.components.map((c) => [c.indicator, c.normalized.toString(), c.inverted])).toEqual([
      ["enforcement.penaltyCases", "0.5", false],
      ["litigation.lossRate", "0", true],
    ]);
    expect(scores.map((s) => [s.agency, s.rounded])).toEqual([
      ["nangang", "0.75"],
      ["daoli", "0.50"],
      ["daowai", "0.25"],
    ]);
    expect(scores.every((s) => s.exact)).toBe(true);
  });

  it("scores the latest year by default, 1 when every peer is equal, and weighs areas", () => {
    const scores = compositeScore([...figures, obs("daoli", "enforcement.penaltyCases", 7, { year: 2022 }), obs("hrb", "enforcement.penaltyCases", 7, { year: 2022 })]);
    expect(scores.map((s) => s.score.toString())).toEqual(["1", "1"]);
    const weighted = compositeScore(figures, { weights: { areas: { disputes: 0 } } });
    expect(weighted[0]?.agency).toBe("nangang");
    expect(weighted.find((s) => s.agency === "daoli")?.score.toString()).toBe("0");
  });

  it("makes peer groups of agency dimensions and marks a score on an approximate figure", () => {
    const scores = compositeScore([obs("daoli", "enforcement.penaltyCases", 1, { qualifier: "approx" }), obs("hrb", "enforcement.penaltyCases", 2)], { agencies, peerGroup: ["level"] });
    expect(scores.map((s) => [s.agency, s.peerGroup, s.score.toString(), s.exact])).toEqual([
      ["daoli", "county", "1", false],
      ["hrb", "prefecture", "1", true],
    ]);
  });

  it("refuses bad options with the option named", () => {
    expect(() => compositeScore(figures, { peerGroup: ["agency" as never] })).toThrow(RangeError);
    expect(() => compositeScore(figures, { year: 2021.5 })).toThrow(new TypeError("compositeScore: option year must be an integer year"));
    expect(() => compositeScore(figures, { weights: { areas: { disputes: -1 } } })).toThrow(new RangeError('compositeScore: option weights.areas["disputes"] must be a finite number, 0 or more'));
    expect(() => compositeScore(figures, { weights: { indicators: { "litigation.lossRate": "2" as never } } })).toThrow(TypeError);
  });

  it("refuses a weight whose key is no outline area or indicator, with the one it was likely meant to be", () => {
    expect(() => compositeScore(figures, { weights: { areas: { litigation: 0 } as never } })).toThrow(/^compositeScore: unknown outline area "litigation" in option weights\.areas$/);
    expect(() => compositeScore(figures, { weights: { areas: { dispute: 2 } as never } })).toThrow(new RangeError('compositeScore: unknown outline area "dispute" in option weights.areas; did you mean "disputes"?'));
    expect(() => compositeScore(figures, { weights: { indicators: { "litigation.losRate": 2 } as never } })).toThrow(
      new RangeError('compositeScore: unknown indicator "litigation.losRate" in option weights.indicators; did you mean "litigation.lossRate"?'),
    );
  });
});
