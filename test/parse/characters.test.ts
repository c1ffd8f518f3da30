import { describe, expect, it } from "vitest";
import { clauseEnds, codeAt, codeTable, isAsciiDigit, isAsciiDigitCode, isAsciiLetterCode, isChineseNumeralAt, isDigitAt, isInvisibleAt, numberStartCodes, sentenceEnds } from "../../src/parse/characters.js";
import { foldText } from "../../src/parse/foldText.js";

describe("digit and numeral characters", () => {
  it("tells ASCII digits, and ASCII or full-width digits by position", () => {
    expect(["0", "9"].every(isAsciiDigit)).toBe(true);
    expect(["１", "a", "", undefined, "十"].some(isAsciiDigit)).toBe(false);
    const text = "办结32件，办结３２件";
    expect([2, 3, 8, 9].every((i) => isDigitAt(text, i))).toBe(true);
    expect([0, 4, 5, 10, 99].some((i) => isDigitAt(text, i))).toBe(false);
  });

  it("tells the characters of Chinese numerals, ordinary and financial", () => {
    const text = "办理二十三件，罚款壹万贰仟元，两起";
    const numerals = [...text].map((_, i) => (isChineseNumeralAt(text, i) ? text[i] : "")).join("");
    expect(numerals).toBe("二十三壹万贰仟两");
    expect(isChineseNumeralAt("", 0)).toBe(false);
  });
});

describe("numberStartCodes", () => {
  it("holds exactly the characters that are digits or parts of Chinese numerals, of all 65,536 codes", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if ((numberStartCodes[code] === 1) !== (isDigitAt(ch, 0) || isChineseNumeralAt(ch, 0))) differ.push(code);
    }
    expect(differ).toEqual([]);
    expect(["0", "９", "〇", "两", "亿", "壹"].every((ch) => numberStartCodes[ch.charCodeAt(0)] === 1)).toBe(true);
    expect(["件", "a", "%", " "].some((ch) => numberStartCodes[ch.charCodeAt(0)] === 1)).toBe(false);
  });
});

describe("codeAt", () => {
  it("gives the UTF-16 code inside the text and 0 off its ends, where charCodeAt gives NaN", () => {
    const text = "罚款1件";
    expect([0, 1, 2, 3].map((i) => codeAt(text, i))).toEqual([...text].map((ch) => ch.charCodeAt(0)));
    expect([-1, -100, 4, 99, Number.NaN].map((i) => codeAt(text, i))).toEqual([0, 0, 0, 0, 0]);
    expect(codeAt("", 0)).toBe(0);
    // The readers' tests off the ends answer false, as they did with NaN.
    expect([-1, 4].some((i) => isDigitAt("12件3", i) || isChineseNumeralAt("一二三四", i))).toBe(false);
  });
});

describe("sentence and clause ends (on folded text)", () => {
  it.each([["办结32件;结案率100%。下一步,继续推进:依法行政、"], ["办结３２件；结案率１００％。下一步，继续推进：依法行政、"]])(
    "end sentences at 。;!? and line breaks, clauses also at , : 、: %s",
    (source) => {
      const text = foldText(source);
      expect([...text].filter((ch) => sentenceEnds.has(ch)).join("")).toBe(";。");
      expect([...text].filter((ch) => clauseEnds.has(ch)).join("")).toBe(";。,:、");
    },
  );

  it("hold every sentence end among the clause ends", () => {
    expect([...sentenceEnds].every((ch) => clauseEnds.has(ch))).toBe(true);
    expect(sentenceEnds.has("\n")).toBe(true);
    expect(sentenceEnds.has(",")).toBe(false);
  });
});

describe("codeTable, isAsciiDigitCode, isAsciiLetterCode", () => {
  it("marks the first character of each word, and nothing else", () => {
    const table = codeTable(["余", "多少", "%"]);
    expect(["余", "多", "%", "少", "a"].map((ch) => table[ch.charCodeAt(0)])).toEqual([1, 1, 1, 0, 0]);
    expect(table.reduce((n, x) => n + x, 0)).toBe(3);
  });

  it("tells ASCII digits and letters by their code, not full-width ones nor neighbours", () => {
    const codes = (s: string) => [...s].map((ch) => ch.charCodeAt(0));
    expect(codes("09/:５").map(isAsciiDigitCode)).toEqual([true, true, false, false, false]);
    expect(codes("AZaz@[`{Ａ").map(isAsciiLetterCode)).toEqual([true, true, true, true, false, false, false, false, false]);
  });
});

describe("isInvisibleAt", () => {
  it("finds controls, format characters and lone surrogates, not white space nor printing characters", () => {
    for (const ch of ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0000", "\u007f", "\u202e", "\ud800", "\udc00"]) expect(isInvisibleAt(`1${ch}2`, 1), JSON.stringify(ch)).toBe(true);
    for (const ch of [" ", "\t", "\n", "\r", "\u3000", "\u00a0", "a", "1", "罚", "，", "\u00ae"]) expect(isInvisibleAt(`1${ch}2`, 1), JSON.stringify(ch)).toBe(false);
    // Both halves of a surrogate pair are one printing character.
    expect(isInvisibleAt("𠀀", 0)).toBe(false);
    expect(isInvisibleAt("𠀀", 1)).toBe(false);
    expect(isInvisibleAt("", 0)).toBe(false);
  });

  it("agrees with the Unicode categories Cc and Cf (white space aside) on every character of the basic plane", () => {
    const category = /^(?![\t\n\v\f\r])[\p{Cc}\p{Cf}]$/u;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (isInvisibleAt(ch, 0) !== category.test(ch)) throw new Error(`U+${code.toString(16)}`);
    }
  });
});
