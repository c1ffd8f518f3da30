import { describe, expect, it } from "vitest";
import {
  activeColumns,
  activeRowWords,
  allUpheldWords,
  blankCellMarks,
  disclosureActivePhrases,
  disclosureCellNames,
  disclosureSectionWords,
  disclosureTextPhrases,
  disclosureTitleEnding,
  feeExplanationWords,
  feeNonePattern,
  feePattern,
  noLossWords,
  periodYearPattern,
  requestHeaderWords,
  requestRowWords,
  reviewGroupWords,
  sectionNumerals,
  template2019Markers,
  template2021Markers,
} from "../../../src/catalog/lexicon/disclosure.js";
import { disclosureRequestColumns, disclosureReviewColumns } from "../../../src/model/disclosureCells.js";
import type { Issue } from "../../../src/model/issue.js";
import { DisclosureActive2019, DisclosureActive2021, DisclosureRequests, DisclosureReviews } from "../../../src/model/disclosureReport.js";
import { requestRowKey } from "../../../src/parse/disclosure/requestsTable.js";
import { readReviewsTable } from "../../../src/parse/disclosure/reviewsTable.js";
import { findSections, splitLines } from "../../../src/parse/disclosure/sections.js";
import { readTableLine } from "../../../src/parse/disclosure/tableLine.js";
import { foldText } from "../../../src/parse/foldText.js";
import { expectCleanWords, expectFolded, expectNoRegExpSyntax, expectSingleCharacters } from "../../helpers/lexicon.js";

const words = {
  sectionWords: disclosureSectionWords.flatMap((s) => s.words),
  sectionNumerals,
  template2019Markers,
  template2021Markers,
  activeRowWords: activeRowWords.flatMap((r) => r.words),
  requestRowWords: requestRowWords.flatMap((r) => r.words),
  requestHeaderWords,
  reviewGroupWords: reviewGroupWords.flatMap((g) => g.words),
  allUpheldWords,
  noLossWords,
  feeExplanationWords,
  disclosureTitleEnding: [disclosureTitleEnding],
};

/** The keys of a zod object schema's shape, in order. */
const keysOf = (shape: object) => Object.keys(shape);

/** The sub-rows of table 三 under a group, in the schema's order. */
const schemaGroups = {
  refused: keysOf(DisclosureRequests.shape.refused.shape),
  unavailable: keysOf(DisclosureRequests.shape.unavailable.shape),
  notProcessed: keysOf(DisclosureRequests.shape.notProcessed.shape),
  other: ["noCorrection", "feeUnpaid", "other"],
};

/** Every name a text phrase may give: a row or group of table 三, one of its cells, its 法人 cells, a cell of table 四. */
const cellNames: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  for (const { key } of requestRowWords) {
    names.add(`requests.${key}`);
    names.add(`requests.${key}.orgs`);
    for (const column of disclosureRequestColumns) names.add(`requests.${key}.${column}`);
  }
  for (const group of Object.keys(schemaGroups)) names.add(`requests.${group}`);
  for (const group of keysOf(DisclosureReviews.shape)) for (const column of disclosureReviewColumns) names.add(`reviews.${group}.${column}`);
  return names;
})();

const groupCount = (pattern: string) => (new RegExp(`${pattern}|`).exec("")?.length ?? 1) - 1;

