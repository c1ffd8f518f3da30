import { describe, expect, it } from "vitest";
import { dec, issuesOf, report, withRequestCells } from "./disclosureReports.js";

const code = "disclosure.requests.negative";

describe("disclosure.requests.negative", () => {
  it("flags negative and fractional counts of table 三", () => {
    const issues = issuesOf(code, withRequestCells(report("d07"), "carriedOver", { 1: dec(-1), 2: dec("1.5") }));
    expect(issues.map((i) => i.path.join("."))).toEqual(["requests.carriedOver.commercial", "requests.carriedOver.research"]);
  });

  it("stays silent on the shared reports' counts", () => {
    for (const name of ["d01", "d04", "d06", "d07"] as const) expect(issuesOf(code, report(name))).toEqual([]);
  });
});
