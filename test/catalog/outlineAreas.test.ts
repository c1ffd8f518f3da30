import { describe, expect, it } from "vitest";
import { outline2015Areas, outlineAreas } from "../../src/catalog/outlineAreas.js";

describe("outlineAreas", () => {
  it("lists the nine task areas of the 2021 outline, parts 二 to 十 in order, each key once", () => {
    expect(outlineAreas.map((a) => a.part).join("")).toBe("二三四五六七八九十");
    expect(new Set(outlineAreas.map((a) => a.key)).size).toBe(9);
    expect(outlineAreas.find((a) => a.key === "enforcement")?.headingZh).toBe("健全行政执法工作体系，全面推进严格规范公正文明执法");
  });

  it("writes the headings shown to readers with full-width punctuation, as the outline does", () => {
    const headings = [...outlineAreas, ...outline2015Areas].map((a) => a.headingZh);
    expect(headings.filter((h) => /[,:;()]/.test(h))).toEqual([]);
  });

  it("maps each part of the 2015 outline to 2021 areas that exist", () => {
    const keys = new Set(outlineAreas.map((a) => a.key));
    expect(outline2015Areas.map((a) => a.part).join("")).toBe("二三四五六七八九");
    for (const old of outline2015Areas) {
      expect(old.areas.length).toBeGreaterThan(0);
      expect(old.areas.every((area) => keys.has(area))).toBe(true);
    }
    expect(outline2015Areas.find((a) => a.part === "六")?.areas).toEqual(["oversight"]);
  });

  it("leaves emergency with no 2015 counterpart", () => {
    expect(outline2015Areas.some((a) => a.areas.includes("emergency"))).toBe(false);
  });
});
