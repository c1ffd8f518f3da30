import { describe, expect, it } from "vitest";
import { toFullWidth } from "../helpers/fullWidth.js";
import { growth } from "../helpers/growth.js";
import { foldText } from "../../src/parse/foldText.js";
import { parseOutline } from "../../src/parse/outline.js";
import { tableTasksIn } from "../../src/parse/taskTable.js";
import { parseReport } from "../../src/index.js";

const read = (text: string) => tableTasksIn(text, foldText(text), parseOutline(text));

describe("tableTasksIn", () => {
  it("gives a table's tasks the heading above it as section, and ends the table at the first line that is no row", () => {
    const text = "二、规范行政执法\n序号\t重点任务\t责任单位\n1\t推进执法规范化。全面落实三项制度\t县司法局、县直各部门\n\n2\t加强执法监督\t县司法局\n以上任务按季度报送进展。\n3\t这不是任务\t县财政局\n";
    expect(read(text).map((t) => [t.number, t.section, t.title, t.body, t.responsibleUnits])).toEqual([
      ["1", "二、规范行政执法", "推进执法规范化", "推进执法规范化。全面落实三项制度", ["县司法局", "县直各部门"]],
      ["2", "二、规范行政执法", "加强执法监督", "加强执法监督", ["县司法局"]],
    ]);
  });

  it("numbers the rows of a table without a number column, and keeps a unit's own role word", () => {
    const text = "工作任务 | 责任单位 | 完成时间\n推进立法 | 县司法局牵头，县财政局配合 | 2024年9月\n";
    expect(read(text).map((t) => [t.number, t.units, t.deadline, t.deadlineText])).toEqual([
      ["1", [{ name: "县司法局", role: "lead" }, { name: "县财政局", role: "cooperating" }], "2024-09-30", "2024年9月"],
    ]);
  });

  it("joins a task's cell wrapped onto a row of its own to the task, not taking it for a section", () => {
    for (const table of [
      "序号 | 工作任务 | 牵头单位 | 完成时限\n1 | 推进三项制度全覆盖，实现执法全过程 | 市司法局 | 2024年12月\n  | 记录可回溯管理 |  |\n2 | 开展示范创建 | 市委依法治市办 | 2024年10月\n",
      "| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| 1 | 推进三项制度全覆盖，实现执法全过程 | 市司法局 | 2024年12月 |\n|  | 记录可回溯管理 |  |  |\n| 2 | 开展示范创建 | 市委依法治市办 | 2024年10月 |\n",
      "序号\t工作任务\t牵头单位\t完成时限\n1\t推进三项制度全覆盖，实现执法全过程\t市司法局\t2024年12月\n\t记录可回溯管理\t\t\n2\t开展示范创建\t市委依法治市办\t2024年10月\n",
    ]) {
      const tasks = read(table);
      expect(tasks.map((t) => [t.number, t.section, t.title, t.deadline])).toEqual([
        ["1", "", "推进三项制度全覆盖，实现执法全过程记录可回溯管理", "2024-12-31"],
        ["2", "", "开展示范创建", "2024-10-31"],
      ]);
      expect(table.slice(tasks[0]?.span?.start, tasks[0]?.span?.end)).toContain("记录可回溯管理");
    }
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads a plan table aligned with spaces (pdftotext -layout), a task's cell wrapped onto the next line (%s punctuation)", (_, form) => {
    // A county's 任务分工方案 as pdftotext -layout gives it: centred headers, tasks wrapped within their column.
    const text = form(
      "一、加强党对法治政府建设的领导\n\n 序号              工作任务                    牵头单位        配合单位        完成时限\n" +
        "  1    深入学习贯彻习近平法治思想,将其纳入    县委宣传部      县司法局        2024年12月底前\n" +
        "       县政府常务会议学法内容。\n" +
        "  2    严格落实重大行政决策程序规定。          县政府办公室    各乡镇          2024年6月底前\n" +
        "  3    全面推行行政执法三项制度。              县司法局        县直各执法部门  长期坚持\n\n二、工作要求\n各单位要高度重视,确保各项任务落实到位。\n",
    );
    const tasks = tableTasksIn(text, foldText(text), parseOutline(text), 2024);
    expect(tasks.map((t) => [t.number, t.section, t.title, t.units, t.deadline])).toEqual([
      ["1", "一、加强党对法治政府建设的领导", form("深入学习贯彻习近平法治思想,将其纳入县政府常务会议学法内容"), [{ name: "县委宣传部", role: "lead" }, { name: "县司法局", role: "cooperating" }], "2024-12-31"],
      ["2", "一、加强党对法治政府建设的领导", "严格落实重大行政决策程序规定", [{ name: "县政府办公室", role: "lead" }, { name: "各乡镇", role: "cooperating" }], "2024-06-30"],
      ["3", "一、加强党对法治政府建设的领导", "全面推行行政执法三项制度", [{ name: "县司法局", role: "lead" }, { name: "县直各执法部门", role: "cooperating" }], undefined],
    ]);
    expect(text.slice(tasks[0]?.span?.start, tasks[0]?.span?.end)).toContain("学法内容");
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("goes on with a task whose units and deadline wrap onto the next lines, a unit's name broken across lines joined (%s punctuation)", (_, form) => {
    // A city's 重点任务分工方案 from pdftotext -layout: each cell wraps within its column; a row without a number goes on the task above.
    const text = form(
      " 序号              工作任务                    牵头单位        配合单位          完成时限\n" +
        "  1    深入学习贯彻习近平法治思想,将其纳入    市委宣传部      市司法局、市委    2024年12月\n" +
        "       市政府常务会议学法内容。                                编办              底前\n" +
        "  2    严格落实重大行政决策程序规定。          市政府办公室    各区县政府、      2024年6月底前\n" +
        "                                                               市直各部门\n" +
        "  3    全面推行行政执法三项制度。              市司法局        市直各执法部门    长期坚持\n",
    );
    const tasks = tableTasksIn(text, foldText(text), parseOutline(text), 2024);
    expect(tasks.map((t) => [t.number, t.title, t.responsibleUnits, t.deadline, t.deadlineText])).toEqual([
      ["1", form("深入学习贯彻习近平法治思想,将其纳入市政府常务会议学法内容"), ["市委宣传部", "市司法局", "市委编办"], "2024-12-31", "2024年12月底前"],
      ["2", "严格落实重大行政决策程序规定", ["市政府办公室", "各区县政府", "市直各部门"], "2024-06-30", "2024年6月底前"],
      ["3", "全面推行行政执法三项制度", ["市司法局", "市直各执法部门"], undefined, "长期坚持"],
    ]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads a plan table aligned with spaces over two pages of a PDF: the page number dropped, the header written again no task (%s punctuation)", (_, form) => {
    const header = " 序号              工作任务                    牵头单位        配合单位          完成时限\n";
    const text = form(
      "某县2024年法治政府建设工作要点任务分工方案\n\n" +
        header +
        "  1    严格落实重大行政决策程序规定。          县政府办公室    各乡镇人民政府,   2024年6月底前\n" +
        "                                                               县直各部门\n\n" +
        "                                   - 1 -\n\n" +
        header +
        "  2    全面推行行政执法三项制度。              县司法局        县直各执法部门    长期坚持\n" +
        "  3    推进政务公开标准化规范化建设。          县政府办公室    各乡镇            2024年11月底前\n\n" +
        "                                   - 2 -\n",
    );
    const tasks = parseReport(text, { documentKind: "work-plan" }).tasks;
    expect(tasks.map((t) => [t.number, t.title, t.responsibleUnits, t.deadline])).toEqual([
      ["1", "严格落实重大行政决策程序规定", ["县政府办公室", "各乡镇人民政府", "县直各部门"], "2024-06-30"],
      ["2", "全面推行行政执法三项制度", ["县司法局", "县直各执法部门"], undefined],
      ["3", "推进政务公开标准化规范化建设", ["县政府办公室", "各乡镇"], "2024-11-30"],
    ]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("goes on with a task whose units wrap in a table without numbers: a cell alone after blank ones is no section (%s punctuation)", (_, form) => {
    const text = form(
      "工作任务                              责任单位          完成时限\n" +
        "推进行政执法规范化建设。              区司法局、区市场  2024年12月底前\n" +
        "                                      监管局\n" +
        "深化放管服改革。                      区政务服务中心    2024年10月底前\n",
    );
    const tasks = tableTasksIn(text, foldText(text), parseOutline(text), 2024);
    expect(tasks.map((t) => [t.number, t.section, t.title, t.responsibleUnits])).toEqual([
      ["1", "", "推进行政执法规范化建设", ["区司法局", "区市场监管局"]],
      ["2", "", "深化放管服改革", ["区政务服务中心"]],
    ]);
    // A section's row across a pipe table opens with its words: it is the section of the rows below.
    const piped = form("| 工作任务 | 责任单位 | 完成时限 |\n| 推进立法 | 区司法局 | 2024年9月 |\n| 二、严格规范执法 |\n| 深化改革 | 区政务服务中心 | 2024年10月 |\n");
    expect(tableTasksIn(piped, foldText(piped), parseOutline(piped), 2024).map((t) => [t.section, t.title])).toEqual([
      ["", "推进立法"],
      ["二、严格规范执法", "深化改革"],
    ]);
  });

  it("reads no table without a column of units or a deadline, and none from a task word in prose", () => {
    expect(read("序号 | 工作任务 | 备注\n1 | 推进立法 | 无\n")).toEqual([]);
    expect(read("今年的工作任务是推进立法。\n1 | 推进立法 | 县司法局\n")).toEqual([]);
  });
});

describe("tableTasksIn on hostile tables", () => {
  it("reads a task wrapped over many lines in time linear in them: 4n lines in less than 10 times the time of n", () => {
    const table = (lines: number) => `序号\t工作任务\t牵头单位\t配合单位\n1\t推进依法行政\t市司法局\t市财政局、\n${"\t继续推进\t\t市直各部门、\n".repeat(lines)}`;
    const read = (text: string) => tableTasksIn(text, foldText(text), []);
    expect(read(table(3))[0]?.responsibleUnits).toEqual(["市司法局", "市财政局", "市直各部门", "市直各部门", "市直各部门"]);
    expect(growth(read, table(2000), table(8000))).toBeLessThan(10);
  });

  it("reads short rows under a header of many columns in time linear in the text: 4n in less than 10 times the time of n", () => {
    const text = (n: number) => `序号 | 工作任务 | 牵头单位${" | 配合单位".repeat(n)}\n${"1 | 推进 | 市司法局\n".repeat(n)}`;
    expect(growth(read, text(3_000), text(12_000))).toBeLessThan(10);
  });
});