describe("disclosure lexicon", () => {
  it("has clean words without spaces, in folded form (matched on folded text with spaces removed)", () => {
    for (const [name, list] of Object.entries(words)) {
      expectCleanWords(list, name);
      expectFolded(list, name);
    }
    expectFolded(
      [...disclosureTextPhrases.map((p) => p.pattern), ...disclosureActivePhrases.map((p) => p.pattern), feePattern, feeNonePattern, periodYearPattern],
      "patterns",
    );
  });

  it("has one-character section numerals without pattern syntax (joined into a pattern)", () => {
    expectSingleCharacters(sectionNumerals, "sectionNumerals");
    expectNoRegExpSyntax(sectionNumerals, "sectionNumerals");
  });

  it("names the six sections in template order, each once", () => {
    expect(disclosureSectionWords.map((s) => s.key)).toEqual(["overview", "active", "requests", "reviews", "problems", "other"]);
  });

  it("reads each section heading by its words", () => {
    const headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
    const text = headings.map((h) => `${h}\n正文。`).join("\n");
    expect(findSections(foldText(text), text, splitLines(text)).map((s) => s.key)).toEqual(disclosureSectionWords.map((s) => s.key));
  });

  it("tells the templates apart by markers they do not share", () => {
    expect(template2019Markers.filter((m) => template2021Markers.includes(m))).toEqual([]);
  });

  it("gives table 二 the rows and columns of the schema of each template", () => {
    const procurement = keysOf(DisclosureActive2019.shape.procurement.shape).filter((key) => key !== "unit");
    const schema2019 = Object.fromEntries(
      Object.entries(DisclosureActive2019.shape).map(([row, value]) => [row, row === "procurement" ? procurement : keysOf(value.shape)]),
    );
    const schema2021 = Object.fromEntries(Object.entries(DisclosureActive2021.shape).map(([row, value]) => [row, keysOf(value.shape)]));
    expect(activeColumns["2019"]).toEqual(schema2019);
    expect(activeColumns["2021"]).toEqual(schema2021);
    expect(Object.keys(activeColumns["2019"])).toEqual(keysOf(DisclosureActive2019.shape));
    expect(Object.keys(activeColumns["2021"])).toEqual(keysOf(DisclosureActive2021.shape));
  });

  it("has words for each row of table 二, once each", () => {
    const keys = activeRowWords.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set([...keysOf(DisclosureActive2019.shape), ...keysOf(DisclosureActive2021.shape)]));
  });

  it("has words for each row of table 三, sub-rows in the schema's order (reports are built in this order)", () => {
    const keys = requestRowWords.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [group, rows] of Object.entries(schemaGroups)) {
      expect(keys.filter((k) => k.startsWith(`${group}.`)).map((k) => k.slice(group.length + 1)), group).toEqual(rows);
    }
    const top = keysOf(DisclosureRequests.shape).filter((k) => k === "other" || !(k in schemaGroups));
    expect(keys.filter((k) => !k.includes("."))).toEqual(top);
  });

  it("restricts a generic word only to rows listed before it", () => {
    requestRowWords.forEach((row, i) => {
      const earlier = requestRowWords.slice(0, i).map((r) => r.key);
      for (const after of row.after ?? []) expect(earlier, `${row.key} after ${after}`).toContain(after);
    });
  });

  it("reads no row in a header line", () => {
    for (const word of requestHeaderWords) expect(requestRowKey(`${word}本年新收`, null), word).toBeNull();
    expect(requestRowKey("本年新收", null)).toBe("received");
  });

  it("has words for each group of table 四, the schema's groups", () => {
    expect(new Set(reviewGroupWords.map((g) => g.key))).toEqual(new Set(keysOf(DisclosureReviews.shape)));
  });

  it("reads five values under a group's label as that group", () => {
    for (const { key, words: groupWords } of reviewGroupWords) {
      const word = groupWords[0] ?? "";
      const issues: Issue[] = [];
      const groups = readReviewsTable([{ text: `| ${word} | 1 | 2 | 3 | 4 | 10 |`, start: 0 }], { doubled: false, borders: "auto" }, "en", issues);
      expect([...groups.keys()], key).toEqual([key]);
      expect(groups.get(key)?.values, key).toEqual(["1", "2", "3", "4", "10"]);
    }
  });

  it("reads each blank mark as a blank cell", () => {
    for (const mark of blankCellMarks) {
      const line = readTableLine(`| 规章 | ${mark} | 2 | 3 |`);
      expect(line.cells.map((c) => c.value), mark).toEqual([null, "2", "3"]);
    }
  });

  it("has text phrases that compile with the number in group 1 and name cells that exist", () => {
    for (const phrase of disclosureTextPhrases) {
      expect(groupCount(phrase.pattern), phrase.pattern).toBeGreaterThanOrEqual(1);
      for (const name of [...phrase.cells, ...(phrase.alternative ?? [])]) expect(cellNames.has(name), `${phrase.pattern}: ${name}`).toBe(true);
      expectCleanWords(phrase.context ?? ["-"], `context of ${phrase.pattern}`);
    }
    const active2019 = new Set(Object.entries(activeColumns["2019"]).flatMap(([row, columns]) => (columns ?? []).map((c) => `active.${row}.${c}`)));
    for (const phrase of disclosureActivePhrases) {
      expect(groupCount(phrase.pattern), phrase.pattern).toBe(1);
      expect(active2019.has(phrase.cell), phrase.cell).toBe(true);
    }
  });

  it("reads the fee, its absence and the statistics year with their patterns", () => {
    expect(new RegExp(feePattern).exec("信息处理费共计380元")?.slice(1)).toEqual(["380", "元"]);
    expect(new RegExp(feePattern).exec("收取信息处理费0.12万元")?.slice(1)).toEqual(["0.12", "万元"]);
    expect(new RegExp(feeNonePattern).test("本机关未收取信息处理费")).toBe(true);
    expect(new RegExp(feeNonePattern).test("本机关收取信息处理费")).toBe(false);
    expect(new RegExp(periodYearPattern).exec("统计期限自2023年1月1日起至2023年12月31日止")?.[1]).toBe("2023");
  });

  it("names every column of table 三 and group of table 四 in Chinese and English", () => {
    expect(new Set(Object.keys(disclosureCellNames))).toEqual(new Set([...disclosureRequestColumns, ...keysOf(DisclosureReviews.shape)]));
    for (const [key, [zh, en]] of Object.entries(disclosureCellNames)) {
      expect(zh, key).toMatch(/^\S+$/);
      expect(en.trim(), key).toBe(en);
      expect(en.length, key).toBeGreaterThan(0);
    }
  });
});
