import { aggregate } from "../../src/aggregate/aggregate.js";
import { describe, expect, it } from "vitest";
import { observationsOf } from "../../src/parse/observationsOf.js";
import { parseReport } from "../../src/parse/parseReport.js";

const summary = (source: string) =>
  observationsOf(parseReport(source), "daowai").map((o) => [o.indicator, o.period, o.quantity.value.toString(), o.source?.quote]);

describe("observationsOf", () => {
  it.each([
    ["道外区2022年法治政府建设情况报告\n全年办理行政复议案件33件。2020年以来,累计办理行政复议案件120件。", "33", "120"],
    ["道外区２０２２年法治政府建设情况报告\n全年办理行政复议案件３３件。２０２０年以来，累计办理行政复议案件１２０件。", "３３", "１２０"],
  ])("gives the reporting year as period, or the range a cumulative figure covers", (source, year, total) => {
    expect(summary(source)).toEqual([
      ["reconsideration.cases", 2022, "33", `办理行政复议案件${year}件`],
      ["reconsideration.cases", { from: "2020-01-01", to: "2022-12-31" }, "120", `办理行政复议案件${total}件`],
    ]);
  });

  it.each([
    ["道外区2022年法治政府建设情况报告\n全年办理行政复议案件33件。近三年来,累计办理行政复议案件120件。", "33", "120", "2020-01-01"],
    ["道外区２０２２年法治政府建设情况报告\n全年办理行政复议案件３３件。近三年来，累计办理行政复议案件１２０件。", "３３", "１２０", "2020-01-01"],
    ["道外区2022年法治政府建设情况报告\n全年办理行政复议案件33件。“十四五”以来,累计办理行政复议案件120件。", "33", "120", "2021-01-01"],
  ])("counts a figure of the last years or of an era from their first year, not as the report's own year (it was read as 120 cases in 2022)", (source, year, total, from) => {
    expect(summary(source)).toEqual([
      ["reconsideration.cases", 2022, "33", `办理行政复议案件${year}件`],
      ["reconsideration.cases", { from, to: "2022-12-31" }, "120", `办理行政复议案件${total}件`],
    ]);
  });

  it("gives each observation the agency and points back to the document", () => {
    const [observation] = observationsOf(parseReport("道外区2022年法治政府建设情况报告\n全年办理行政复议案件33件。"), "daowai");
    expect(observation).toMatchObject({ agency: "daowai", attribution: "own", modality: "actual", quantity: { unit: "件" } });
  });

  it("leaves out figures without an indicator, and all figures when the year is unknown", () => {
    expect(summary("道外区2022年法治政府建设情况报告\n全年开展普法宣传活动12场。")).toEqual([]);
    expect(summary("全县依法行政。全年办理行政复议案件33件。")).toEqual([]);
    expect(summary("")).toEqual([]);
  });
});

describe("observationsOf on wrong arguments", () => {
  it("throws a TypeError on what is no parsed document and on an empty agency id, where it gave observations of agency \"\"", () => {
    const doc = parseReport("道外区2021年法治政府建设情况报告\n全年办理行政复议案件33件。");
    expect(() => observationsOf(doc, "")).toThrow(new TypeError("observationsOf: the agency id must be a non-empty string (the document's name, say)"));
    expect(() => observationsOf(null as never, "a")).toThrow(new TypeError("observationsOf expects a parsed document (what parseReport gives)"));
    expect(() => observationsOf({} as never, "a")).toThrow(TypeError);
    expect(observationsOf(doc, "daowai")).toHaveLength(1);
  });

  it("leaves out a figure of an earlier year restated for comparison: an agency's reports of two years together count each year once", () => {
    const y2022 = parseReport("临渭区人民政府2022年法治政府建设年度报告\n全年办理行政复议案件18件。");
    const y2023 = parseReport("临渭区人民政府2023年法治政府建设年度报告\n行政复议案件由2022年的18件增加到23件。");
    expect(y2023.quantities.map((q) => [q.value.toString(), q.indicator, q.year ?? null])).toEqual([
      ["18", "reconsideration.cases", 2022],
      ["23", "reconsideration.cases", null],
    ]);
    const observations = [...observationsOf(y2022, "linwei"), ...observationsOf(y2023, "linwei")];
    const rows = aggregate(observations, { by: ["indicator", "year"] });
    expect(rows.map((row) => [row.key["year"], row.sum?.value.toString(), row.count])).toEqual([
      [2022, "18", 1],
      [2023, "23", 1],
    ]);
  });
});
