import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import type { EstimateCell, RateCell } from "../../src/model/table.js";
import { formatRate, rateComponentsText } from "../../src/render/formatRate.js";

const d = (v: string) => new Decimal(v);
const part = (v: string): EstimateCell => ({ kind: "estimate", value: d(v), qualifier: "exact", lower: d(v), upper: d(v), unit: null });
const rate = (over: Partial<RateCell>): RateCell => ({ kind: "rate", value: d("85.8221"), method: "stated", numerator: null, denominator: null, agencies: 1, ...over });

describe("formatRate", () => {
  it("writes a percentage rounded half up", () => {
    expect(formatRate(rate({}))).toBe("85.82%");
    expect(formatRate(rate({ value: d("99.995") }))).toBe("100%");
    expect(formatRate(rate({ value: d("12.3456") }), { fractionDigits: 3 })).toBe("12.346%");
  });

  it("never writes a rate in 万, even a huge one", () => {
    expect(formatRate(rate({ value: d("12345") }), { numbers: "wan" })).toBe("12,345%");
    expect(formatRate(rate({ value: d("-0.5") }))).toBe("-0.5%");
  });

  it("says a stated rate has no components", () => {
    expect(rateComponentsText(rate({}))).toBe("原文所述比率，未给出分子分母 stated without components");
  });

  it("counts the agencies of an unweighted mean", () => {
    expect(rateComponentsText(rate({ method: "unweightedMean", agencies: 3 }))).toBe("各机关比率的简单平均 unweighted mean of 3 stated rates");
  });

  it("writes numerator and denominator of a ratio of sums, ? when missing", () => {
    expect(rateComponentsText(rate({ method: "ratioOfSums", numerator: part("1216"), denominator: part("1417") }))).toBe("1,216 / 1,417 · Σ分子/Σ分母 · 1 个机关 agencies");
    expect(rateComponentsText(rate({ method: "ratioOfSums", numerator: null, denominator: part("20000"), agencies: 2 }), { numbers: "wan" })).toBe("? / 2万 · Σ分子/Σ分母 · 2 个机关 agencies");
  });
});
