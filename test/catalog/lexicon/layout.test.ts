import { describe, expect, it } from "vitest";
import {
  clauseEndings,
  closingMarks,
  headingNumberMarks,
  headingNumerals,
  itemMarks,
  pageNumberDashes,
  pageNumberWords,
  runningTextMarks,
  sentenceEndings,
  structureWords,
} from "../../../src/catalog/lexicon/layout.js";
import { cleanLayoutText } from "../../../src/parse/cleanLayoutText.js";
import { expectCleanWords, expectFolded, expectSingleCharacters } from "../../helpers/lexicon.js";

const lists = { sentenceEndings, clauseEndings, runningTextMarks, closingMarks, headingNumerals, headingNumberMarks, structureWords, itemMarks, pageNumberDashes };

describe("layout lexicon", () => {
  it("has clean lists in folded form (cleanLayoutText matches on foldText output)", () => {
    for (const [name, words] of Object.entries(lists)) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
    expectFolded(Object.values(pageNumberWords), "pageNumberWords");
  });

  it("has one-character marks where a line's last character is compared, and numerals for a character class", () => {
    expectSingleCharacters(sentenceEndings, "sentenceEndings");
    expectSingleCharacters(clauseEndings, "clauseEndings");
    expectSingleCharacters(runningTextMarks, "runningTextMarks");
    expectSingleCharacters(closingMarks, "closingMarks");
    expectSingleCharacters(headingNumerals, "headingNumerals");
    expect(headingNumerals.filter((c) => /[\]\\^-]/.test(c))).toEqual([]);
  });

  it("keeps the kinds of ending apart: a mark ends a sentence or a clause or closes, never two of these", () => {
    const sentence = new Set(sentenceEndings);
    expect(clauseEndings.filter((c) => sentence.has(c))).toEqual([]);
    expect(closingMarks.filter((c) => sentence.has(c) || clauseEndings.includes(c))).toEqual([]);
    expect(sentenceEndings).toEqual(expect.arrayContaining(["。", "!", "?"]));
    expect(clauseEndings).toEqual(expect.arrayContaining([";", ":"]));
  });

  it("has distinct page-number words", () => {
    expect(new Set(Object.values(pageNumberWords)).size).toBe(3);
    for (const word of Object.values(pageNumberWords)) expect(word).toMatch(/^\S+$/);
  });

  it("removes a page number framed by any of the dashes, in either width", () => {
    for (const dash of pageNumberDashes) {
      expect(cleanLayoutText(`一、总体情况\n${dash}1${dash}\n二、主动公开情况`), dash).toBe("一、总体情况\n二、主动公开情况");
      expect(cleanLayoutText(`一、总体情况\n${dash} 12 ${dash}\n二、主动公开情况`), dash).toBe("一、总体情况\n二、主动公开情况");
    }
    expect(cleanLayoutText("一、总体情况\n－３－\n二、主动公开情况")).toBe("一、总体情况\n二、主动公开情况");
  });

  it("removes a page line written with the page-number words", () => {
    const { ordinal, page, total } = pageNumberWords;
    expect(cleanLayoutText(`一、总体情况\n${ordinal}1${page} ${total}5${page}\n二、主动公开情况`)).toBe("一、总体情况\n二、主动公开情况");
  });
});
