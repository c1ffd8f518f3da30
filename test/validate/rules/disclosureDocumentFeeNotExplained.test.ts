import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { damagedD04 } from "./damagedReport.js";
import { disclosureWidths, issuesOf, report, text } from "./disclosureReports.js";

const code = "disclosure.document.feeNotExplained";

describe("disclosure.document.feeNotExplained", () => {
  it.each(disclosureWidths)("finds requests ended for fees unpaid with no word of fees (d04 without §六, read %s)", (_, form) => {
    const issues = issuesOf(code, parseDisclosureReport(form(damagedD04())));
    expect(issues.map((i) => [i.path.join("."), i.params["cells"]])).toEqual([["fee", "requests.other.feeUnpaid.total"]]);
  });

  it.each(disclosureWidths)("stays silent when the report says what it charged (d04, read %s)", (_, form) => {
    expect(issuesOf(code, parseDisclosureReport(form(text("d04"))))).toEqual([]);
    expect(issuesOf(code, report("d07"))).toEqual([]);
  });
});
