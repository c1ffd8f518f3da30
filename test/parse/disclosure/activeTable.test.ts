import { describe, expect, it } from "vitest";
import { readActiveTable } from "../../../src/parse/disclosure/activeTable.js";
import { splitLines } from "../../../src/parse/disclosure/sections.js";
import type { Issue } from "../../../src/model/issue.js";
import { foldText } from "../../../src/parse/foldText.js";

const format = { doubled: false, borders: "auto" } as const;

function read(source: string, template: "2019" | "2021" = "2021") {
  const issues: Issue[] = [];
  const rows = readActiveTable(splitLines(foldText(source)), template, format, "en", issues);
  return { values: Object.fromEntries([...rows].map(([key, row]) => [key, row.values])), issues };
}

describe("readActiveTable", () => {
  it.each([
    ["规章    0    0    3\n行政规范性文件    5    2    41\n行政许可    1,208\n行政处罚    86\n"],
    ["规章　　０　　０　　３\n行政规范性文件　　５　　２　　４１\n行政许可　　１，２０８\n行政处罚　　８６\n"],
  ])("reads each row by its label, with the template's columns", (source) => {
    expect(read(source)).toEqual({
      values: { regulations: ["0", "0", "3"], normativeDocuments: ["5", "2", "41"], licensing: ["1208"], penalties: ["86"] },
      issues: [],
    });
  });

  it("joins a label alone on the line above its values, and keeps the first row of a kind", () => {
    expect(read("行政许可\n    41    -3    3087\n行政许可    1    1    1\n", "2019").values).toEqual({ licensing: ["41", "-3", "3087"] });
  });

  it("leaves a row with another count of values blank, with an issue", () => {
    const { values, issues } = read("规章    0    3\n");
    expect(values).toEqual({ regulations: [null, null, null] });
    expect(issues).toMatchObject([{ code: "disclosure.cellsUnreadable", severity: "warning", path: ["active", "regulations"], params: { found: 2, expected: 3 } }]);
  });

  it("reads nothing from empty lines or rows of no template label", () => {
    expect(read("")).toEqual({ values: {}, issues: [] });
    expect(read("信息内容    本年新制发件数\n其他事项    12\n")).toEqual({ values: {}, issues: [] });
  });
});
