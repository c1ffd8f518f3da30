import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse/parseReport.js";
import { taskItemsOf } from "../../src/parse/taskItems.js";
import { growth } from "../helpers/growth.js";
import { toFullWidth } from "../helpers/fullWidth.js";

const plan = (source: string) => taskItemsOf(parseReport(source, { documentKind: "work-plan" }));

describe("taskItemsOf", () => {
  it.each([
    ["一、严格规范公正文明执法\n1.规范执法行为。行政机关负责人出庭率达到100%。(责任单位:法规科)\n"],
    ["一、严格规范公正文明执法\n１．规范执法行为。行政机关负责人出庭率达到１００％。（责任单位：法规科）\n"],
  ])("gives each task its section, title, units and targets", (source) => {
    const [task] = plan(source);
    expect(task).toMatchObject({ section: "一、严格规范公正文明执法", title: "规范执法行为", responsibleUnits: [{ name: "法规科", role: "responsible" }] });
    expect(task?.body).toContain("规范执法行为");
    expect(task?.targets).toMatchObject([{ indicator: "litigation.headAppearanceRate", comparator: ">=", quantity: { unit: "%" } }]);
    expect(task?.targets[0]?.quantity.value.toString()).toBe("100");
  });

  it("gives lead and cooperating units their roles, and no targets when none are stated", () => {
    const [task] = plan("一、行政复议\n2.加强行政复议规范化建设。(牵头单位:复议科;配合单位:办公室)\n");
    expect(task?.responsibleUnits).toEqual([
      { name: "复议科", role: "lead" },
      { name: "办公室", role: "cooperating" },
    ]);
    expect(task?.targets).toEqual([]);
  });

  // Deadlines were read as no unit and dropped: a task item's deadline (the model has one) was never set.
  it.each([
    ["a date in the note after the units", "1.推进立法。（责任单位：市司法局、市公安局，2024年12月底前完成）", "2024-12-31", "2024年12月底前完成"],
    ["a day", "1.推进立法。(责任单位:市司法局;2024年10月31日前)", "2024-10-31", "2024年10月31日前"],
    ["a month without 底", "1.推进立法。(责任单位:市司法局,2024年9月)", "2024-09-30", "2024年9月"],
    ["February of a leap year", "1.推进立法。(责任单位:市司法局,2024年2月底前)", "2024-02-29", "2024年2月底前"],
    ["the year's end", "1.推进立法。(责任单位:市司法局,2024年底前)", "2024-12-31", "2024年底前"],
    ["a half year", "1.推进立法。(责任单位:市司法局,2024年上半年)", "2024-06-30", "2024年上半年"],
    ["a quarter", "1.推进立法。(责任单位:市司法局,2024年第三季度)", "2024-09-30", "2024年第三季度"],
    ["after the units of a note without a label", "1.推进立法。（区司法局牵头，区直各执法部门配合，2024年6月底前完成）", "2024-06-30", "2024年6月底前完成"],
    ["labelled in the note", "1.推进立法。（牵头单位：市司法局；配合单位：市公安局；完成时限：2024年11月底前）", "2024-11-30", "2024年11月底前"],
    ["labelled on a line of its own", "(一)推进立法。\n牵头单位：县司法局\n配合单位：县公安局\n完成时限：2024年10月底前", "2024-10-31", "2024年10月底前"],
  ])("reads a task's deadline: %s", (_, item, deadline, deadlineText) => {
    const [task] = plan(`一、推进依法行政\n${item}\n`);
    expect(task).toMatchObject({ deadline, deadlineText });
    expect(task?.responsibleUnits.map((u) => u.name)).not.toContain(deadlineText);
  });

  // A deadline before the units' label: the last unit took the bracket (市司法局)), the title ran into the note, the deadline was lost.
  it("reads a task whose deadline stands before its note's label, or as a sentence before its note", () => {
    const source = [
      "某省2024年法治政府建设工作要点",
      "一、健全依法行政制度体系",
      "1.推进重点领域立法。完善地方性法规草案审查机制(2024年6月底前完成;牵头单位:省司法厅)",
      "2.健全规范性文件备案审查制度(2024年12月底前,责任单位:省司法厅、各市州政府)",
      "3.开展行政执法案卷评查。2024年6月底前完成。(责任单位:省司法厅)",
      "4.深化乡镇综合行政执法改革(2024年3月至6月;责任单位:省委编办)",
      "5.开展涉企行政执法专项监督(完成时限:2024年第三季度;责任单位:省司法厅、省市场监管局)",
      "",
    ].join("\n");
    const expected = [
      ["1", "推进重点领域立法", ["省司法厅/lead"], "2024-06-30", "2024年6月底前完成"],
      ["2", "健全规范性文件备案审查制度", ["省司法厅/responsible", "各市州政府/responsible"], "2024-12-31", "2024年12月底前"],
      ["3", "开展行政执法案卷评查", ["省司法厅/responsible"], "2024-06-30", "2024年6月底前完成"],
      ["4", "深化乡镇综合行政执法改革", ["省委编办/responsible"], "2024-06-30", "2024年3月至6月"],
      ["5", "开展涉企行政执法专项监督", ["省司法厅/responsible", "省市场监管局/responsible"], "2024-09-30", "2024年第三季度"],
    ];
    for (const text of [source, toFullWidth(source)]) {
      expect(plan(text).map((t) => [t.number, t.title, t.responsibleUnits.map((u) => `${u.name}/${u.role}`), t.deadline, t.deadlineText])).toEqual(expected);
    }
  });

  // The words after a deadline's label stopped at its first comma (时间节点:2024年3月启动 of …,6月底前完成), and a month
  // without its year after the last year was not read: the task was dated in March.
  it("reads a labelled deadline in several clauses to its last day", () => {
    for (const form of [(t: string) => t, toFullWidth]) {
      const [task] = plan(form("一、推进依法行政\n2.制定行政执法监督工作规范。(牵头单位:省司法厅;配合单位:省直有关部门;时间节点:2024年3月启动,6月底前完成)\n"));
      expect(task).toMatchObject({ deadline: "2024-06-30", deadlineText: form("2024年3月启动,6月底前完成") });
      expect(task?.responsibleUnits.map((u) => u.name)).toEqual(["省司法厅", "省直有关部门"]);
      const [after] = plan(form("一、推进依法行政\n2.制定行政执法监督工作规范。(时间要求:长期坚持。责任单位:省司法厅)\n"));
      expect(after).toMatchObject({ deadlineText: "长期坚持", responsibleUnits: [{ name: "省司法厅", role: "responsible" }] });
    }
  });

  // A range was dated at its start: 2024年3月至6月 in March, 2024年3-6月 at the year's end.
  it.each([
    ["2024年3月至6月", "2024-06-30"],
    ["2024年3-6月", "2024-06-30"],
    ["2024年4月至年底", "2024-12-31"],
    ["2024年上半年", "2024-06-30"],
    ["2024年第三季度", "2024-09-30"],
  ])("dates a range (%s) at its end and keeps the whole phrase", (written, day) => {
    for (const form of [(t: string) => t, toFullWidth]) {
      const [task] = plan(form(`一、推进严格规范公正文明执法\n3.开展交通运输领域执法突出问题专项整治。(牵头单位:市交通运输局;配合单位:市公安局;完成时限:${written})\n`));
      expect(task).toMatchObject({ deadline: day, deadlineText: written });
      expect(task?.responsibleUnits.map((u) => u.name)).toEqual(["市交通运输局", "市公安局"]);
    }
  });

  it.each([
    ["每季度", "1.推进立法。（责任单位：市司法局、市公安局，每季度）"],
    ["定期", "1.推进立法。(责任单位:市司法局;定期)"],
    ["常态化", "1.推进立法。(责任单位:市司法局,常态化)"],
  ])("reads a recurring deadline (%s) as the deadline, not as a unit", (deadlineText, item) => {
    const [task] = plan(`一、推进依法行政\n${item}\n`);
    expect(task?.responsibleUnits.map((u) => u.name)).not.toContain(deadlineText);
    expect(task?.deadlineText).toBe(deadlineText);
  });

  it.each([
    ["年底前", "2024-12-31"],
    ["6月底前", "2024-06-30"],
    ["上半年", "2024-06-30"],
    ["10月15日前", "2024-10-15"],
  ])("dates a deadline without its year (%s) in the plan's year", (written, day) => {
    const [task] = plan(`某市2024年法治政府建设工作要点\n一、推进依法行政\n1.推进立法。（责任单位：市司法局，${written}）\n`);
    expect(task).toMatchObject({ deadline: day, deadlineText: written });
  });

  it.each([
    ["持续推进", "1.推进立法。(责任单位:市司法局,持续推进)"],
    ["长期坚持", "1.推进立法。（牵头单位：市司法局；配合单位：各区县人民政府；完成时限：长期坚持）"],
  ])("keeps a deadline without a date as written: %s", (deadlineText, item) => {
    const [task] = plan(`一、推进依法行政\n${item}\n`);
    expect(task?.deadlineText).toBe(deadlineText);
    expect(task?.deadline).toBeUndefined();
  });

  // A 任务分工方案 published as a table gave no task at all: tasks were read from numbered headings with notes only.
  const tableRows = [
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "深入学习贯彻习近平法治思想。纳入常务会议学法内容", "市司法局", "市委宣传部、市委党校", "2024年12月底前"],
    ["2", "健全重大行政决策程序制度", "市政府办公室", "市司法局；各区县人民政府", "持续推进"],
    ["3", "全面推行行政执法公示制度，执法决定公开率达到100%", "市司法局", "", "长期坚持"],
  ];
  const expectTableTasks = (tasks: ReturnType<typeof plan>) => {
    expect(tasks.map((t) => [t.number, t.title, t.responsibleUnits.map((u) => `${u.name}/${u.role}`), t.deadline, t.deadlineText])).toEqual([
      ["1", "深入学习贯彻习近平法治思想", ["市司法局/lead", "市委宣传部/cooperating", "市委党校/cooperating"], "2024-12-31", "2024年12月底前"],
      ["2", "健全重大行政决策程序制度", ["市政府办公室/lead", "市司法局/cooperating", "各区县人民政府/cooperating"], undefined, "持续推进"],
      ["3", "全面推行行政执法公示制度，执法决定公开率达到100%", ["市司法局/lead"], undefined, "长期坚持"],
    ]);
    expect(tasks[2]?.targets).toMatchObject([{ comparator: ">=", quantity: { unit: "%" } }]);
  };
  it.each([
    ["| between cells", tableRows.map((r) => r.join(" | ")).join("\n")],
    ["| with borders and a rule below the header", [`| ${tableRows[0]?.join(" | ")} |`, "|---|---|---|---|---|", ...tableRows.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n")],
    ["tabs between cells", tableRows.map((r) => r.join("\t")).join("\n")],
    ["full-width bars", tableRows.map((r) => r.join("｜")).join("\n")],
  ])("reads a plan's tasks from a table (%s): number, task, lead and cooperating units, deadline", (_, table) => {
    expectTableTasks(plan(`某市2024年法治政府建设重点任务分工方案\n\n${table}\n`));
  });

  it("reads a plan's tasks from an HTML table, its section from a row of one cell", () => {
    const row = (cells: readonly string[], tag = "td") => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
    const html = `<html><body><h1>某市2024年法治政府建设重点任务分工方案</h1><table>${row(tableRows[0] ?? [], "th")}<tr><td colspan="5">一、深入推进依法行政</td></tr>${tableRows
      .slice(1)
      .map((r) => row(r))
      .join("")}</table></body></html>`;
    const tasks = plan(html);
    expectTableTasks(tasks);
    expect(tasks.map((t) => t.section)).toEqual(["一、深入推进依法行政", "一、深入推进依法行政", "一、深入推进依法行政"]);
  });

  it.each([
    ["headers without rows", (n: number) => "工作任务 | 牵头单位\n".repeat(n)],
    ["a header word repeated on one line", (n: number) => `工作任务\t牵头单位\t${"工作任务".repeat(n)}\n`],
    ["rows of many cells", (n: number) => `序号\t工作任务\t牵头单位\n${"1\t推进\t市司法局、".repeat(n)}\n`],
    ["rows of one cell between rows", (n: number) => `序号 | 工作任务 | 牵头单位\n${"一、推进\n| 1 | 推进 | 市司法局 |\n".repeat(n)}`],
  ])("reads a plan's tables in time linear in the text: %s, 4n in less than 10 times the time of n", (_, text) => {
    const read = (source: string) => parseReport(source, { documentKind: "work-plan" });
    expect(growth(read, text(2_000), text(8_000))).toBeLessThan(10);
  });

  it("gives no task items for a document without tasks", () => {
    expect(plan("")).toEqual([]);
    expect(plan("全面推进依法行政。")).toEqual([]);
  });
});
