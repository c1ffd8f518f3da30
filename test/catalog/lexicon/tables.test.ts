import { describe, expect, it } from "vitest";
import {
  tableAgencyColumnLabels,
  tableCellSeparators,
  tableChangeWords,
  tableCurrentYearWords,
  tableTotalRowWords,
  tableUnitLabels,
} from "../../../src/catalog/lexicon/tables.js";
import { parseReport } from "../../../src/index.js";
import { expectCleanWords, expectFolded, expectLongerFirst, expectSingleCharacters } from "../../helpers/lexicon.js";

const title = "南宁市市场监督管理局2023年法治政府建设年度报告\n";

describe("tables lexicon", () => {
  it("has clean lists in folded form (the table reader matches on foldText output)", () => {
    for (const [name, words] of Object.entries({ tableUnitLabels, tableCurrentYearWords, tableChangeWords, tableAgencyColumnLabels, tableTotalRowWords })) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
    expectSingleCharacters(tableCellSeparators, "tableCellSeparators");
    expectFolded(tableCellSeparators, "tableCellSeparators");
  });

  it("lists a word that starts another after it (they are tried in order at a header's start)", () => {
    for (const [name, words] of Object.entries({ tableUnitLabels, tableCurrentYearWords })) {
      expectLongerFirst(words, (longer, shorter) => longer.startsWith(shorter), name);
    }
  });

  it("is what the reader reads: a unit label in brackets, a prior year's column, a change column", () => {
    const doc = parseReport(`${title}| 指标 | 上年 | 本年 | 增减 |\n| 行政处罚案件(单位:件) | 800 | 856 | 56 |\n`);
    expect(doc.quantities.map((q) => [q.indicator, q.value.toString(), q.unit, q.year ?? null])).toEqual([
      ["enforcement.penaltyCases", "800", "件", 2022],
      ["enforcement.penaltyCases", "856", "件", null],
      [null, "56", "件", null],
    ]);
  });

  it("is what the reader reads: a column of agencies, a total row", () => {
    const doc = parseReport(`${title}| 县(市、区) | 行政处罚案件(件) |\n| 兴宁区 | 320 |\n| 全市 | 1,860 |\n`);
    expect(doc.quantities.map((q) => [q.indicator, q.subject, q.value.toString()])).toEqual([
      [null, "兴宁区行政处罚案件", "320"],
      ["enforcement.penaltyCases", "行政处罚案件", "1860"],
    ]);
  });
});
