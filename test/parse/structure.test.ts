import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import {
  htmlToText,
  looksLikeHtml,
  parseOutline,
  readAgency,
  readMetadata,
  readResponsibleUnits,
  readTasks,
  readTitle,
} from "../../src/parse/index.js";

describe("parseOutline", () => {
  const text = "一、主要举措和成效\n(一)强化组织领导。一是落实责任。二是加强学习。\n1.建立台账。\n(1)细则\n一)格式有误的标题。\n二、存在的问题\n三、下一年工作打算\n";
  const tree = parseOutline(text);

  it("builds a tree of 一、 / (一) / 1. / (1) / 一是 headings with spans", () => {
    expect(tree.map((n) => [n.label, n.heading])).toEqual([
      ["一", "主要举措和成效"],
      ["二", "存在的问题"],
      ["三", "下一年工作打算"],
    ]);
    const first = tree[0];
    expect(first?.children.map((n) => [n.level, n.label, n.heading])).toEqual([
      [2, "一", "强化组织领导"],
      [2, "一", "格式有误的标题"],
    ]);
    expect(first?.children[0]?.children.map((n) => [n.level, n.label])).toEqual([
      [5, "一是"],
      [5, "二是"],
      [3, "1"],
    ]);
    expect(text.slice(first?.span.start, first?.span.end).startsWith("一、主要举措和成效")).toBe(true);
    expect(first?.span.end).toBe(tree[1]?.span.start);
  });

  it("maps top-level headings to the statutory report sections", () => {
    expect(tree.map((n) => n.section)).toEqual(["measuresAndResults", "shortcomingsAndCauses", "nextYearPlan"]);
  });
});

describe("work-plan tasks", () => {
  it("reads units of every note variant, with roles", () => {
    expect(readResponsibleUnits("(牵头单位:市司法局;配合单位:市财政局、市审计局)")).toEqual([
      { name: "市司法局", role: "lead" },
      { name: "市财政局", role: "cooperating" },
      { name: "市审计局", role: "cooperating" },
    ]);
    expect(readResponsibleUnits("(责任部门:办公室,法规科;参与部门:各县区)").map((u) => u.name)).toEqual(["办公室", "法规科", "各县区"]);
  });

  it("reads numbered items with section, title and units", () => {
    const text = "一、加强统筹\n1.深入学习。具体内容。(责任单位:局机关党委、政策法规科,局直各单位)\n2.加强谋划。(责任单位:行政执法队)\n二、严格执法\n3.规范程序。(责任单位:行政执法队)\n";
    expect(readTasks(text, parseOutline(text)).map((t) => [t.number, t.section, t.title, t.responsibleUnits])).toEqual([
      ["1", "一、加强统筹", "深入学习", ["局机关党委", "政策法规科", "局直各单位"]],
      ["2", "一、加强统筹", "加强谋划", ["行政执法队"]],
      ["3", "二、严格执法", "规范程序", ["行政执法队"]],
    ]);
  });

  it("reads no tasks from a text without responsibility notes", () => {
    const text = "一、成效\n1.建立台账。\n";
    expect(readTasks(text, parseOutline(text))).toEqual([]);
  });
});

describe("metadata", () => {
  it("reads the title, skipping covering notices", () => {
    expect(readTitle("关于印发《2021年某市法治政府建设工作要点》的通知\n2021年某市法治政府建设工作要点\n")).toBe("2021年某市法治政府建设工作要点");
    expect(readTitle("现将我局2020年法治政府建设情况报告如下:")).toBeNull();
  });

  it("names a county government in full, with its region and code", () => {
    expect(readAgency("", "道外区2021年法治政府建设情况报告")).toEqual({
      name: "哈尔滨市道外区人民政府",
      kind: "government",
      level: "county",
      sector: null,
      region: "黑龙江省哈尔滨市道外区",
      divisionCode: "230104",
    });
  });

  it("reads a department from its 落款 and its sector from its name", () => {
    const text = "正文\n\n杭州市西湖区市场监督管理局\n\n2022年1月20日\n";
    expect(readAgency(text, null)).toMatchObject({ name: "杭州市西湖区市场监督管理局", kind: "department", level: "county", sector: "market-regulation", divisionCode: "330106" });
  });

  it("finds the division in a credit code and the full name in the text when the page gives only a short name", () => {
    const text = "索引号: | 11330203MB1025728K/2021-75143 |\n发布机构: | 区交通局 |\n根据《宁波市海曙区交通运输局关于…的通知》\n";
    expect(readAgency(text, null)).toMatchObject({ name: "宁波市海曙区交通运输局", divisionCode: "330203", region: "浙江省宁波市海曙区" });
  });

  it("reads kind and the year reported on", () => {
    expect(readMetadata("我局2020年法治政府建设情况报告如下").reportingYear).toBe(2020);
    const plan = readMetadata("2021年营口市交通运输局加快推进法治政府部门建设工作要点\n");
    expect([plan.documentKind, plan.reportingYear, plan.agency.name, plan.agency.divisionCode]).toEqual(["work-plan", 2021, "营口市交通运输局", "210800"]);
  });

  it("gives nulls for an agency it cannot place", () => {
    expect(readAgency("", null)).toEqual({ name: null, kind: null, level: null, sector: null, region: null, divisionCode: null });
  });
});

