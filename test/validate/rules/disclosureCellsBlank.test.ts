import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { dec, disclosureWidths, issuesOf, report, text } from "./disclosureReports.js";

const code = "disclosure.cells.blank";

describe("disclosure.cells.blank", () => {
  it("counts the blank cells of the tables, once for the report (an info)", () => {
    const d04 = report("d04");
    const reconsideration = { ...d04.reviews.reconsideration, upheld: null, corrected: null };
    const issues = issuesOf(code, { ...d04, reviews: { ...d04.reviews, reconsideration } });
    expect(issues.map((i) => [i.severity, i.params["count"], i.params["cells"]])).toEqual([["info", 2, "reviews.reconsideration.upheld,reviews.reconsideration.corrected"]]);
  });

  it.each(disclosureWidths)("finds the blanks of a parsed report, and none in a report filled in (read %s)", (_, form) => {
    expect(issuesOf(code, parseDisclosureReport(form(text("d01"))))).toHaveLength(1);
    expect(issuesOf(code, parseDisclosureReport(form(text("d04"))))).toEqual([]);
  });

  it("takes zero for a value, not a blank", () => {
    const d04 = report("d04");
    expect(issuesOf(code, { ...d04, reviews: { ...d04.reviews, reconsideration: { ...d04.reviews.reconsideration, upheld: dec(0) } } })).toEqual([]);
  });
});
