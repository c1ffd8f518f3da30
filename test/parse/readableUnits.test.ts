// readableUnits: the units both quantity readers (prose and table headers) accept after a number.
import { describe, expect, it } from "vitest";
import { unitSpellings, units } from "../../src/catalog/units.js";
import { readableUnits } from "../../src/parse/readableUnits.js";

describe("readableUnits", () => {
  it("holds the catalog's units and their spellings, not 日, longest first", () => {
    expect(new Set(readableUnits)).toEqual(new Set([...units.map((u) => u.unit).filter((u) => u !== "日"), ...Object.keys(unitSpellings)]));
    expect(readableUnits).not.toContain("日");
    for (let k = 1; k < readableUnits.length; k++) expect((readableUnits[k - 1] ?? "").length).toBeGreaterThanOrEqual((readableUnits[k] ?? "").length);
  });
});