describe("HTML input", () => {
  const html =
    "<html><head><style>p{}</style><script>var x = '<p>罚款9元</p>';</script></head><body><!-- 罚款8元 -->" +
    "<h1>某县2021年法治政府建设情况报告</h1><p>罚款121&nbsp;万元,&ldquo;双随机&rdquo;抽查95次</p><table><tr><td>发布时间</td><td>2022-03-01</td></tr></table></body></html>";

  it("keeps text and line breaks, drops scripts, styles and comments, decodes entities", () => {
    expect(looksLikeHtml(html)).toBe(true);
    const text = htmlToText(html);
    expect(text).not.toMatch(/罚款9元|罚款8元|<|&/);
    expect(text).toContain("“双随机”抽查95次");
    expect(text.split("\n")).toContain("某县2021年法治政府建设情况报告");
  });

  it("gives spans into the text that parseReport returns", () => {
    const doc = parseReport(html);
    expect(doc.quantities.length).toBeGreaterThan(0);
    for (const q of doc.quantities) expect(doc.text?.slice(q.span?.start, q.span?.end)).toBe(q.number);
  });

  it("does not hang on unclosed comments and scripts", () => {
    expect(htmlToText(`<p>a</p>${"<!--".repeat(50_000)}`)).toBe("a");
    expect(htmlToText(`<p>a</p>${"<script>".repeat(50_000)}`)).toBe("a");
  });
});

describe("taskItemsOf", () => {
  it("gives model task items with roles and targets", async () => {
    const { TaskItem, taskItemsOf } = await import("../../src/index.js");
    const text =
      "一、严格执法\n1.规范执法程序。行政机关出庭率达到100%,每人每年接受不少于60学时的培训,办理时限不超过5个工作日,网上实办率达到70%左右。(牵头单位:法规科;配合单位:执法队)\n";
    const [task] = taskItemsOf(parseReport(text, { documentKind: "work-plan" }));
    expect(task?.responsibleUnits).toEqual([
      { name: "法规科", role: "lead" },
      { name: "执法队", role: "cooperating" },
    ]);
    expect(task?.targets.map((t) => [t.indicator, t.comparator, t.quantity.value.toString(), t.quantity.unit])).toEqual([
      ["litigation.headAppearanceRate", ">=", "100", "%"],
      ["enforcement.trainingHoursPerOfficer", ">=", "60", "学时"],
      [null, "<=", "5", "工作日"],
      ["services.onlineRate", "≈", "70", "%"],
    ]);
    expect(TaskItem.safeParse(task).success).toBe(true);
  });

  it("gives the 28 tasks of the corpus plan as valid task items", async () => {
    const { TaskItem, taskItemsOf } = await import("../../src/index.js");
    const { corpusNames, corpusText } = await import("../helpers/corpus.js");
    const name = corpusNames().find((n) => n.startsWith("003")) ?? "";
    const items = taskItemsOf(parseReport(corpusText(name)));
    expect(items).toHaveLength(28);
    for (const item of items) expect(TaskItem.safeParse(item).success).toBe(true);
    expect(items.flatMap((i) => i.targets)).toHaveLength(6);
  });
});

describe("from a parsed document to observations", () => {
  it("gives the figures with indicators as observations, cumulative ones with their range", async () => {
    const { agencyOf, observationsOf, cumulativeSince } = await import("../../src/parse/index.js");
    const text = "道外区2021年法治政府建设情况报告\n全年办理行政复议案件33件。2020年来,累计开展检查52667次,行政处罚54次。\n";
    const doc = parseReport(text, { document: "daowai.txt" });
    const observations = observationsOf(doc, "daowai");
    expect(observations.map((o) => [o.indicator, o.period, o.quantity.value.toString()])).toEqual([
      ["reconsideration.cases", 2021, "33"],
      ["enforcement.inspections", { from: "2020-01-01", to: "2021-12-31" }, "52667"],
      ["enforcement.penaltyCases", { from: "2020-01-01", to: "2021-12-31" }, "54"],
    ]);
    expect(observations[0]?.source).toMatchObject({ document: "daowai.txt", quote: "办理行政复议案件33件" });
    expect(agencyOf(doc, "daowai")).toEqual({
      id: "daowai",
      name: "哈尔滨市道外区人民政府",
      kind: "government",
      level: "county",
      sector: null,
      divisionCode: "230104",
    });
    expect(agencyOf(parseReport("无标题"), "x")).toBeNull();
    expect(observationsOf(parseReport("罚款5元"), "x")).toEqual([]);
    expect(cumulativeSince("自2019年以来,共办理案件5件", 14)).toBe(2019);
    expect(cumulativeSince("全年办理案件5件", 6)).toBeNull();
  });
});
