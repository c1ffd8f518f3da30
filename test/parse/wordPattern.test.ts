import { describe, expect, it } from "vitest";
import { anyOf, escapeRegExp } from "../../src/parse/wordPattern.js";

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
