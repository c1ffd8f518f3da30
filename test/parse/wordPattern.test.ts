import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyOf, byFirstCode, escapeRegExp, trailingWordsStart } from "../../src/parse/wordPattern.js";

describe("escapeRegExp and anyOf", () => {
  it("match a word with pattern characters literally, in and outside a character class", () => {
    expect(new RegExp(escapeRegExp("(一)")).test("(一)规范执法")).toBe(true);
    expect(new RegExp(escapeRegExp("(一)")).test("一规范执法")).toBe(false);
    expect(new RegExp(`[${escapeRegExp("-/")}]`).test("a")).toBe(false);
    expect(new RegExp(`^[${escapeRegExp("a-z")}]$`).test("b")).toBe(false);
    expect(escapeRegExp("（一）")).toBe("（一）");
  });

  it("build an alternative of words, each literal", () => {
    const pattern = new RegExp(`^(?:${anyOf(["1.5%", "办结率", "（一）"])})$`);
    expect(["1.5%", "办结率", "（一）"].every((word) => pattern.test(word))).toBe(true);
    expect(pattern.test("125%")).toBe(false);
    expect(anyOf([])).toBe("");
  });
});

describe("trailingWordsStart", () => {
  const words = ["共计", "共", "计", "达到", "达", "为"];
  const links = byFirstCode(words, true);

  it("finds where a run of words ends a text, as the pattern (?:words)+$ does", () => {
    expect(trailingWordsStart("罚款共计", links)).toBe(2);
    expect(trailingWordsStart("罚款达到为", links)).toBe(2);
    expect(trailingWordsStart("罚款", links)).toBe(2);
    expect(trailingWordsStart("", links)).toBe(0);
    expect(trailingWordsStart("共计", new Map())).toBe(2);
  });

  it("agrees with the pattern on any text of those words and others", () => {
    const pattern = new RegExp(`(?:${anyOf(words)})+$`);
    const texts = fc.array(fc.constantFrom(...words, "了", "罚", "款", "达到了"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(texts, (text) => {
        const found = text.search(pattern);
        expect(trailingWordsStart(text, links)).toBe(found < 0 ? text.length : found);
      }),
    );
  });

  it("stays linear where the pattern backtracks through every split of the run (2^60 for 共计 sixty times before 了)", () => {
    const text = `${"共计".repeat(60)}了`;
    expect(trailingWordsStart(text, links)).toBe(text.length);
    expect(trailingWordsStart(`${text}共计`, links)).toBe(text.length);
  });
});
