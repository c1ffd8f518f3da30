import { describe, expect, it } from "vitest";
import { foldText } from "../../src/parse/foldText.js";
import { readReportingYear } from "../../src/parse/reportingYear.js";

const year = (body: string, title: string | null = null): number | null =>
  readReportingYear(foldText(body), title === null ? null : { text: foldText(title), start: 0 }).year;

describe("readReportingYear", () => {
  it.each([
    ["某县2022年法治政府建设情况报告"],
    ["某县２０２２年法治政府建设情况报告"],
    ["某县二〇二二年法治政府建设情况报告"],
  ])("reads the year of the title %s", (title) => {
    expect(year("", title)).toBe(2022);
  });

  it("takes the first year of a multi-year plan", () => {
    expect(year("", "某市法治政府建设实施方案(2021-2025年)")).toBe(2021);
    expect(year("", "某市法治政府建设实施方案（２０２１—２０２５年）")).toBe(2021);
  });

  it.each([
    ["现将我局2021年法治政府建设工作情况报告如下:一、2020年以来的工作"],
    ["现将我局２０２１年法治政府建设工作情况报告如下：一、２０２０年以来的工作"],
  ])("reads the year a sentence announces: %s", (body) => {
    expect(year(body)).toBe(2021);
  });

  it("reads the year the opening paragraph starts with, in both punctuations", () => {
    expect(year("2023年,在县委县政府的坚强领导下,我局深入推进依法行政。")).toBe(2023);
    expect(year("２０２３年，在县委县政府的坚强领导下，我局深入推进依法行政。")).toBe(2023);
  });

  it("does not take a year from a cited 《》 title", () => {
    expect(year("认真贯彻《法治政府建设实施纲要(2021-2025年)》和《2019年法治政府建设工作要点》")).toBeNull();
  });

  it("gives an issue, not a throw, for a year in the title that cannot be one, and reads the body", () => {
    const result = readReportingYear("2022年,全县上下深入学习贯彻习近平法治思想。", { text: "某县20221年度法治政府建设报告", start: 0 });
    expect(result.year).toBe(2022);
    expect(result.issues).toMatchObject([{ code: "metadata.yearMalformed", severity: "warning", params: { raw: "20221" } }]);
  });

  it("gives null for empty text, or when no year is named more often than another", () => {
    expect(readReportingYear("", null)).toEqual({ year: null, issues: [] });
    expect(year("依法行政不断推进。")).toBeNull();
    expect(year("较2020年增长,较2021年下降")).toBeNull();
  });
});
