import { describe, expect, it } from "vitest";
import { disclosureWidths, issuesOf, report, text } from "./disclosureReports.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";

const code = "disclosure.reviews.groupTotal";

describe("disclosure.reviews.groupTotal", () => {
  it.each(disclosureWidths)("flags a group of table 四 whose 总计 is not 维持 + 纠正 + 其他 + 尚未审结 (d06, read %s)", (_, form) => {
    const issues = issuesOf(code, parseDisclosureReport(form(text("d06"))));
    expect(issues.map((i) => [i.path.join("."), i.params["left"], i.params["right"]])).toEqual([
      ["reviews.reconsideration.total", "0", "11"],
      ["reviews.litigationAfterReconsideration.total", "0", "5"],
    ]);
  });

  it.each(disclosureWidths)("stays silent on groups that add up (d07, read %s)", (_, form) => {
    expect(issuesOf(code, parseDisclosureReport(form(text("d07"))))).toEqual([]);
    expect(issuesOf(code, report("d04"))).toEqual([]);
  });
});
