import { describe, expect, it } from "vitest";
import type { DisclosureReport } from "../../../src/model/disclosureReport.js";
import { negativeCells } from "../../../src/validate/rules/disclosureNegativeCells.js";
import { dec, report } from "./disclosureReports.js";

describe("negativeCells", () => {
  it("finds the cells of one table that are below zero or fractional, with the cell in path and params", () => {
    const d07 = report("d07");
    const active = { ...d07.active, normativeDocuments: { issued: dec(-3), repealed: dec(0), inForce: dec(8) } } as DisclosureReport["active"];
    const changed = { ...d07, active };
    expect(negativeCells(changed, "active")).toEqual([
      { path: ["active", "normativeDocuments", "issued"], params: { cells: "active.normativeDocuments.issued", left: "-3", cell: "active.normativeDocuments.issued" } },
    ]);
    // Only the table asked for.
    expect(negativeCells(changed, "requests")).toEqual([]);
    expect(negativeCells(changed, "reviews")).toEqual([]);
  });

  it("leaves out amounts, signed changes, zero and blank cells", () => {
    const d01 = report("d01");
    const active = { ...d01.active, licensing: { lastYear: null, change: dec(-3), decisions: dec(0) } } as DisclosureReport["active"];
    expect(negativeCells({ ...d01, active }, "active")).toEqual([]);
  });
});
