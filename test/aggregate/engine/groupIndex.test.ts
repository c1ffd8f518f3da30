import { describe, expect, it } from "vitest";
import { KeyReader } from "../../../src/aggregate/engine/dimensionReader.js";
import type { Dimension, DimensionValue } from "../../../src/aggregate/dimensions.js";
import { GroupIndex } from "../../../src/aggregate/engine/groupIndex.js";

type Key = Readonly<Record<string, DimensionValue>>;

function indexOf(by: Dimension[], keys: Key[]): GroupIndex<{ key: Key }> {
  const index = new GroupIndex<{ key: Key }>(by);
  const reader = new KeyReader(by);
  for (const key of keys) index.add(reader, key, null, (made) => ({ key: made }));
  return index;
}

describe("GroupIndex (the groups of aggregate)", () => {
  it("gives the groups in key order: null first, numbers as numbers, strings by code unit", () => {
    const by: Dimension[] = ["year", "prefecture"];
    const keys: Key[] = [
      { year: 10, prefecture: "b" },
      { year: 9, prefecture: "b" },
      { year: null, prefecture: "a" },
      { year: 10, prefecture: null },
      { year: 9, prefecture: "a" },
      { year: 10, prefecture: "a" },
    ];
    const order = indexOf(by, keys)
      .inKeyOrder()
      .map((g) => `${g.key["year"]}/${g.key["prefecture"]}`);
    expect(order).toEqual(["null/a", "9/a", "9/b", "10/null", "10/a", "10/b"]);
  });

  it("keeps one group per key and finds it again, or nothing for a key it never saw", () => {
    const by: Dimension[] = ["indicator", "year"];
    const index = indexOf(by, [
      { indicator: "x", year: 2021 },
      { indicator: "x", year: 2021 },
      { indicator: "y", year: 2020 },
    ]);
    const reader = new KeyReader(by);
    expect(index.inKeyOrder()).toHaveLength(2);
    expect(index.find(reader, { indicator: "y", year: 2020 }, null)?.key).toEqual({ indicator: "y", year: 2020 });
    // The indicator stands in for the key's own, as when a component is read as its rate.
    expect(index.find(reader, { indicator: "x", year: 2020 }, "litigation.lossRate")).toBeUndefined();
    expect(index.find(reader, { indicator: "x", year: 2020 }, null)).toBeUndefined();
    expect(index.find(reader, { indicator: "z", year: 2021 }, null)).toBeUndefined();
  });

  it("lists the groups with one value of a dimension, wherever it sits in the key", () => {
    const by: Dimension[] = ["year", "indicator"];
    const index = indexOf(by, [
      { year: 2021, indicator: "x" },
      { year: 2020, indicator: "x" },
      { year: 2020, indicator: "y" },
    ]);
    expect(
      index
        .withValue("indicator", "x")
        .map((g) => g.key["year"])
        .sort(),
    ).toEqual([2020, 2021]);
    expect(index.withValue("indicator", "z")).toEqual([]);
    expect(index.withValue("agency", "x")).toEqual([]);
  });

  it("has one group when grouping by nothing", () => {
    const index = indexOf([], [{}, {}]);
    expect(index.inKeyOrder()).toEqual([{ key: {} }]);
    expect(index.find(new KeyReader([]), {}, null)).toEqual({ key: {} });
  });

  it("orders sparse levels (few of many values) as well as dense ones", () => {
    const by: Dimension[] = ["agency", "county"];
    const keys: Key[] = [];
    // Each agency with its own county: every node holds one of 200 county values.
    for (let i = 199; i >= 0; i--) keys.push({ agency: `a${String(i).padStart(3, "0")}`, county: `c${String(i).padStart(3, "0")}` });
    const order = indexOf(by, keys)
      .inKeyOrder()
      .map((g) => g.key["county"]);
    expect(order).toEqual([...order].sort());
    expect(order).toHaveLength(200);
  });
});
