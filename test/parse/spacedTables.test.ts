import { describe, expect, it } from "vitest";
import { foldText } from "../../src/parse/foldText.js";
import { spacedCells, spacedTableText, standsApart } from "../../src/parse/spacedTables.js";
import { toFullWidth } from "../helpers/fullWidth.js";
import { growth } from "../helpers/growth.js";

/** The cells of each line of `text` once its spaced tables are marked: a line without a tab is one cell. */
function marked(text: string): string[][] {
  return spacedTableText(text, foldText(text))
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t").map((cell) => cell.trim()));
}

describe("spacedCells and standsApart", () => {
  it("parts cells at two blanks or more, not at the one space of prose or of PDF text between characters", () => {
    const line = "  行政处罚案件     120件  135 件";
    expect(spacedCells(line, 0, line.length).map((c) => line.slice(c.start, c.end))).toEqual(["行政处罚案件", "120件", "135 件"]);
    expect(spacedCells("法 治 政 府 建 设", 0, 11)).toHaveLength(1);
    expect(standsApart("罚款   56.2", 5)).toBe(true);
    expect(standsApart("罚款 56.2", 3)).toBe(false);
  });
});

describe("spacedTableText", () => {
  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("writes the column gaps of a table aligned with spaces as tabs (%s punctuation)", (_, form) => {
    const text = form("表1 行政执法情况\n项目            2022年     2023年\n行政处罚案件     120件      135件\n罚款金额(万元)   56.2       60.8\n\n二、存在的不足\n");
    expect(marked(text)).toEqual([
      ["表1 行政执法情况"],
      ["项目", "2022年", "2023年"],
      ["行政处罚案件", "120件", "135件"],
      ["罚款金额(万元)", "56.2", "60.8"],
      ["二、存在的不足"],
    ]);
  });

  it("leaves a blank cell for a column a row leaves empty, and reads a column of labels the header leaves blank", () => {
    const text = "                2022年     2023年\n行政复议案件     18         23\n行政应诉案件                31\n";
    expect(marked(text)).toEqual([
      ["", "2022年", "2023年"],
      ["行政复议案件", "18", "23"],
      ["行政应诉案件", "", "31"],
    ]);
  });

  it("puts a group header's cells at the first of the columns they stand centred over", () => {
    const text = "                  行政复议                  行政诉讼\n年度          收案        结案          收案        结案\n2022年         45          43            30          28\n2023年         56          50            36          33\n";
    expect(marked(text).slice(0, 2)).toEqual([
      ["", "行政复议", "", "行政诉讼"],
      ["年度", "收案", "结案", "收案", "结案"],
    ]);
  });

  it("puts a cell wrapped onto a line of its own under its column", () => {
    const text = "序号    工作任务                      牵头单位      完成时限\n1       深入推进严格规范公正文明执法  市司法局      2024年12月\n        全面落实三项制度\n2       推进政务公开                  市政府办公室  2024年6月\n";
    expect(marked(text)[2]).toEqual(["", "全面落实三项制度"]);
  });

  it("takes no prose for a table: lines without a header and two rows of the same columns stay as written", () => {
    for (const text of [
      "2023年，全区共办理行政处罚案件  120件，罚没款  56万元。\n全年开展执法培训  12场次。\n",
      "项目   2022年   2023年\n行政处罚案件   120件   135件\n",
      "一、主要成效  二、存在问题\n我区坚持以习近平法治思想为指导，深入推进依法行政，全面建设法治政府，取得积极成效。\n当前  仍有不足。\n",
    ]) {
      expect(spacedTableText(text, foldText(text))).toBe(foldText(text));
    }
  });

  it("ends a table at a line whose cells stand under none of its columns, at a pipe table and after two blank lines", () => {
    const text = "项目        2022年   2023年\n行政处罚案件  120件    135件\n行政许可      800件    856件\n\n\n会议    时间\n";
    expect(marked(text).slice(3)).toEqual([["会议    时间"]]);
  });

  it("gives each text its own marks when texts alternate (nothing kept between calls)", () => {
    const table = "项目        2022年   2023年\n行政处罚案件  120件    135件\n行政许可      800件    856件\n";
    const prose = "全年办理行政处罚案件  120件。\n";
    for (let k = 0; k < 2; k++) {
      expect(spacedTableText(table, table)).toContain("\t");
      expect(spacedTableText(prose, prose)).toBe(prose);
      expect(spacedTableText(table, foldText(toFullWidth(table)))).toContain("\t");
    }
  });

  it("marks a table in time linear in its rows: 4n rows in less than 10 times the time of n", () => {
    const table = (n: number) => `项目            2022年     2023年\n${"行政处罚案件     120件      135件\n".repeat(n)}`;
    const small = table(1000);
    const large = table(4000);
    expect(growth((t: string) => spacedTableText(t, t), small, large)).toBeLessThan(10);
  });
});
