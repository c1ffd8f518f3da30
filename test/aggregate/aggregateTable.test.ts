import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { aggregateTable } from "../../src/aggregate/aggregateTable.js";
import { observationTable } from "../../src/aggregate/observationTable.js";
import { Table } from "../../src/model/table.js";
import { agencies, exampleReports, obs } from "./helpers.js";

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

describe("aggregateTable on what is not aggregate's rows", () => {
  it("throws a TypeError naming the mistake: observations for rows, no rows, no options, no by", () => {
    const observations = [obs("a", "enforcement.penaltyCases", 5)];
    expect(() => aggregateTable(observations as never, { by: ["indicator"] })).toThrow(
      new TypeError("aggregateTable: rows[0] is not a row of aggregate (it has no key): pass what aggregate gives, not the observations"),
    );
    expect(() => aggregateTable(null as never, { by: ["indicator"] })).toThrow(new TypeError("aggregateTable: pass what aggregate gives (a list), not null"));
    const rows = aggregate(observations, { by: ["indicator"] });
    expect(() => aggregateTable(rows, undefined as never)).toThrow(new TypeError("aggregateTable: options must be an object"));
    expect(() => aggregateTable(rows, {} as never)).toThrow(new TypeError("aggregateTable: options.by must be the list of dimensions the rows were grouped by"));
    expect(aggregateTable(rows, { by: ["indicator"] }).rows).toHaveLength(1);
    // Lazy rows (aggregate of a table) are rows too.
    expect(aggregateTable(aggregate(observationTable(observations), { by: ["indicator"], rows: "lazy" }), { by: ["indicator"] }).rows).toHaveLength(1);
  });
});

describe("aggregateTable of the example reports", () => {
  const { docs, agencies, observations } = exampleReports();
  const by = ["indicator", "year"] as const;
  const table = aggregateTable(aggregate(observations, { by, agencies, measures: ["sum", "count", "min", "max"] }), { by, agencies, observations });

  it("is a valid Table whose rows are keyed by the dimensions asked for", () => {
    expect(Table.safeParse(table).success).toBe(true);
    const fines = table.rows.filter((r) => r.cells.indicator.value === "enforcement.fineAmount");
    expect(fines.map((r) => [r.cells.year.value, r.cells.indicator.label])).toEqual([
      [2020, "罚款金额"],
      [2021, "罚款金额"],
    ]);
    expect(fines[1]?.cells["sum"]).toMatchObject({ kind: "estimate", qualifier: "atLeast", unit: "元" });
    expect(fines[1]?.cells["sum"]?.kind === "estimate" && fines[1].cells["sum"].value.toString()).toBe("1400000");
  });

  it("points each row to the documents and spans of its figures", () => {
    const row = table.rows.find((r) => r.cells.indicator.value === "enforcement.fineAmount" && r.cells.year.value === 2020);
    expect(row?.sources.map((s) => s.document)).toEqual(["000_6abc9caa6ce6874c.txt"]);
    const source = row?.sources[0];
    expect(source && docs[0]?.text?.slice(source.span.start, source.span.end)).toBe("121万元");
  });
});

describe("aggregateTable of a bounded sum", () => {
  it("keeps a bound through the sum, and leaves out columns empty everywhere", () => {
    const figures = [obs("a", "enforcement.fineAmount", "10"), obs("b", "enforcement.fineAmount", "5", { qualifier: "atLeast" })];
    const small = aggregateTable(aggregate(figures, { by: ["year"] }), { by: ["year"] });
    expect(small.columns.map((c) => c.key)).toEqual(["year", "sum", "count", "agencies"]);
    expect(small.rows[0]?.cells["sum"]).toMatchObject({ qualifier: "atLeast" });
    expect(small.rows[0]?.cells.year.value).toBe(2021);
    expect(aggregateTable([], { by: ["year"], omit: ["sum"] }).rows).toEqual([]);
  });
});
