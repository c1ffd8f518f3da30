import { describe, expect, it } from "vitest";
import { targetAttainment } from "../../src/aggregate/targets.js";
import { targetAttainmentTable } from "../../src/aggregate/targetAttainmentTable.js";
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
