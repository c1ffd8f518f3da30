import { describe, expect, it } from "vitest";
import { reportSections } from "../../src/catalog/reportSections.js";

const kindOfHeading = (heading: string) => reportSections.find((s) => s.headingWords.some((w) => heading.includes(w)))?.kind ?? null;

describe("reportSections", () => {
  it("lists the five items of an annual report in order", () => {
    expect(reportSections.map((s) => s.kind)).toEqual(["measuresAndResults", "shortcomingsAndCauses", "firstResponsibleDuty", "nextYearPlan", "other"]);
  });

  it("writes the section names shown to readers with full-width punctuation", () => {
    expect(reportSections.filter((s) => /[,:;()]/.test(s.nameZh)).map((s) => s.kind)).toEqual([]);
    expect(reportSections.find((s) => s.kind === "firstResponsibleDuty")?.nameZh).toContain("第一责任人职责，加强");
  });

  it.each([
    ["一、2022年法治政府建设主要举措和成效", "measuresAndResults"],
    ["二、存在的不足和原因", "shortcomingsAndCauses"],
    ["（三）党政主要负责人履行推进法治建设第一责任人职责情况", "firstResponsibleDuty"],
    ["四、２０２３年工作思路", "nextYearPlan"],
    ["五、其他需要报告的情况", "other"],
  ])("has heading words that recognise %s", (heading, kind) => {
    expect(kindOfHeading(heading)).toBe(kind);
  });

  it("recognises no section in a heading that names none", () => {
    expect(kindOfHeading("附件：统计表")).toBeNull();
    expect(kindOfHeading("")).toBeNull();
  });
});
