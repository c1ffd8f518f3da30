import { describe, expect, it } from "vitest";
import {
  notTitleEndings,
  notTitleOpenings,
  pageTitleSeparators,
  ruleOfLawWords,
  titleEndOnlyWords,
  titleJoinWords,
  titleKindWords,
} from "../../../src/catalog/lexicon/documentKinds.js";
import { DocumentKind } from "../../../src/model/documentKind.js";
import { findTitle } from "../../../src/parse/documentTitle.js";
import { readMetadata } from "../../../src/parse/metadata.js";
import { expectCleanWords, expectFolded, expectNoRegExpSyntax } from "../../helpers/lexicon.js";

const kindWords = Object.keys(titleKindWords);

describe("documentKinds lexicon", () => {
  it("has clean, folded lists", () => {
    const lists = { ruleOfLawWords, titleKindWords: kindWords, titleEndOnlyWords, titleJoinWords, notTitleOpenings, notTitleEndings };
    for (const [name, words] of Object.entries(lists)) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
  });

  it("has page title separators, folded, each a mark or a dash with a space on each side (a range's dash is no separator)", () => {
    expectFolded(pageTitleSeparators, "pageTitleSeparators");
    for (const separator of pageTitleSeparators) expect(/^(?:[_|]| [-–—]+ )$/.test(separator), separator).toBe(true);
  });

  it("has no pattern syntax in the words joined into the reporting-year and announcement patterns", () => {
    expectNoRegExpSyntax(ruleOfLawWords, "ruleOfLawWords");
    expectNoRegExpSyntax(kindWords, "titleKindWords");
  });

  it("gives each title word a document kind, both kinds having words", () => {
    for (const kind of Object.values(titleKindWords)) expect(DocumentKind.safeParse(kind).success, kind).toBe(true);
    expect(new Set(Object.values(titleKindWords))).toEqual(new Set(DocumentKind.options));
  });

  it("has end-only words that are title words of a report", () => {
    for (const word of titleEndOnlyWords) expect(titleKindWords[word], word).toBe("annual-report");
  });

  it("reads each title word as its kind of document", () => {
    for (const [word, kind] of Object.entries(titleKindWords)) {
      const meta = readMetadata(`某县2021年法治政府建设工作${word}\n正文。`);
      expect([meta.title, meta.documentKind], word).toEqual([`某县2021年法治政府建设工作${word}`, kind]);
    }
  });

  it("needs a rule-of-law word in a title", () => {
    for (const word of ruleOfLawWords) expect(findTitle(`某县2021年${word}工作报告\n正文`)?.text, word).toBe(`某县2021年${word}工作报告`);
    expect(findTitle("某县2021年安全生产工作报告\n正文")).toBeNull();
  });

  it("joins a title broken after each join word", () => {
    for (const word of titleJoinWords) {
      expect(findTitle(`某县2022年度法治政府建设工作报告${word}\n2023年工作思路\n正文`)?.text, word).toBe(`某县2022年度法治政府建设工作报告${word}2023年工作思路`);
    }
  });

  it("reads no title in a line that opens or ends as a covering text", () => {
    const title = "某县2022年度法治政府建设工作报告";
    expect(findTitle(`${title}\n正文`)?.text).toBe(title);
    for (const word of notTitleOpenings) expect(findTitle(`${word}${title}\n正文`), word).toBeNull();
    for (const word of notTitleEndings) expect(findTitle(`${title}${word}\n正文`), word).toBeNull();
  });
});
