import { describe, expect, it } from "vitest";
import {
  countCues,
  labelMarkers,
  pageCounterLabels,
  nameFollowers,
  numeralPhrases,
  qualifierPrefixes,
  qualifierSuffixes,
  subjectLinks,
  subjectOpeners,
  targetCues,
  zeroNouns,
  zeroTriggers,
} from "../../../src/catalog/lexicon/quantityWords.js";
import { Qualifier } from "../../../src/model/qualifier.js";
import { extractQuantities } from "../../../src/parse/quantities.js";
import { zeroStatements } from "../../../src/parse/zeroStatements.js";
import { expectCleanWords, expectFolded, expectLongerFirst, expectNoRegExpSyntax, expectSingleCharacters } from "../../helpers/lexicon.js";

const read = (text: string) => extractQuantities(text, { classify: false }).quantities.map((q) => [q.quote, q.qualifier]);

describe("quantityWords lexicon", () => {
  it("has clean, folded word lists", () => {
    const lists = {
      subjectOpeners,
      subjectLinks,
      numeralPhrases,
      zeroTriggers,
      qualifierPrefixes: qualifierPrefixes.map(([word]) => word),
      qualifierSuffixes: qualifierSuffixes.map(([word]) => word),
      labelMarkers: [...labelMarkers],
      pageCounterLabels,
      countCues: [...countCues],
    };
    for (const [name, words] of Object.entries(lists)) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
  });

  it("has one-character label markers and count cues (each is compared with the character before a numeral)", () => {
    expectSingleCharacters([...labelMarkers], "labelMarkers");
    expectSingleCharacters([...countCues], "countCues");
  });

  it("has no pattern syntax in subject openers and links (joined into patterns)", () => {
    expectNoRegExpSyntax(subjectOpeners, "subjectOpeners");
    expectNoRegExpSyntax(subjectLinks, "subjectLinks");
  });

  it("has qualifier prefixes of at most three characters, longest first where one ends another", () => {
    for (const [word] of qualifierPrefixes) expect(word.length, word).toBeLessThanOrEqual(3);
    expectLongerFirst(qualifierPrefixes.map(([word]) => word), (longer, shorter) => longer.endsWith(shorter), "qualifierPrefixes");
  });

  it("has no word twice among the qualifier prefixes and suffixes (the reader keeps one qualifier per word)", () => {
    const words = [...qualifierPrefixes, ...qualifierSuffixes].map(([word]) => word);
    expect(words.filter((word, k) => words.indexOf(word) !== k)).toEqual([]);
  });

  it("has qualifier suffixes longest first where one begins another", () => {
    expectLongerFirst(qualifierSuffixes.map(([word]) => word), (longer, shorter) => longer.startsWith(shorter), "qualifierSuffixes");
  });

  it("gives every qualifier word a qualifier, and lists zero triggers longest first where one begins another", () => {
    for (const [word, qualifier] of [...qualifierPrefixes, ...qualifierSuffixes]) expect(Qualifier.safeParse(qualifier).success, word).toBe(true);
    expectLongerFirst(zeroTriggers, (longer, shorter) => longer.startsWith(shorter), "zeroTriggers");
  });

  it("gives the words the Qualifier schema names the bound it documents", () => {
    const meaning = new Map([...qualifierPrefixes, ...qualifierSuffixes]);
    const documented: [string, string][] = [
      ["约", "approx"], ["左右", "approx"], ["近", "approx"],
      ["余", "atLeast"], ["多", "atLeast"], ["以上", "atLeast"], ["超过", "atLeast"], ["不少于", "atLeast"],
      ["以下", "atMost"], ["不超过", "atMost"], ["以内", "atMost"],
    ];
    for (const [word, qualifier] of documented) expect(meaning.get(word), word).toBe(qualifier);
  });

  it("has patterns without the g or y flag (they are used with test and exec, which would keep a lastIndex)", () => {
    for (const pattern of [targetCues, nameFollowers, zeroNouns]) expect(pattern.flags).not.toMatch(/[gy]/);
  });

  it("starts every numeral phrase with a Chinese numeral", () => {
    for (const phrase of numeralPhrases) expect(phrase, phrase).toMatch(/^[一二三四五六七八九十两]/);
  });

  it("bounds a figure by each prefix and suffix, in ASCII and full-width digits", () => {
    for (const [word, qualifier] of qualifierPrefixes) {
      expect(read(`办理案件${word}30件。`), word).toEqual([[`办理案件${word}30件`, qualifier]]);
      expect(read(`办理案件${word}３０件。`), word).toEqual([[`办理案件${word}３０件`, qualifier]]);
    }
    for (const [word, qualifier] of qualifierSuffixes) expect(read(`办理案件30件${word}。`), word).toEqual([[`办理案件30件${word}`, qualifier]]);
    expect(read("办理案件30件。")).toEqual([["办理案件30件", "exact"]]);
  });

  it("reads no quantity anywhere in a numeral phrase", () => {
    for (const phrase of numeralPhrases) expect(read(`全面落实${phrase}要求。`), phrase).toEqual([]);
    expect(read("全面落实三项任务。")).toEqual([["全面落实三项", "exact"]]);
  });

  it("reads a bare 一 as a count only after a count cue, and no numeral after a label marker", () => {
    for (const cue of countCues) expect(read(`每个科室${cue}一件。`).length, cue).toBe(1);
    expect(read("每个科室一件。")).toEqual([]);
    for (const marker of labelMarkers) expect(read(`召开${marker}三次会议。`), marker).toEqual([]);
    expect(read("召开三次会议。").length).toBe(1);
  });

  it("reads a statement of zero after each trigger", () => {
    for (const trigger of zeroTriggers) {
      const text = `全年,${trigger}行政复议案件被纠错。`;
      expect(zeroStatements(text, { bounds: [] }).map((q) => [q.quote, q.value.toString()]), trigger).toEqual([[`${trigger}行政复议案件被纠错`, "0"]]);
    }
  });
});
