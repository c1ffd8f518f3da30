import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/model/issue.js";
import { readReviewsTable } from "../../../src/parse/disclosure/reviewsTable.js";
import { splitLines } from "../../../src/parse/disclosure/sections.js";
import { foldText } from "../../../src/parse/foldText.js";

const format = { doubled: false, borders: "auto" } as const;

function read(source: string) {
  const issues: Issue[] = [];
  const groups = readReviewsTable(splitLines(foldText(source)), format, "en", issues);
  return { values: Object.fromEntries([...groups].map(([key, row]) => [key, row.values])), issues };
}

describe("readReviewsTable", () => {
  it.each([
    ["结果维持 结果纠正 其他结果 尚未审结 总计\n  5  1  0  1  7  3  0  1  0  4  0  0  0  0  0\n"],
    ["结果维持　结果纠正　其他结果　尚未审结　总计\n　５　１　０　１　７　３　０　１　０　４　０　０　０　０　０\n"],
  ])("reads a line of 15 values as the three groups in template order", (source) => {
    expect(read(source)).toEqual({
      values: {
        reconsideration: ["5", "1", "0", "1", "7"],
        litigationDirect: ["3", "0", "1", "0", "4"],
        litigationAfterReconsideration: ["0", "0", "0", "0", "0"],
      },
      issues: [],
    });
  });

  it("reads a line of 5 values as the group its heading names", () => {
    expect(read("行政诉讼\n未经复议直接起诉\n  2  0  0  1  3\n").values).toEqual({ litigationDirect: ["2", "0", "0", "1", "3"] });
    expect(read("行政复议  4  0  0  0  4\n").values).toEqual({ reconsideration: ["4", "0", "0", "0", "4"] });
  });

  it("gives an issue, not a wrong group, for values no heading names or of another count", () => {
    const { values, issues } = read("行政复议 未经复议直接起诉 复议后起诉\n  2  0  0  1  3\n  1  2  3\n");
    expect(values).toEqual({});
    expect(issues.map((issue) => [issue.code, issue.params?.["found"]])).toEqual([
      ["disclosure.cellsUnreadable", 5],
      ["disclosure.cellsUnreadable", 3],
    ]);
  });

  it("reads no group for a table whose heading is lost: its column header comes again under the heading before", () => {
    const header = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|----------|----------|----------|----------|------|\n";
    const lost = `### 行政诉讼（未经复议直接起诉）\n${header}\n${header}| 8 | 0 | 1 | 1 | 10 |\n`;
    for (const source of [lost, foldText(lost)]) {
      const { values, issues } = read(source);
      expect(values).toEqual({});
      expect(issues.map((issue) => [issue.code, issue.params?.["found"]])).toEqual([["disclosure.cellsUnreadable", 5]]);
    }
    // With its heading, the same table is read; a header wrapped over two lines is one header.
    expect(read(`### 行政诉讼（未经复议直接起诉）\n${header}| 3 | 0 | 0 | 0 | 3 |\n### 行政诉讼（复议后起诉）\n${header}| 8 | 0 | 1 | 1 | 10 |\n`).values).toEqual({
      litigationDirect: ["3", "0", "0", "0", "3"],
      litigationAfterReconsideration: ["8", "0", "1", "1", "10"],
    });
    expect(read("未经复议直接起诉\n结果  结果  其他  尚未\n维持  纠正  结果  审结  总计\n  2  0  0  1  3\n").values).toEqual({ litigationDirect: ["2", "0", "0", "1", "3"] });
  });

  it("reads nothing from empty lines", () => {
    expect(read("")).toEqual({ values: {}, issues: [] });
  });
});

describe("the line of 15 values broken over two", () => {
  // A wide table 四 through pdftotext: the last group (or more) on the next line. Both parts were cellsUnreadable.
  it.each([
    ["ten and five", "  5  1  0  1  7  3  0  1  0  4\n  0  0  0  0  0\n"],
    ["eight and seven, a blank line between", "  5  1  0  1  7  3  0  1\n\n  0  4  0  0  0  0  0\n"],
    ["| rows", "| 5 | 1 | 0 | 1 | 7 | 3 | 0 | 1 | 0 | 4 |\n| 0 | 0 | 0 | 0 | 0 |\n"],
  ])("%s: the three groups", (_, values) => {
    expect(read(`结果维持 结果纠正 其他结果 尚未审结 总计\n${values}`)).toEqual({
      values: {
        reconsideration: ["5", "1", "0", "1", "7"],
        litigationDirect: ["3", "0", "1", "0", "4"],
        litigationAfterReconsideration: ["0", "0", "0", "0", "0"],
      },
      issues: [],
    });
  });

  it("keeps the parts apart when a group's total does not bear the join out: cellsUnreadable, as before", () => {
    const { values, issues } = read("结果维持 结果纠正 其他结果 尚未审结 总计\n  5  1  0  1  7  3  0  1  0  4\n  0  0  0  0  9\n");
    expect(values).toEqual({});
    expect(issues.map((i) => i.code)).toContain("disclosure.cellsUnreadable");
  });
});
