import { describe, expect, it } from "vitest";
import { countsThings } from "../../src/catalog/countsThings.js";
import { getIndicator, indicators } from "../../src/catalog/indicators.js";

describe("countsThings", () => {
  it("follows the indicator's value type when there is one, whatever the unit", () => {
    const count = indicators.find((i) => i.valueType === "count");
    const listSize = indicators.find((i) => i.valueType === "list-size");
    expect(count && countsThings(count, "%")).toBe(true);
    if (listSize) expect(countsThings(listSize, null)).toBe(true);
    expect(countsThings(getIndicator("enforcement.fineAmount"), "件")).toBe(false);
  });

  it("follows the unit's kind without an indicator, through the kind reader given", () => {
    expect(countsThings(undefined, "件")).toBe(true);
    expect(countsThings(undefined, "人次")).toBe(true);
    expect(countsThings(undefined, "元")).toBe(false);
    expect(countsThings(undefined, "%")).toBe(false);
    expect(countsThings(undefined, null)).toBe(false);
    expect(countsThings(undefined, "件", () => "money")).toBe(false);
  });
});
