import { describe, expect, it } from "vitest";
import { commonUnit, multiplierWords, sameMeasure, unitKindOf, units } from "../../src/catalog/units.js";

describe("units", () => {
  it("lists a longer unit before any unit it starts with, so 人次 is tried before 人", () => {
    const order = units.map((u) => u.unit);
    for (const [i, unit] of order.entries()) {
      for (const shorter of order.slice(0, i)) expect(unit.startsWith(shorter) && unit !== shorter, `${shorter} before ${unit}`).toBe(false);
    }
    expect(units.find((u) => "人次".startsWith(u.unit))?.unit).toBe("人次");
  });

  it("lists multipliers longest first, so 万亿 is tried before 万", () => {
    expect(multiplierWords.findIndex((m) => m.word === "万亿")).toBeLessThan(multiplierWords.findIndex((m) => m.word === "万"));
    expect(multiplierWords.find((m) => "千万元".startsWith(m.word))?.factor).toBe("10000000");
  });
});

describe("sameMeasure and commonUnit", () => {
  it("add up case counts in 件, 宗 and 起, people in 人 and 名, areas in 平米 and 平方米", () => {
    expect(sameMeasure("起", "件")).toBe(true);
    expect(sameMeasure("名", "人")).toBe(true);
    expect(sameMeasure("平米", "平方米")).toBe(true);
    expect(commonUnit(["起", "件", "宗"])).toBe("件");
    expect(commonUnit(["起", "宗"], "起")).toBe("起");
    expect(commonUnit(["平米", "平方米"])).toBe("平方米");
  });

  it("do not add up counts of different things", () => {
    expect(sameMeasure("台", "次")).toBe(false);
    expect(sameMeasure("人", "件")).toBe(false);
    expect(commonUnit(["台", "次"])).toBeNull();
    expect(commonUnit(["份", "宗"])).toBeNull();
  });

  it("keep a difference of rates (百分点) apart from counts of 个 and from %", () => {
    expect(unitKindOf("个百分点")).toBe("percent");
    expect(sameMeasure("百分点", "个")).toBe(false);
    expect(sameMeasure("百分点", "%")).toBe(false);
  });

  it("give null for no units and the unit itself for one", () => {
    expect(commonUnit([])).toBeNull();
    expect(commonUnit(["件", "件"])).toBe("件");
  });
});

describe("unitKindOf", () => {
  it("tells what a unit measures, after its spellings, and nothing for unknown words", () => {
    expect(unitKindOf("元")).toBe("money");
    expect(unitKindOf("%")).toBe("percent");
    expect(unitKindOf("平米")).toBe("area");
    expect(unitKindOf("个工作日")).toBe("time");
    expect(unitKindOf("万元")).toBeUndefined();
    expect(unitKindOf("")).toBeUndefined();
  });
});
