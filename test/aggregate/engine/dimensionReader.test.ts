import { describe, expect, it } from "vitest";
import { KeyReader } from "../../../src/aggregate/engine/dimensionReader.js";

describe("KeyReader", () => {
  it("reads a row key, the indicator given standing in for the key's", () => {
    const keys = new KeyReader(["year", "indicator"]);
    expect(keys.read({ year: 2021, indicator: "litigation.lost" }, 0, null)).toBe(2021);
    expect(keys.read({ year: 2021, indicator: "litigation.lost" }, 1, "litigation.lossRate")).toBe("litigation.lossRate");
    expect(keys.read({}, 0, null)).toBeNull();
  });

  it("reads the dimension at the position of its grouping", () => {
    const keys = new KeyReader(["agency", "year"]);
    expect(keys.read({ year: 2020, agency: "a" }, 0, "litigation.lossRate")).toBe("a");
    expect(keys.read({ year: 2020, agency: "a" }, 1, null)).toBe(2020);
  });
});
