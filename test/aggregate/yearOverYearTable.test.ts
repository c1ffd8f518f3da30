import { describe, expect, it } from "vitest";
import { yearOverYear } from "../../src/aggregate/change.js";
import { yearOverYearTable } from "../../src/aggregate/yearOverYearTable.js";
import { Table } from "../../src/model/table.js";
import { agencies, obs } from "./helpers.js";

describe("yearOverYearTable", () => {
  it("writes one row per change, in the indicator's unit, with growth in %", () => {
    const changes = yearOverYear([obs("daoli", "enforcement.penaltyCases", 140, { year: 2020 }), obs("daoli", "enforcement.penaltyCases", 152, { year: 2021 })]);
    const table = yearOverYearTable(changes, { agencies });
    expect(table.columns.map((c) => c.key)).toEqual(["agency", "indicator", "year", "previous", "value", "difference", "growth"]);
    const cells = table.rows[0]?.cells;
    expect(cells?.["agency"]).toMatchObject({ value: "daoli", label: "道里区人民政府" });
    expect(cells?.["difference"]).toMatchObject({ kind: "estimate", unit: "件", qualifier: "exact" });
    const growth = cells?.["growth"];
    expect(growth?.kind === "estimate" && [growth.value.toFixed(2), growth.unit]).toEqual(["8.57", "%"]);
  });

  it("writes each change in the unit of its figures: 万元 stays 万元, not the indicator's 元", () => {
    const changes = yearOverYear([
      obs("daoli", "enforcement.fineAmount", 121, { year: 2020, unit: "万元" }),
      obs("daoli", "enforcement.fineAmount", 150, { year: 2021, unit: "万元" }),
    ]);
    const cells = yearOverYearTable(changes, { agencies }).rows[0]?.cells;
    expect(cells?.["difference"]).toMatchObject({ kind: "estimate", unit: "万元" });
  });

  it("leaves the growth empty from a zero year, and carries a bound", () => {
    const changes = yearOverYear([
      obs("a", "enforcement.penaltyCases", 0, { year: 2020 }),
      obs("a", "enforcement.penaltyCases", 5, { year: 2021 }),
      obs("a", "enforcement.penaltyCases", 7, { year: 2022, qualifier: "atLeast" }),
    ]);
    const rows = yearOverYearTable(changes).rows;
    expect(rows[0]?.cells["growth"]).toBeNull();
    expect(rows[0]?.cells["agency"]).toMatchObject({ value: "a", label: null });
    expect(rows[1]?.cells["difference"]).toMatchObject({ qualifier: "atLeast" });
  });
});

describe("yearOverYearTable as a Table", () => {
  it("is a valid Table: difference with bounds and growth", () => {
    const table = yearOverYearTable(yearOverYear([obs("a", "enforcement.fineAmount", "1210000", { year: 2020 }), obs("a", "enforcement.fineAmount", "1400000", { year: 2021, qualifier: "atLeast" })]));
    expect(Table.safeParse(table).success).toBe(true);
    const row = table.rows[0];
    expect(row?.cells.year.value).toBe(2021);
    expect(row?.cells["difference"]).toMatchObject({ qualifier: "atLeast" });
    // 2021 is at least 1,400,000 against exactly 1,210,000: the growth is at least 190,000 / 1,210,000.
    expect(row?.cells["growth"]).toMatchObject({ qualifier: "atLeast", unit: "%", upper: null });
    const growth = row?.cells["growth"];
    expect(growth?.kind === "estimate" ? [growth.value.toFixed(4), growth.lower?.toFixed(4)] : null).toEqual(["15.7025", "15.7025"]);
  });
});
