import { describe, expect, it } from "vitest";
import { indicators } from "../../src/catalog/indicators.js";
import { lowerIsBetter, targetComparator } from "../../src/catalog/indicatorDirections.js";

describe("lowerIsBetter", () => {
  it("holds the indicators whose catalog direction is lower, and only those", () => {
    expect(lowerIsBetter.has("litigation.lossRate")).toBe(true);
    expect(lowerIsBetter.has("litigation.headAppearanceRate")).toBe(false);
    expect(lowerIsBetter.size).toBe(indicators.filter((indicator) => indicator.direction === "lower").length);
  });
});

describe("targetComparator", () => {
  it("follows the target's wording", () => {
    expect(targetComparator("atLeast", "litigation.lossRate")).toBe(">=");
    expect(targetComparator("atMost", "litigation.headAppearanceRate")).toBe("<=");
    expect(targetComparator("approx", null)).toBe("≈");
  });

  it("reads a plain level as one to reach, or to stay under where less is better", () => {
    expect(targetComparator("exact", "litigation.headAppearanceRate")).toBe(">=");
    expect(targetComparator("exact", "litigation.lossRate")).toBe("<=");
    expect(targetComparator("exact", null)).toBe(">=");
  });
});
