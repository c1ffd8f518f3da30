import { describe, expect, it } from "vitest";
import { compareValues, sortByKey } from "../../../src/aggregate/engine/keyOrder.js";

describe("compareValues", () => {
  it("puts null first, numbers as numbers, strings by code unit", () => {
    const values = ["b", 10, null, "B", 9, "a"];
    expect([...values].sort(compareValues)).toEqual([null, 9, 10, "B", "a", "b"]);
    expect(compareValues(null, null)).toBe(0);
    expect(compareValues(2, 2)).toBe(0);
    // By code unit, not by locale: "Z" (U+005A) before "a", "道" after both.
    expect(compareValues("Z", "a")).toBeLessThan(0);
    expect(compareValues("道", "a")).toBeGreaterThan(0);
  });

  it("compares a number and a string as strings", () => {
    expect(compareValues(10, "9")).toBeLessThan(0);
    expect(compareValues("9", 10)).toBeGreaterThan(0);
  });
});

describe("sortByKey", () => {
  it("sorts by the dimensions in the order of by, missing values as null, stable otherwise", () => {
    const items = [
      { key: { year: 2021, agency: "b" }, n: 1 },
      { key: { year: 2020, agency: "c" }, n: 2 },
      { key: { year: 2021, agency: "a" }, n: 3 },
      { key: { agency: "z" }, n: 4 },
      { key: { year: 2021, agency: "a" }, n: 5 },
    ];
    expect(sortByKey(items, ["year", "agency"]).map((i) => i.n)).toEqual([4, 2, 3, 5, 1]);
    expect(sortByKey(items, ["agency"]).map((i) => i.n)).toEqual([3, 5, 1, 2, 4]);
  });

  it("leaves the input as it was and keeps the order with no dimension", () => {
    const items = [{ key: { year: 2 } }, { key: { year: 1 } }];
    const sorted = sortByKey(items, []);
    expect(sorted).toEqual(items);
    expect(sorted).not.toBe(items);
    expect(sortByKey(items, ["year"]).map((i) => i.key.year)).toEqual([1, 2]);
    expect(items.map((i) => i.key.year)).toEqual([2, 1]);
  });
});
