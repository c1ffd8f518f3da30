import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modalityOf, planSection } from "../../src/parse/modality.js";
import { extractQuantities, foldText, parseReport } from "../../src/parse/index.js";

describe("planSection", () => {
  it.each([
    ["一、工作成效\n办结10件。\n二、下一步打算\n力争…", 14],
    ["一、工作成效\n办结10件。\n三、2024年工作安排\n", 14],
    ["一、工作成效\n办结10件。\n(三)2024年度工作计划:\n", 14],
    ["一、工作成效\n办结10件。\n（三）２０２４年度工作计划：\n", 14],
    ["一、工作成效\n办结10件。\n下一步工作计划\n", 14],
    ["一、工作成效\n办结10件。\n四、存在的问题及下一步工作打算\n", 14],
    ["一、工作成效\n办结10件。\n第四部分 明年工作思路\n", 14],
    ["一、工作成效\n办结10件。\n四、下一步工作\n", 14],
    ["一、工作成效\n办结10件。\n（四）下一步工作措施：\n", 14],
    ["一、工作成效\n办结10件。\n四、存在的不足和下步工作举措\n", 14],
    ["一、工作成效\n办结10件。\n五、明年努力方向\n", 14],
  ])("finds the next-year plan heading in %j (read on the folded text)", (text, start) => {
    const folded = foldText(text);
    expect(planSection(folded)).toEqual({ start, end: folded.length });
  });

  it.each([
    "2022年度法治政府建设工作报告和\n2023年工作思路\n办结10件。",
    "一、2022年度工作开展情况\n办结10件。",
    "二、存在的问题\n办结10件。",
    "三、2023年度法治政府建设主要举措\n办结10件。",
    "二、存在问题及改进措施\n办结10件。",
    "一、2023年法治政府建设工作\n办结10件。",
    "(二)2023年主要任务\n办结10件。",
    "下一步,我局将继续落实年度工作计划,确保各项任务按计划完成,进一步提升执法水平和工作质量安排\n",
  ])("finds none in %j", (text) => {
    expect(planSection(text)).toEqual({ start: 0, end: 0 });
  });

  it("ends the section at an annex line", () => {
    const text = "一、成效\n办结10件。\n二、下一步打算\n办结12件。\n附件:2023年执法数据表\n办结10件";
    expect(planSection(text)).toEqual({ start: 12, end: 27 });
  });

  it("is linear: a long text of short lines is read once", () => {
    const text = "一、工作成效\n".repeat(20_000);
    expect(planSection(text)).toEqual({ start: 0, end: 0 });
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const { start, end } = planSection(text);
      expect(0 <= start && start <= end && end <= text.length).toBe(true);
    }));
  });
});

describe("modalityOf", () => {
  it("takes a figure inside the plan section, a work plan's figures and announced targets as targets", () => {
    const text = "一、成效\n办结10件,力争办结12件。\n二、下一步打算\n办结15件。";
    const { quantities } = extractQuantities(text, { classify: false });
    const plan = planSection(text);
    expect(quantities.map((q) => modalityOf(text, q, "annual-report", plan))).toEqual(["actual", "target", "target"]);
    expect(quantities.map((q) => modalityOf(text, q, "annual-report"))).toEqual(["actual", "target", "actual"]);
    expect(quantities.map((q) => modalityOf(text, q, "work-plan"))).toEqual(["target", "target", "target"]);
  });
});

describe("figures of the years after the report's", () => {
  const modalities = (source: string, reportingYear: number | null) =>
    extractQuantities(source, { reportingYear }).quantities.map((q) => [q.number, q.modality]);

  it.each([
    ["2021年,全年开展执法检查1800次。2022年,我局将继续推进执法检查2000次。", "1800次", "2000次"],
    ["２０２１年，全年开展执法检查１８００次。２０２２年，我局将继续推进执法检查２０００次。", "１８００次", "２０００次"],
  ])("takes a figure in a sentence that opens with a later year for a target, given the report's year: %s", (source, actual, target) => {
    expect(modalities(source, 2021)).toEqual([
      [actual, "actual"],
      [target, "target"],
    ]);
    // Without the report's year, or for a report of that later year, both are actuals.
    expect(modalities(source, null).map(([, modality]) => modality)).toEqual(["actual", "actual"]);
    expect(modalities(source, 2022).map(([, modality]) => modality)).toEqual(["actual", "actual"]);
  });

  it("is what parseReport reads, with the year it reads from the title", () => {
    for (const source of ["某局2021年法治政府建设工作情况报告\n2022年,我局将继续推进执法检查2000次。", "某局２０２１年法治政府建设工作情况报告\n２０２２年，我局将继续推进执法检查２０００次。"]) {
      expect(parseReport(source).quantities.map((q) => q.modality)).toEqual(["target"]);
    }
  });

  it.each([
    ["明年,全市行政执法人员培训不少于200人次。", "target"],
    ["下一步，将组织行政执法人员培训２００人次。", "target"],
    ["结转下一年度继续办理31件。", "actual"],
  ])("reads 明年 and 下一步 as announcing a target, not 下一年度 of a carried-forward count: %s", (source, modality) => {
    expect(modalities(source, 2021).map(([, m]) => m)).toEqual([modality]);
  });
});

describe("extractQuantities and plan sections", () => {
  it("marks the figures below the plan heading as targets, and only those, with or without classifying", () => {
    const text = "一、成效\n办结10件。\n二、2024年工作安排\n办结12件。";
    const { quantities } = extractQuantities(text, { classify: false });
    expect(extractQuantities(text).quantities.map((q) => q.modality)).toEqual(["actual", "target"]);
    expect(quantities.map((q) => [q.number, q.modality])).toEqual([
      ["10件", "actual"],
      ["12件", "target"],
    ]);
  });

  it.each([
    ["一、主要成效\n全县共办理行政复议案件45件。\n四、下一步工作\n(一)推动执法培训200人次,罚款不超过10万元。"],
    ["一、主要成效\n全县共办理行政复议案件４５件。\n四、下一步工作\n（一）推动执法培训２００人次，罚款不超过１０万元。"],
  ])("takes the figures below a 下一步工作 heading as targets: %j", (text) => {
    expect(extractQuantities(text).quantities.map((q) => q.modality)).toEqual(["actual", "target", "target"]);
  });
});
