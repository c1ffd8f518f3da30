import { describe, expect, it } from "vitest";
import { targetAttainment } from "../../src/aggregate/targets.js";
import { targetAttainmentTable } from "../../src/aggregate/targetAttainmentTable.js";
import { Table } from "../../src/model/table.js";
import { agencies, obs } from "./helpers.js";

describe("targetAttainmentTable", () => {
  const rows = targetAttainment([
    obs("daoli", "services.onlineRate", 90, { modality: "target", qualifier: "atLeast" }),
    obs("daoli", "services.onlineRate", 85),
    obs("daowai", "services.onlineRate", 90, { modality: "target", period: { from: "2021-01-01", to: "2021-06-30" } }),
  ]);

  it("writes a row per target with its actual, status and comparator", () => {
    const table = targetAttainmentTable(rows, { agencies });
    expect(table.columns.map((c) => c.key)).toEqual(["agency", "indicator", "period", "target", "actual", "status"]);
    const first = table.rows[0];
    expect(first?.cells["agency"]).toMatchObject({ label: "道里区人民政府" });
    expect(first?.cells["target"]).toMatchObject({ kind: "estimate", qualifier: "atLeast", unit: "%" });
    expect(first?.cells["actual"]).toMatchObject({ kind: "estimate", qualifier: "exact" });
    expect(first?.cells["status"]).toEqual({ kind: "dimension", value: "notMet", label: "未达成 not met" });
    expect(first?.notes).toEqual(["comparator >="]);
  });

  it("writes a date range as from..to and an empty actual when there is none", () => {
    const second = targetAttainmentTable(rows).rows[1];
    expect(second?.cells["period"]).toEqual({ kind: "dimension", value: "2021-01-01..2021-06-30", label: null });
    expect(second?.cells["actual"]).toBeNull();
    expect(second?.cells["status"]).toMatchObject({ value: "noActual" });
  });
});

describe("targetAttainmentTable as a Table", () => {
  it("is a valid Table giving each target, its actual figure and whether it was met", () => {
    const table = targetAttainmentTable(
      targetAttainment([
        obs("a", "enforcement.fineAmount", "1000000", { modality: "target", qualifier: "atLeast" }),
        obs("a", "enforcement.fineAmount", "1400000"),
        obs("b", "enforcement.fineAmount", "5", { modality: "target" }),
      ]),
    );
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.rows.map((r) => [r.cells.agency.value, r.cells.status.value, r.cells.status.label])).toEqual([
      ["a", "met", "达成 met"],
      ["b", "noActual", "无实际数 no actual figure"],
    ]);
    expect(table.rows[0]?.cells["target"]).toMatchObject({ qualifier: "atLeast", unit: "元" });
    expect(table.rows[1]?.cells["actual"]).toBeNull();
  });
});
