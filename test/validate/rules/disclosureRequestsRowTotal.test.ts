import { describe, expect, it } from "vitest";
import { dec, issuesOf, report, withRequestCells } from "./disclosureReports.js";

const code = "disclosure.requests.rowTotal";

describe("disclosure.requests.rowTotal", () => {
  it("flags a row of table 三 whose 总计 is not the sum of the six applicant columns", () => {
    const issues = issuesOf(code, withRequestCells(report("d07"), "received", { 0: dec(96) }));
    expect(issues.map((i) => [i.params["left"], i.params["right"]])).toEqual([["95", "96"]]);
  });

  it("stays silent on the shared reports, whose rows add up", () => {
    for (const name of ["d01", "d04", "d06", "d07"] as const) expect(issuesOf(code, report(name))).toEqual([]);
  });
});
