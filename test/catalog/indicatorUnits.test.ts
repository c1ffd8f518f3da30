import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitsUnit, fittingUnits } from "../../src/catalog/indicatorUnits.js";
import { getIndicator, indicators } from "../../src/catalog/indicators.js";
import { spelledUnit, unitGroups, unitKindOf, unitSpellings, units } from "../../src/catalog/units.js";

const unitWords = units.map((u) => u.unit);

describe("fitsUnit", () => {
  it("lets a figure measure an indicator only in the indicator's unit group or other units", () => {
    expect(fitsUnit(getIndicator("enforcement.penaltyCases"), "起")).toBe(true);
    expect(fitsUnit(getIndicator("enforcement.penaltyCases"), "宗")).toBe(true);
    expect(fitsUnit(getIndicator("enforcement.penaltyCases"), "次")).toBe(true);
    expect(fitsUnit(getIndicator("enforcement.penaltyCases"), "日")).toBe(false);
    expect(fitsUnit(getIndicator("enforcement.penaltyCases"), "%")).toBe(false);
    expect(fitsUnit(getIndicator("enforcement.officers"), "名")).toBe(true);
    expect(fitsUnit(getIndicator("enforcement.certifiedOfficers"), "人次")).toBe(true);
    expect(fitsUnit(getIndicator("enforcement.fineAmount"), "件")).toBe(false);
    expect(fitsUnit(getIndicator("normative.documentsIssued"), "份")).toBe(true);
  });

  it("fits every indicator in its own unit and in each of its other units", () => {
    for (const indicator of indicators) {
      expect(fitsUnit(indicator, indicator.unit), indicator.code).toBe(true);
      for (const other of indicator.otherUnits) expect(fitsUnit(indicator, other), `${indicator.code} ${other}`).toBe(true);
    }
  });

  it("gives the same answer for every unit of one group (起, 件, 宗 and 例 of cases alike)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...indicators), fc.constantFrom(...unitGroups), (indicator, group) => {
        // 件 is in two groups (cases and documents), so it answers for either: the others of a group answer alike.
        const answers = group.filter((u) => u !== "件").map((u) => fitsUnit(indicator, u));
        expect(new Set(answers).size).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("never counts a time limit or a share as a count, nor a count as a rate", () => {
    const counts = indicators.filter((i) => unitKindOf(i.unit) === "count");
    const rates = indicators.filter((i) => i.unit === "%");
    expect(counts.length).toBeGreaterThan(10);
    expect(rates.length).toBeGreaterThan(10);
    for (const indicator of counts) for (const unit of ["日", "天", "工作日", "个工作日", "年", "%", "‰"]) expect(fitsUnit(indicator, unit), `${indicator.code} ${unit}`).toBe(false);
    for (const indicator of rates) for (const unit of unitWords.filter((u) => u !== "%")) expect(fitsUnit(indicator, unit), `${indicator.code} ${unit}`).toBe(false);
  });

  it("reads a unit's other spelling as the unit (平米 as 平方米), and an unknown word as fitting nothing", () => {
    const area = indicators.find((i) => i.unit === "平方米" || i.otherUnits.includes("平方米"));
    if (area) expect(fitsUnit(area, "平米")).toBe(true);
    for (const indicator of indicators) {
      expect(fitsUnit(indicator, "constructor")).toBe(false);
      expect(fitsUnit(indicator, "")).toBe(false);
    }
  });
});

describe("fittingUnits", () => {
  it("holds the spelling of exactly the units fitsUnit lets through, for every indicator", () => {
    const candidates = [...units.map((u) => u.unit), ...Object.keys(unitSpellings), "%", "‰", "constructor", "__proto__", "", "件次", "人次"];
    for (const indicator of indicators) {
      const fitting = fittingUnits(indicator);
      for (const unit of candidates) expect(fitting.has(spelledUnit(unit)), `${indicator.code} ${unit}`).toBe(fitsUnit(indicator, unit));
    }
  });
});
