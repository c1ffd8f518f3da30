import { describe, expect, it } from "vitest";
import { rowNoteText } from "../../src/render/rowNoteText.js";

describe("rowNoteText", () => {
  it("explains each known note code in Chinese and English", () => {
    expect(rowNoteText("mixedUnits")).toBe("单位不同，未求和 units differ: not summed");
    expect(rowNoteText("notAdditive")).toMatch(/^不可加.* not additive/);
    expect(rowNoteText("ratesNotAggregated")).toMatch(/^比率未给出分子分母/);
    expect(rowNoteText("fromComponents")).toMatch(/^由分子分母算得/);
  });

  it("keeps any other note as it is, the empty one too", () => {
    expect(rowNoteText("罚款金额 0.5")).toBe("罚款金额 0.5");
    expect(rowNoteText("")).toBe("");
    // Names of an object's own properties are notes like any other, never a function.
    for (const note of ["constructor", "toString", "__proto__", "hasOwnProperty"]) expect(rowNoteText(note)).toBe(note);
  });
});
