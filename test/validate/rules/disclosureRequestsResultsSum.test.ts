import { describe, expect, it } from "vitest";
import { dec, issuesOf, report, withRequestCells } from "./disclosureReports.js";

const code = "disclosure.requests.resultsSum";

describe("disclosure.requests.resultsSum", () => {
  it("flags a column of table 三 whose 办理结果总计 is not the sum of the result rows", () => {
    const issues = issuesOf(code, withRequestCells(report("d07"), "granted", { 0: dec(51), 6: dec(51) }));
    expect(issues.map((i) => [i.params["left"], i.params["right"]])).toEqual([
      ["95", "96"],
      ["95", "96"],
    ]);
  });

  it("stays silent on the shared reports, whose results add up", () => {
    for (const name of ["d01", "d04", "d06", "d07"] as const) expect(issuesOf(code, report(name))).toEqual([]);
  });
});
