import { describe, expect, it } from "vitest";
import { coverage } from "../../src/aggregate/coverage.js";
import { coverageTable } from "../../src/aggregate/coverageTable.js";
import { agencies, obs } from "./helpers.js";

describe("coverageTable", () => {
  const result = coverage([obs("daoli", "enforcement.penaltyCases", 1), obs("daoli", "enforcement.penaltyCases", 2), obs("daowai", "litigation.cases", 1)], {
    agencies: agencies.slice(0, 3),
  });

  it("has a column per agency, named after it, between the indicator and the totals", () => {
    const table = coverageTable(result, { agencies });
    expect(table.columns.map((c) => c.key)).toEqual(["indicator", "agency:daowai", "agency:daoli", "agency:nangang", "reported", "share"]);
    expect(table.columns[2]?.zh).toBe("道里区人民政府");
    expect(coverageTable(result).columns[2]?.zh).toBe("daoli");
  });

  it("counts per agency, — (null) where none, and the share of agencies in %", () => {
    const row = coverageTable(result).rows[0];
    expect(row?.cells["indicator"]).toMatchObject({ value: "enforcement.penaltyCases", label: "行政处罚案件数" });
    expect(row?.cells["agency:daoli"]).toEqual({ kind: "count", value: 2 });
    expect(row?.cells["agency:daowai"]).toBeNull();
    expect(row?.cells["reported"]).toEqual({ kind: "count", value: 1 });
    const share = row?.cells["share"];
    expect(share?.kind === "estimate" && share.value.toDecimalPlaces(4).toString()).toBe("33.3333");
    expect(share?.kind === "estimate" && share.unit).toBe("%");
  });

  it("gives a share of 0 when no agency is expected", () => {
    const empty = coverageTable(coverage([obs("a", "enforcement.penaltyCases", 1)], { agencies: [] }));
    const share = empty.rows[0]?.cells["share"];
    expect(share?.kind === "estimate" && share.value.toString()).toBe("0");
  });
});
