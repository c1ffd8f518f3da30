import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import type { EstimateCell } from "../../src/model/table.js";
import { boundsText, formatEstimate, formatQuantity } from "../../src/render/formatEstimate.js";

const d = (v: string) => new Decimal(v);
const estimate = (over: Partial<EstimateCell>): EstimateCell => ({ kind: "estimate", value: d("5"), qualifier: "exact", lower: d("5"), upper: d("5"), unit: "件", ...over });

describe("formatEstimate", () => {
  it("writes each qualifier's sign", () => {
    expect(formatQuantity(d("5"), "件", "exact")).toBe("5 件");
    expect(formatQuantity(d("5"), "件", "atLeast")).toBe("≥ 5 件");
    expect(formatQuantity(d("5"), "件", "atMost")).toBe("≤ 5 件");
    expect(formatQuantity(d("5"), "件", "approx")).toBe("约 5 件");
  });

  it("puts the unit after a space, or tight after 万, % and no unit", () => {
    expect(formatQuantity(d("1210000"), "元", "exact")).toBe("1,210,000 元");
    expect(formatQuantity(d("1400000"), "元", "atLeast", { numbers: "wan" })).toBe("≥ 140万元");
    expect(formatQuantity(d("96.52"), "%", "exact")).toBe("96.52%");
    expect(formatQuantity(d("-2"), null, "exact")).toBe("-2");
  });

  it("formats a cell with its options", () => {
    expect(formatEstimate(estimate({ value: d("26000"), qualifier: "approx" }), { numbers: "wan" })).toBe("约 2.6万件");
    expect(formatEstimate(estimate({ value: d("1.23456") }), { fractionDigits: 3 })).toBe("1.235 件");
  });

  it("has no bounds text for an exact value", () => {
    expect(boundsText(estimate({}))).toBeNull();
  });

  it("writes known and unknown bounds", () => {
    expect(boundsText(estimate({ qualifier: "atLeast", upper: null }))).toBe("下限 lower 5 件 · 上限 upper 未知 unknown");
    expect(boundsText(estimate({ qualifier: "approx", lower: null, upper: d("20000") }), { numbers: "wan" })).toBe("下限 lower 未知 unknown · 上限 upper 2万件");
  });
});
