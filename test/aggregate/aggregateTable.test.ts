import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { aggregateTable } from "../../src/aggregate/aggregateTable.js";
import { agencies, obs } from "./helpers.js";

describe("aggregateTable", () => {
  const figures = [obs("daoli", "enforcement.penaltyCases", 3), obs("daowai", "enforcement.penaltyCases", 4, { qualifier: "atLeast" }), obs("daoli", "services.onlineRate", 80)];
  const by = ["indicator"] as const;

  it("puts the dimension columns first, then only the measures some row has", () => {
    const table = aggregateTable(aggregate(figures, { by: [...by], agencies }), { by: [...by], agencies });
    expect(table.columns.map((c) => c.key)).toEqual(["indicator", "sum", "rate", "count", "agencies", "missingAgencies"]);
    expect(table.title).toEqual({ zh: "汇总", en: "Totals" });
    const cases = table.rows.find((r) => r.cells.indicator.value === "enforcement.penaltyCases");
    expect(cases?.cells.indicator.label).toBe("行政处罚案件数");
    expect(cases?.cells["sum"]).toMatchObject({ kind: "estimate", qualifier: "atLeast", unit: "件" });
    expect(cases?.cells["sum"]?.kind === "estimate" && cases.cells["sum"].lower?.toString()).toBe("7");
    expect(cases?.cells["rate"]).toBeNull();
  });

  it("makes a rate stated by one agency a stated rate, dropping ratesNotAggregated", () => {
    const rows = aggregate(figures, { by: [...by] });
    const rate = rows.find((r) => r.key["indicator"] === "services.onlineRate");
    expect(rate?.notes).toContain("ratesNotAggregated");
    const row = aggregateTable(rows, { by: [...by] }).rows.find((r) => r.cells.indicator.value === "services.onlineRate");
    expect(row?.cells["rate"]).toMatchObject({ kind: "rate", method: "stated", agencies: 1 });
    expect(row?.notes).not.toContain("ratesNotAggregated");
  });

  it("leaves out the columns asked for and takes a title", () => {
    const table = aggregateTable(aggregate(figures, { by: [...by] }), { by: [...by], omit: ["count", "rate"], title: { zh: "合计", en: "Sum" } });
    expect(table.columns.map((c) => c.key)).not.toContain("count");
    expect(table.rows[0]?.cells).not.toHaveProperty("rate");
    expect(table.title.en).toBe("Sum");
  });
});
