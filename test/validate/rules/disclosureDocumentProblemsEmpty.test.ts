import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { damagedD04 } from "./damagedReport.js";
import { disclosureWidths, issuesOf, text } from "./disclosureReports.js";

const code = "disclosure.document.problemsEmpty";

describe("disclosure.document.problemsEmpty", () => {
  it.each(disclosureWidths)("finds a §五 that says nothing (无。, read %s), pointing at it", (_, form) => {
    const issues = issuesOf(code, parseDisclosureReport(form(damagedD04())));
    expect(issues.map((i) => i.path)).toEqual([["sections", "problems"]]);
    expect(issues[0]?.span).toBeDefined();
  });

  it.each(disclosureWidths)("stays silent on a §五 that says something (d04, read %s)", (_, form) => {
    expect(issuesOf(code, parseDisclosureReport(form(text("d04"))))).toEqual([]);
  });
});
