import { describe, expect, it } from "vitest";
import { OutlineArea, outlineAreaKeys } from "../../src/model/outlineArea.js";

describe("outlineAreaKeys and OutlineArea", () => {
  it("lists the nine areas of parts 二 to 十 in the outline's order, each once", () => {
    expect(outlineAreaKeys).toEqual(["functions", "institutions", "decisions", "enforcement", "emergency", "disputes", "oversight", "digital", "leadership"]);
    expect(new Set(outlineAreaKeys).size).toBe(9);
    expect(outlineAreaKeys[3]).toBe("enforcement");
  });

  it("accepts every key and nothing else", () => {
    for (const key of outlineAreaKeys) expect(OutlineArea.parse(key)).toBe(key);
    for (const bad of ["Enforcement", "law", "二", "", 3]) expect(OutlineArea.safeParse(bad).success, String(bad)).toBe(false);
  });
});
