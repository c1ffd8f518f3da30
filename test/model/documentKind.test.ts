import { describe, expect, it } from "vitest";
import { DocumentKind } from "../../src/model/documentKind.js";

describe("DocumentKind", () => {
  it("is an annual report or a work plan, written kebab-case", () => {
    expect(DocumentKind.options).toEqual(["annual-report", "work-plan"]);
    expect(DocumentKind.parse("annual-report")).toBe("annual-report");
    expect(DocumentKind.parse("work-plan")).toBe("work-plan");
  });

  it("refuses camelCase, snake_case, a Chinese name and a non-string", () => {
    for (const input of ["annualReport", "work_plan", "年度报告", "工作要点", "report", "", 1, null, undefined]) {
      expect(DocumentKind.safeParse(input).success, String(input)).toBe(false);
    }
  });

  it("names the two kinds in a refusal", () => {
    const issue = DocumentKind.safeParse("workPlan").error?.issues[0];
    expect(issue?.code).toBe("invalid_value");
    expect(issue && "values" in issue ? issue.values : undefined).toEqual(["annual-report", "work-plan"]);
  });
});
