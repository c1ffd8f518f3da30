import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { cellText } from "../../src/render/cellText.js";

describe("cellText", () => {
  it("writes a dash for an empty cell", () => {
    expect(cellText(null)).toBe("—");
    expect(cellText(undefined)).toBe("—");
    expect(cellText({ kind: "dimension", value: null, label: null })).toBe("—");
    expect(cellText({ kind: "ids", value: [] })).toBe("—");
  });

  it("prefers a dimension's label to its code, and writes a year as it is", () => {
    expect(cellText({ kind: "dimension", value: "230100", label: "哈尔滨市" })).toBe("哈尔滨市");
    expect(cellText({ kind: "dimension", value: 2021, label: null })).toBe("2021");
    expect(cellText({ kind: "dimension", value: "=x<b>", label: null })).toBe("=x<b>");
  });

  it("writes estimates, rates, counts and ids", () => {
    const value = new Decimal("-1400000");
    expect(cellText({ kind: "estimate", value, qualifier: "atLeast", lower: value, upper: null, unit: "元" }, { numbers: "wan" })).toBe("≥ -140万元");
    expect(cellText({ kind: "rate", value: new Decimal("96.525"), method: "stated", numerator: null, denominator: null, agencies: 1 })).toBe("96.53%");
    expect(cellText({ kind: "count", value: 0 })).toBe("0");
    expect(cellText({ kind: "ids", value: ["a.txt", "b.txt"] })).toBe("a.txt、b.txt");
  });
});
