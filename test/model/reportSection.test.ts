import { describe, expect, it } from "vitest";
import { ReportSection, ReportSectionKind, reportSectionKinds } from "../../src/model/reportSection.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";

describe("reportSectionKinds and ReportSectionKind", () => {
  it("lists the five statutory items in their order, each once", () => {
    expect(reportSectionKinds).toEqual(["measuresAndResults", "shortcomingsAndCauses", "firstResponsibleDuty", "nextYearPlan", "other"]);
    expect(ReportSectionKind.options).toEqual([...reportSectionKinds]);
  });

  it("refuses a kind that is not one of the five", () => {
    for (const bad of ["next-year-plan", "measures", "", null]) expect(ReportSectionKind.safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe("ReportSection", () => {
  it("takes a heading and text as written, with an optional span", () => {
    expect(ReportSection.parse({ heading: "二、存在的问题", text: "……" })).toEqual({ heading: "二、存在的问题", text: "……" });
    expect(ReportSection.parse({ heading: "", text: "", span: { start: 0, end: 3 } }).span).toEqual({ start: 0, end: 3 });
  });

  it("refuses a span given as undefined (an optional field is absent, never undefined) and a reversed span", () => {
    expect(ReportSection.safeParse({ heading: "a", text: "b", span: undefined }).success).toBe(false);
    const result = safeParseModel(ReportSection, { heading: "a", text: "b", span: { start: 3, end: 1 } });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["schema.span.reversed", ["span", "end"]]]);
  });

  it("refuses a missing heading or text", () => {
    const result = safeParseModel(ReportSection, {});
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["heading", "text"]);
  });
});
