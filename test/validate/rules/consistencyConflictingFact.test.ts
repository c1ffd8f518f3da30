import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, fullWidth } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "consistency.conflictingFact");

describe("consistency.conflictingFact", () => {
  it("finds one fact of a document stated again with another value, at the later figure, naming the earlier", () => {
    const quantities = [
      // `line` counts from 0, the message from 1.
      figure("2405", "件", 10, { subject: "办理行政处罚案件", following: "", indicator: "enforcement.penaltyCases", line: 6 }),
      figure("2450", "件", 90, { subject: "全年共办理行政处罚案件", following: "", indicator: "enforcement.penaltyCases", line: 10 }),
    ];
    const issues = findings(doc({ quantities }));
    expect(issues.map((i) => [i.severity, i.path.join("."), i.params])).toEqual([
      ["warning", "quantities.1.value", { value: "2450", unit: "件", first: "2405", firstLine: "7", label: "办理行政处罚案件" }],
    ]);
    expect(validate(doc({ quantities }), { locale: "zh" }).find((i) => i.code === "consistency.conflictingFact")?.message).toBe("“办理行政处罚案件”此处为2450件，前文（第7行）为2405件，前后不一致；汇总时两数都计入");
  });

  it("leaves apart a figure of another year the text names (2022年,…18件 against the year's 23件)", () => {
    const text = "某县人民政府2023年法治政府建设年度报告\n一、主要工作\n全年全区共办理行政复议案件23件，按期办结。\n\n二、比较\n2022年，全年全区共办理行政复议案件18件，按期办结。\n";
    const report = parseReport(text);
    expect(report.quantities.map((q) => [q.number, q.indicator, q.year ?? null])).toEqual([
      ["23件", "reconsideration.cases", null],
      ["18件", "reconsideration.cases", 2022],
    ]);
    expect(findings(report)).toEqual([]);
    // The same two paragraphs with both figures the year's own: one fact, two values.
    expect(findings(parseReport(text.replace("2022年，", "")))).toHaveLength(1);
  });

  it("leaves apart figures of other indicators, other things, parts, targets, cumulative figures and bounds", () => {
    const penalty = { indicator: "enforcement.penaltyCases" as const, following: "" };
    const first = figure("120", "件", 10, { ...penalty, subject: "办理行政处罚案件", line: 1 });
    const others = [
      figure("80", "件", 40, { ...penalty, line: 9, subject: "办理简易程序行政处罚案件" }),
      figure("80", "件", 60, { ...penalty, line: 9, subject: "办理行政处罚案件", following: "涉及食品" }),
      figure("80", "件", 80, { ...penalty, line: 9, subject: "办理行政处罚案件", partOf: 0 }),
      figure("80", "件", 100, { ...penalty, line: 9, subject: "办理行政处罚案件", modality: "target" }),
      figure("80", "件", 120, { ...penalty, line: 9, subject: "办理行政处罚案件", since: 2019 }),
      figure("80", "件", 140, { ...penalty, line: 9, subject: "办理行政处罚案件", qualifier: "atLeast" }),
      figure("80", "件", 160, { line: 9, subject: "办理行政处罚案件", following: "", indicator: null }),
      figure("80", "件", 180, { ...penalty, line: 9, subject: "", following: "" }),
      figure("80", "件", 200, { ...penalty, line: 9, subject: "罚款", following: "" }),
    ];
    expect(findings(doc({ quantities: [first, ...others] }))).toEqual([]);
  });

  it("leaves apart the parallel categories of one paragraph, named in the clauses before them", () => {
    const text = "某县综合行政执法局2022年度法治政府建设工作情况报告\n\n2022年度,我局共办理简易程序案件55603件,处罚金额共696.645万元。一般程序案件共办理2326件,处罚金额共918.9981万元。\n";
    expect(findings(parseReport(text))).toEqual([]);
    expect(findings(parseReport(text.replace("万元。", "万元。\n\n")))).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("finds a restated total in a parsed text in %s, and not the same figure stated again", (_, form) => {
    const text = "某市交通运输局2023年度法治政府建设工作情况报告\n\n一、执法。全年共办理行政处罚案件2405件,罚款1035.6万元。\n\n二、监督。开展执法监督检查12次。全年共办理行政处罚案件2450件,案卷合格率100%。\n";
    expect(findings(parseReport(form(text))).map((i) => i.params["first"])).toEqual(["2405"]);
    expect(findings(parseReport(form(text.replace("2450", "2405"))))).toEqual([]);
  });
});
