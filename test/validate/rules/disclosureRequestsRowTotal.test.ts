import { describe, expect, it } from "vitest";
import { dec, issuesOf, report } from "./disclosureReports.js";

const code = "disclosure.requests.rowTotal";

describe("disclosure.requests.rowTotal", () => {
  it("flags a row of table 三 whose 总计 is not the sum of the six applicant columns", () => {
    const d07 = report("d07");
    const received = [...d07.requests.received] as typeof d07.requests.received;
    received[0] = dec(96);
    const issues = issuesOf(code, { ...d07, textFigures: [], requests: { ...d07.requests, received } });
    expect(issues.map((i) => [i.params["left"], i.params["right"]])).toEqual([["95", "96"]]);
  });

  it("stays silent on the shared reports, whose rows add up", () => {
    for (const name of ["d01", "d04", "d06", "d07"] as const) expect(issuesOf(code, report(name))).toEqual([]);
  });
});
