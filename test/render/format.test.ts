import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { cellText } from "../../src/render/cellText.js";
import { formatDateZh } from "../../src/render/formatDateZh.js";
import { formatDecimal } from "../../src/render/formatDecimal.js";
import { boundsText, formatEstimate, formatQuantity } from "../../src/render/formatEstimate.js";
import { formatRate, rateComponentsText } from "../../src/render/formatRate.js";
import { lineColumnOf } from "../../src/model/lineColumn.js";
import { neutralizeFormula } from "../../src/render/neutralizeFormula.js";

const d = (v: string) => new Decimal(v);

describe("numbers and dates for Chinese readers", () => {
  it("writes grouped numbers and 万/亿", () => {
    expect(formatDecimal(d("1210000"))).toBe("1,210,000");
    expect(formatDecimal(d("1210000"), { style: "wan" })).toBe("121万");
    expect(formatDecimal(d("26000"), { style: "wan" })).toBe("2.6万");
    expect(formatDecimal(d("1234567"), { style: "wan" })).toBe("123.4567万");
    expect(formatDecimal(d("150000000"), { style: "wan" })).toBe("1.5亿");
    expect(formatDecimal(d("9999"), { style: "wan" })).toBe("9,999");
    expect(formatDecimal(d("85.8221"))).toBe("85.82");
    expect(formatDecimal(d("0.125"))).toBe("0.13");
    expect(formatDecimal(d("-2"))).toBe("-2");
    expect(formatDecimal(d("123456789012345678901.5"))).toBe("123,456,789,012,345,678,901.5");
    // A percentage is never written in 万.
    expect(formatDecimal(d("12000"), { style: "wan", unit: "%" })).toBe("12,000");
  });

  it("writes bounds and units the way reports do", () => {
    expect(formatQuantity(d("1210000"), "元", "exact")).toBe("1,210,000 元");
    expect(formatQuantity(d("1210000"), "元", "exact", { numbers: "wan" })).toBe("121万元");
    expect(formatQuantity(d("1400000"), "元", "atLeast", { numbers: "wan" })).toBe("≥ 140万元");
    expect(formatQuantity(d("26000"), "件", "approx", { numbers: "wan" })).toBe("约 2.6万件");
    expect(formatQuantity(d("5"), "件", "atMost")).toBe("≤ 5 件");
    expect(formatQuantity(d("96.52"), "%", "exact")).toBe("96.52%");
    expect(formatQuantity(d("0.5"), null, "exact")).toBe("0.5");
    const cell = { kind: "estimate", value: d("5"), qualifier: "atLeast", lower: d("5"), upper: null, unit: "件" } as const;
    expect(formatEstimate(cell)).toBe("≥ 5 件");
    expect(boundsText(cell)).toBe("下限 lower 5 件 · 上限 upper 未知 unknown");
    expect(boundsText({ ...cell, qualifier: "exact", upper: d("5") })).toBeNull();
  });

  it("writes rates with their components", () => {
    const rate = { kind: "rate", value: d("85.8221"), method: "ratioOfSums", agencies: 2, numerator: { kind: "estimate", value: d("1216"), qualifier: "exact", lower: d("1216"), upper: d("1216"), unit: null }, denominator: { kind: "estimate", value: d("1417"), qualifier: "exact", lower: d("1417"), upper: d("1417"), unit: null } } as const;
    expect(formatRate(rate)).toBe("85.82%");
    expect(rateComponentsText(rate)).toBe("1,216 / 1,417 · Σ分子/Σ分母 · 2 个机关 agencies");
    expect(rateComponentsText({ ...rate, method: "unweightedMean" })).toContain("unweighted mean of 2");
  });

  it("writes dates as 2021年2月23日 and never throws on other strings", () => {
    expect(formatDateZh("2021-02-23")).toBe("2021年2月23日");
    expect(formatDateZh("2021-12-01")).toBe("2021年12月1日");
    expect(formatDateZh(null)).toBe("—");
    expect(formatDateZh("2021-02-30")).toBe("—");
    fc.assert(fc.property(fc.string(), (s) => typeof formatDateZh(s) === "string"));
  });

  it("shows every kind of cell", () => {
    expect(cellText({ kind: "dimension", value: "230100", label: "哈尔滨市" })).toBe("哈尔滨市");
    expect(cellText({ kind: "dimension", value: 2021, label: null })).toBe("2021");
    expect(cellText({ kind: "dimension", value: null, label: null })).toBe("—");
    expect(cellText({ kind: "count", value: 3 })).toBe("3");
    expect(cellText({ kind: "ids", value: ["a", "b"] })).toBe("a、b");
    expect(cellText({ kind: "ids", value: [] })).toBe("—");
    expect(cellText(null)).toBe("—");
  });

  it("neutralises formulas in text only at the start", () => {
    for (const s of ["=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"]) expect(neutralizeFormula(s)).toBe(`'${s}`);
    expect(neutralizeFormula("a=1")).toBe("a=1");
    expect(neutralizeFormula("")).toBe("");
  });

  it("finds line and column of offsets", () => {
    const at = lineColumnOf("ab\ncd\n\nef");
    expect([0, 2, 3, 6, 7, 8].map((o) => at(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
