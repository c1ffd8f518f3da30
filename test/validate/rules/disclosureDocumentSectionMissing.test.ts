import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosure } from "../../../src/validate/disclosure/index.js";
import { damagedD04 } from "./damagedReport.js";
import { disclosureWidths, issuesOf, text } from "./disclosureReports.js";

const code = "disclosure.document.sectionMissing";

describe("disclosure.document.sectionMissing", () => {
  it.each(disclosureWidths)("finds a missing section (§六 cut from d04, read %s), beside the other document checks", (_, form) => {
    const issues = validateDisclosure(parseDisclosureReport(form(damagedD04())));
    expect(issues.map((i) => i.code).sort()).toEqual(["disclosure.document.feeNotExplained", "disclosure.document.problemsEmpty", code]);
    expect(issues.find((i) => i.code === code)?.path).toEqual(["sections", "other"]);
  });

  it.each(disclosureWidths)("stays silent on a report with all six sections (d04, read %s)", (_, form) => {
    expect(issuesOf(code, parseDisclosureReport(form(text("d04"))))).toEqual([]);
  });
});
