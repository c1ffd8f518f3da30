import { describe, expect, it } from "vitest";
import { compositeScore } from "../../src/aggregate/compositeScore.js";
import { compositeScoreTable } from "../../src/aggregate/compositeScoreTable.js";
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

  it("leaves out of a peer group's scores an indicator whose figures are in units that do not measure the same thing, and says so", () => {
    // 150 万元 normalised against 1,210,000 元 and 500,000 元 would be the least fine, not the largest.
    const fines = [
      obs("daoli", "enforcement.fineAmount", 1210000),
      obs("daowai", "enforcement.fineAmount", 150, { unit: "万元" }),
      obs("nangang", "enforcement.fineAmount", 500000),
      ...figures,
    ];
    const scores = compositeScore(fines);
    for (const s of scores) {
      expect(s.mixedUnits).toEqual(["enforcement.fineAmount"]);
      expect(s.components.map((c) => c.indicator)).not.toContain("enforcement.fineAmount");
    }
    // The same scores as without the fines.
    expect(scores.map((s) => [s.agency, s.rounded])).toEqual(compositeScore(figures).map((s) => [s.agency, s.rounded]));
    expect(compositeScoreTable(scores).rows[0]?.notes).toContain("罚款金额 未计 (单位不一 mixed units)");
    // Units of one group (起 and 件 of cases) are compared; peer groups apart are judged apart.
    const cases = compositeScore([obs("daoli", "enforcement.penaltyCases", 10, { unit: "起" }), obs("daowai", "enforcement.penaltyCases", 20)]);
    expect(cases.map((s) => [s.agency, s.rounded, s.mixedUnits])).toEqual([
      ["daowai", "1.00", []],
      ["daoli", "0.00", []],
    ]);
  });

  it("refuses bad options with the option named", () => {
    expect(() => compositeScore(figures, { peerGroup: ["agency" as never] })).toThrow(RangeError);
    expect(() => compositeScore(figures, { year: 2021.5 })).toThrow(new TypeError("compositeScore: option year must be an integer year"));
    expect(() => compositeScore(figures, { weights: { areas: { disputes: -1 } } })).toThrow(new RangeError('compositeScore: option weights.areas["disputes"] must be a finite number, 0 or more'));
    expect(() => compositeScore(figures, { weights: { indicators: { "litigation.lossRate": "2" as never } } })).toThrow(TypeError);
  });

  it("refuses an indicator to score that is no code of the catalog (a misspelt one gave no scores at all, in silence)", () => {
    expect(() => compositeScore(figures, { indicators: ["litigation.losRate" as never] })).toThrow(
      new RangeError('compositeScore: unknown indicator "litigation.losRate" in option indicators; did you mean "litigation.lossRate"?'),
    );
  });

  it("refuses a weight whose key is no outline area or indicator, with the one it was likely meant to be", () => {
    expect(() => compositeScore(figures, { weights: { areas: { litigation: 0 } as never } })).toThrow(/^compositeScore: unknown outline area "litigation" in option weights\.areas$/);
    expect(() => compositeScore(figures, { weights: { areas: { dispute: 2 } as never } })).toThrow(new RangeError('compositeScore: unknown outline area "dispute" in option weights.areas; did you mean "disputes"?'));
    expect(() => compositeScore(figures, { weights: { indicators: { "litigation.losRate": 2 } as never } })).toThrow(
      new RangeError('compositeScore: unknown indicator "litigation.losRate" in option weights.indicators; did you mean "litigation.lossRate"?'),
    );
  });
});

describe("composite score", () => {
  const figures = [
    obs("daowai", "mediation.successRate", 98),
    obs("daoli", "mediation.successRate", 90),
    obs("nangang", "mediation.successRate", 94),
    obs("daowai", "litigation.lossRate", 10),
    obs("daoli", "litigation.lossRate", 0),
    obs("nangang", "litigation.lossRate", 5),
    obs("daowai", "services.onlineRate", 96),
    obs("daoli", "services.onlineRate", 96),
  ];

  it("normalises min–max within the peer group, inverts lower-is-better, averages by area then across areas", () => {
    const scores = compositeScore(figures, { agencies, peerGroup: ["level"] });
    const daowai = scores.find((s) => s.agency === "daowai");
    // Components come in indicator-code order.
    expect(daowai?.components.map((c) => [c.indicator, c.normalized.toString(), c.inverted])).toEqual([
      ["litigation.lossRate", "0", true],
      ["mediation.successRate", "1", false],
      ["services.onlineRate", "1", false],
    ]);
    // disputes: (1 + 0) / 2 = 0.5; digital: 1; overall (0.5 + 1) / 2 = 0.75
    expect(daowai?.areas.map((a) => [a.area, a.score.toString()])).toEqual([
      ["disputes", "0.5"],
      ["digital", "1"],
    ]);
    expect(daowai?.score.toString()).toBe("0.75");
    // daoli: successRate 0, lossRate 0 → inverted 1, onlineRate equal to its only peer → 1: also 0.75; ties by id.
    expect(scores.map((s) => [s.agency, s.rounded])).toEqual([
      ["daoli", "0.75"],
      ["daowai", "0.75"],
      ["nangang", "0.50"],
    ]);
  });

  it("is exact only when every figure of the peer group it was normalised against is", () => {
    expect(compositeScore(figures, { agencies, peerGroup: ["level"] }).every((s) => s.exact)).toBe(true);
    // daoli's 约90 % moves the peer group's minimum of mediation.successRate: every score built on it is approximate.
    const approx = figures.map((o) => (o.agency === "daoli" && o.indicator === "mediation.successRate" ? obs("daoli", "mediation.successRate", 90, { qualifier: "approx" }) : o));
    const scores = compositeScore(approx, { agencies, peerGroup: ["level"] });
    expect(scores.map((s) => [s.agency, s.rounded, s.exact])).toEqual([
      ["daoli", "0.75", false],
      ["daowai", "0.75", false],
      ["nangang", "0.50", false],
    ]);
    // An indicator no one reported approximately keeps a score exact: online rates alone.
    const online = compositeScore(approx, { agencies, indicators: ["services.onlineRate"] });
    expect(online.every((s) => s.exact)).toBe(true);
    const qualifiers = (table: ReturnType<typeof compositeScoreTable>) => table.rows.map((r) => { const cell = r.cells["score"]; return cell?.kind === "estimate" ? cell.qualifier : null; });
    expect(qualifiers(compositeScoreTable(scores, { agencies }))).toEqual(["approx", "approx", "approx"]);
    expect(qualifiers(compositeScoreTable(compositeScore(figures, { agencies }), { agencies }))).toEqual(["exact", "exact", "exact"]);
  });

  it("takes weights", () => {
    const scores = compositeScore(figures, { agencies, weights: { areas: { digital: 3 } } });
    expect(scores.find((s) => s.agency === "daowai")?.score.toString()).toBe("0.875");
  });

  it("refuses a peer-group dimension that is not an agency's", () => {
    expect(() => compositeScore(figures, { agencies, peerGroup: ["indicator" as "level"] })).toThrow(
      /compositeScore: unknown peer-group dimension "indicator"; expected one of kind, level, sector, province, prefecture/,
    );
  });
});
