import { describe, expect, it } from "vitest";
import type { DisclosureReport } from "../../../src/model/disclosureReport.js";
import { dec, issuesOf, report } from "./disclosureReports.js";

const code = "disclosure.active.negative";

describe("disclosure.active.negative", () => {
  it("flags a negative or fractional count of table 二", () => {
    const d07 = report("d07");
    const active = { ...d07.active, normativeDocuments: { issued: dec(-3), repealed: dec("0.5"), inForce: dec(8) } } as DisclosureReport["active"];
    expect(issuesOf(code, { ...d07, active }).map((i) => i.path.join("."))).toEqual(["active.normativeDocuments.issued", "active.normativeDocuments.repealed"]);
  });

  it("stays silent on a signed 本年增/减 and on an amount (处理决定 of fees in 万元)", () => {
    const d01 = report("d01");
    const active = { ...d01.active, licensing: { lastYear: dec(3), change: dec(-3), decisions: dec(0) } } as DisclosureReport["active"];
    expect(issuesOf(code, { ...d01, active })).toEqual([]);
    const d07 = report("d07");
    expect(issuesOf(code, { ...d07, active: { ...d07.active, fees: { amount: dec("7545.5") } } as DisclosureReport["active"] })).toEqual([]);
    for (const name of ["d01", "d04", "d06", "d07"] as const) expect(issuesOf(code, report(name))).toEqual([]);
  });
});
