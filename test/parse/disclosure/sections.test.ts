import { describe, expect, it } from "vitest";
import { findSections, splitLines } from "../../../src/parse/disclosure/sections.js";
import { foldText } from "../../../src/parse/foldText.js";

function sections(source: string) {
  const folded = foldText(source);
  return findSections(folded, source, splitLines(folded));
}

describe("splitLines", () => {
  it("splits at \\n, \\r\\n and \\r, with each line's offset", () => {
    expect(splitLines("一、总体情况\r\n正文\r二、")).toEqual([
      { text: "一、总体情况", start: 0 },
      { text: "正文", start: 8 },
      { text: "二、", start: 11 },
    ]);
    expect(splitLines("")).toEqual([{ text: "", start: 0 }]);
  });
});

describe("findSections", () => {
  it.each([
    ["一、总体情况\n2022年,本机关认真贯彻落实《条例》。\n二、主动公开政府信息情况\n(表格)\n四、政府信息公开行政复议、行政诉讼情况\n无。"],
    ["一、总体情况\n２０２２年，本机关认真贯彻落实《条例》。\n二、主动公开政府信息情况\n（表格）\n四、政府信息公开行政复议、行政诉讼情况\n无。"],
  ])("finds each section by its heading, running to the next one", (source) => {
    const found = sections(source);
    expect(found.map((s) => [s.key, s.heading])).toEqual([
      ["overview", "一、总体情况"],
      ["active", "二、主动公开政府信息情况"],
      ["reviews", "四、政府信息公开行政复议、行政诉讼情况"],
    ]);
    expect(found[0]?.span).toEqual({ start: 0, end: source.indexOf("二、") });
    expect(found[2]?.span.end).toBe(source.length);
    expect(found[2]?.contentLength).toBe(2);
  });

  it("reads a markdown heading and keeps the first heading of a kind", () => {
    expect(sections("## 一、总体情况\n正文\n一、总体情况\n").map((s) => s.heading)).toEqual(["一、总体情况"]);
  });

  it("skips long lines, table rows, lines ending in a figure and lines without a numeral", () => {
    expect(sections("| 一、主动公开 | 12 |\n三、收到和处理政府信息公开申请情况 12\n总体情况\n")).toEqual([]);
    expect(sections("")).toEqual([]);
  });
});
