import { describe, expect, it } from "vitest";
import { dec, issuesOf, report, withRequestCells } from "./disclosureReports.js";

const code = "disclosure.requests.balance";

describe("disclosure.requests.balance", () => {
  it("flags a column of table 三 where 新收 + 上年结转 differs from 办理结果总计 + 结转下年度", () => {
    const issues = issuesOf(code, withRequestCells(report("d07"), "received", { 0: dec(96) }));
    expect(issues.map((i) => [i.params["left"], i.params["right"]])).toEqual([["96", "95"]]);
  });

  it("stays silent on the shared reports, whose columns balance", () => {
    for (const name of ["d01", "d04", "d06", "d07"] as const) expect(issuesOf(code, report(name))).toEqual([]);
  });
});
