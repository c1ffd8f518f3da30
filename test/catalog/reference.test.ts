import { describe, expect, it } from "vitest";
import {
  caseCountUnits,
  chineseDigits,
  multiplierWords,
  outline2015Areas,
  outlineAreas,
  reportSections,
  reportingDeadlines,
  unitKindOf,
  units,
} from "../../src/catalog/index.js";
import { outlineAreaKeys, reportSectionKinds } from "../../src/model/index.js";

describe("outline areas", () => {
  it("lists the nine areas of the 2021–2025 outline, parts 二 to 十", () => {
    expect(outlineAreas.map((a) => a.key)).toEqual([...outlineAreaKeys]);
    expect(outlineAreas.map((a) => a.part).join("")).toBe("二三四五六七八九十");
  });

  it("maps every 2015–2020 area to 2021–2025 areas, leaving emergency as new", () => {
    expect(outline2015Areas).toHaveLength(8);
    const reached = new Set(outline2015Areas.flatMap((a) => a.areas));
    expect(reached.has("emergency")).toBe(false);
    expect(outline2015Areas.find((a) => a.headingZh.includes("执法"))?.areas).toEqual(["enforcement"]);
  });
});

describe("report sections and deadlines", () => {
  it("lists the five statutory sections in order", () => {
    expect(reportSections.map((s) => s.kind)).toEqual([...reportSectionKinds]);
  });

  it("gives the deadlines of the year after the one reported on", () => {
    expect(reportingDeadlines(2020, "department")).toEqual({ submitBy: "2021-03-01", publishBy: "2021-04-01" });
    expect(reportingDeadlines(2021, "government")).toEqual({ submitBy: null, publishBy: "2022-04-01" });
    expect(() => reportingDeadlines(20.5, "government")).toThrow(RangeError);
  });
});

describe("units", () => {
  it("lists longer units before their prefixes, so the longest match wins", () => {
    for (const [i, a] of units.entries()) {
      for (const b of units.slice(i + 1)) expect(b.unit.startsWith(a.unit) && b.unit !== a.unit, `${a.unit} before ${b.unit}`).toBe(false);
    }
  });

  it("has no unit twice", () => {
    expect(new Set(units.map((u) => u.unit)).size).toBe(units.length);
  });

  it("knows kinds, spellings and case-count synonyms", () => {
    expect(unitKindOf("元")).toBe("money");
    expect(unitKindOf("平米")).toBe("area");
    expect(unitKindOf("学时")).toBe("time");
    expect(unitKindOf("万元")).toBeUndefined();
    expect(caseCountUnits).toEqual(expect.arrayContaining(["件", "宗", "起"]));
    expect(multiplierWords.find((m) => m.word === "亿")?.factor).toBe("100000000");
    expect(chineseDigits["两"]).toBe(2);
    expect(chineseDigits["玖"]).toBe(9);
  });
});

describe("targetComparator", async () => {
  const { targetComparator, lowerIsBetter } = await import("../../src/catalog/index.js");
  it("reads a target's comparator from its wording and the indicator's direction", () => {
    expect(targetComparator("atLeast", null)).toBe(">=");
    expect(targetComparator("atMost", null)).toBe("<=");
    expect(targetComparator("approx", "services.onlineRate")).toBe("≈");
    expect(targetComparator("exact", "litigation.headAppearanceRate")).toBe(">=");
    expect(targetComparator("exact", "litigation.lossRate")).toBe("<=");
    expect(lowerIsBetter.has("litigation.lost")).toBe(true);
  });
});

describe("sameMeasure", async () => {
  const { sameMeasure, unitKindOf } = await import("../../src/catalog/index.js");
  it("adds up units of one group only", () => {
    expect(sameMeasure("起", "件")).toBe(true);
    expect(sameMeasure("名", "人")).toBe(true);
    expect(sameMeasure("平米", "平方米")).toBe(true);
    expect(sameMeasure("台", "次")).toBe(false);
    expect(unitKindOf("年")).toBe("time");
    expect(unitKindOf("只")).toBe("count");
  });
});

describe("commonUnit", async () => {
  const { commonUnit } = await import("../../src/catalog/index.js");
  it("gives the unit figures add up in, whatever their order", () => {
    expect(commonUnit(["件"])).toBe("件");
    expect(commonUnit(["平米", "平方米"])).toBe("平方米");
    expect(commonUnit(["起", "件"])).toBe("件");
    expect(commonUnit(["件", "起"])).toBe("件");
    expect(commonUnit(["起", "宗"], "起")).toBe("起");
    expect(commonUnit(["名", "人"], "件")).toBe("人");
    expect(commonUnit([])).toBeNull();
  });

  it("refuses units that share no group, even through a unit in two groups (件: cases and documents)", () => {
    for (const units of [["起", "件", "份"], ["件", "份", "起"], ["份", "起", "件"], ["台", "次"]]) expect(commonUnit(units)).toBeNull();
    expect(commonUnit(["份", "件"])).toBe("份");
  });
});
