import { describe, expect, it } from "vitest";
import { circledNumerals, headingEnds, inlinePointMarker, outlineNumerals } from "../../../src/catalog/lexicon/outlineMarkers.js";
import { parseOutline } from "../../../src/parse/outline.js";
import { expectCleanWords, expectFolded, expectNoRegExpSyntax, expectSingleCharacters } from "../../helpers/lexicon.js";

describe("outlineMarkers lexicon", () => {
  it("has clean, folded one-character marks (joined into character classes and compared with one character)", () => {
    for (const [name, words] of Object.entries({ outlineNumerals, headingEnds, circledNumerals })) {
      expectCleanWords(words, name);
      expectFolded(words, name);
      expectSingleCharacters(words, name);
      expect(words.filter((c) => /[\]\\^-]/.test(c)), name).toEqual([]);
    }
    expectCleanWords([inlinePointMarker], "inlinePointMarker");
    expectNoRegExpSyntax([inlinePointMarker], "inlinePointMarker");
  });

  it("lists the numerals 一 to 十 and the circled numerals ① to ⑳ in order", () => {
    expect(outlineNumerals.join("")).toBe("一二三四五六七八九十");
    expect(circledNumerals.map((c) => c.charCodeAt(0) - 0x2460)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("reads each numeral as a heading of level 1 (一、) and 2 ((一), （一）)", () => {
    for (const numeral of outlineNumerals) {
      const [top] = parseOutline(`${numeral}、主要任务\n(${numeral})健全职能体系。\n（${numeral}）完善依法行政制度。`);
      expect([top?.level, top?.label], numeral).toEqual([1, numeral]);
      expect(top?.children.map((c) => [c.level, c.label]), numeral).toEqual([
        [2, numeral],
        [2, numeral],
      ]);
    }
  });

  it("reads each circled numeral as a heading of level 4", () => {
    for (const circled of circledNumerals) {
      const [top] = parseOutline(`一、主要任务\n${circled}完善制度。正文`);
      expect(top?.children.map((c) => [c.level, c.label, c.heading]), circled).toEqual([[4, circled, "完善制度"]]);
    }
  });

  it("reads points inside a paragraph by the inline marker, each heading ending at a heading end or ;", () => {
    const [top] = parseOutline(`一、主要任务\n一${inlinePointMarker}加强学习${headingEnds[0]}二${inlinePointMarker}优化服务;三${inlinePointMarker}强化监督。`);
    expect(top?.children.map((c) => [c.level, c.label, c.heading])).toEqual([
      [5, `一${inlinePointMarker}`, "加强学习"],
      [5, `二${inlinePointMarker}`, "优化服务"],
      [5, `三${inlinePointMarker}`, "强化监督"],
    ]);
  });

  it("ends a heading at each heading end", () => {
    for (const end of headingEnds) {
      const [top] = parseOutline(`一、主要任务\n1.优化政府机构职能${end}紧跟改革步伐`);
      expect(top?.children[0]?.heading, end).toBe("优化政府机构职能");
    }
  });
});
