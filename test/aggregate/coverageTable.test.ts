import { describe, expect, it } from "vitest";
import { coverage } from "../../src/aggregate/coverage.js";
import { coverageTable } from "../../src/aggregate/coverageTable.js";
import { Table } from "../../src/model/table.js";
import { observation } from "../../src/testing/index.js";
import { agencies, exampleReports, obs } from "./helpers.js";

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

describe("coverageTable of the example reports", () => {
  it("is a valid Table: an indicator a row, an agency a column", () => {
    const { agencies: reporting, observations } = exampleReports();
    const table = coverageTable(coverage(observations, { agencies: reporting }), { agencies: reporting });
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.columns.filter((c) => c.key.startsWith("agency:")).map((c) => c.zh)).toEqual(reporting.map((a) => a.name));
    const fines = table.rows.find((r) => r.cells.indicator.value === "enforcement.fineAmount");
    expect(fines?.cells["reported"]).toEqual({ kind: "count", value: 2 });
    expect(fines?.cells["share"]?.kind === "estimate" && fines.cells["share"].value.toString()).toBe("40");
  });
});

describe("coverageTable shares", () => {
  it("stay inside the model's Decimal range, so the Table survives its own schema (1 of 3 agencies)", () => {
    const figures = [observation({ agency: "a" }), observation({ agency: "b", indicator: "enforcement.fineAmount" }), observation({ agency: "c", indicator: "enforcement.fineAmount" })];
    const table = coverageTable(coverage(figures));
    const share = table.rows.find((row) => {
      const cell = row.cells["indicator"];
      return cell?.kind === "dimension" && cell.value === "enforcement.penaltyCases";
    })?.cells["share"];
    expect(share?.kind === "estimate" ? share.value.toString().length : 0).toBeLessThan(60);
    expect(Table.safeParse(JSON.parse(JSON.stringify(table))).success).toBe(true);
  });
});
