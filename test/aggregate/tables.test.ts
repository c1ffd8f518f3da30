import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { aggregateTable } from "../../src/aggregate/aggregateTable.js";
import { yearOverYear } from "../../src/aggregate/change.js";
import { compositeScore } from "../../src/aggregate/compositeScore.js";
import { compositeScoreTable } from "../../src/aggregate/compositeScoreTable.js";
import { coverage } from "../../src/aggregate/coverage.js";
import { coverageTable } from "../../src/aggregate/coverageTable.js";
import { dimensionCell } from "../../src/aggregate/dimensionLabel.js";
import { yearOverYearTable } from "../../src/aggregate/yearOverYearTable.js";
import { Decimal } from "../../src/model/decimal.js";
import type { Observation } from "../../src/model/observation.js";
import { Table } from "../../src/model/table.js";
import { agencyOf } from "../../src/parse/agencyOf.js";
import { observationsOf } from "../../src/parse/observationsOf.js";
import { parseReport } from "../../src/parse/parseReport.js";

const dir = new URL("../../examples/reports/", import.meta.url);
const docs = readdirSync(dir).sort().map((f) => parseReport(readFileSync(new URL(f, dir), "utf8"), { document: f }));
const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));

const figure = (agency: string, period: number, value: string, qualifier: "exact" | "atLeast" = "exact"): Observation => ({
  agency,
  indicator: "enforcement.fineAmount",
  period,
  quantity: { value: new Decimal(value), unit: "元", qualifier },
  modality: "actual",
  attribution: "own",
});

describe("aggregateTable", () => {
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

  it("keeps a bound through the sum, and leaves out columns empty everywhere", () => {
    const small = aggregateTable(aggregate([figure("a", 2021, "10"), figure("b", 2021, "5", "atLeast")], { by: ["year"] }), { by: ["year"] });
    expect(small.columns.map((c) => c.key)).toEqual(["year", "sum", "count", "agencies"]);
    expect(small.rows[0]?.cells["sum"]).toMatchObject({ qualifier: "atLeast" });
    expect(small.rows[0]?.cells.year.value).toBe(2021);
    expect(aggregateTable([], { by: ["year"], omit: ["sum"] }).rows).toEqual([]);
  });
});

describe("the other analyses as Tables", () => {
  it("year over year: difference with bounds and growth", () => {
    const table = yearOverYearTable(yearOverYear([figure("a", 2020, "1210000"), figure("a", 2021, "1400000", "atLeast")]));
    expect(Table.safeParse(table).success).toBe(true);
    const row = table.rows[0];
    expect(row?.cells.year.value).toBe(2021);
    expect(row?.cells["difference"]).toMatchObject({ qualifier: "atLeast" });
    expect(row?.cells["growth"]).toMatchObject({ qualifier: "approx", unit: "%" });
  });

  it("coverage: an indicator a row, an agency a column", () => {
    const table = coverageTable(coverage(observations, { agencies }), { agencies });
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.columns.filter((c) => c.key.startsWith("agency:")).map((c) => c.zh)).toEqual(agencies.map((a) => a.name));
    const fines = table.rows.find((r) => r.cells.indicator.value === "enforcement.fineAmount");
    expect(fines?.cells["reported"]).toEqual({ kind: "count", value: 2 });
    expect(fines?.cells["share"]?.kind === "estimate" && fines.cells["share"].value.toString()).toBe("40");
  });

  it("composite score: ranked, with components in the notes", () => {
    const table = compositeScoreTable(compositeScore(observations, { agencies }), { agencies });
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.rows.map((r) => r.cells["rank"])).toEqual(table.rows.map((_, i) => ({ kind: "count", value: i + 1 })));
    expect(table.rows[0]?.notes.length).toBeGreaterThan(0);
  });

  it("labels dimensions for readers", () => {
    expect(dimensionCell("prefecture", "230100", new Map()).label).toBe("哈尔滨市");
    expect(dimensionCell("year", null, new Map()).label).toBe("累计");
    expect(dimensionCell("sector", "transport", new Map()).label).toBeNull();
    expect(dimensionCell("agency", "x", new Map()).label).toBeNull();
  });
});

describe("targetAttainmentTable", () => {
  it("gives each target, its actual figure and whether it was met", async () => {
    const { targetAttainment } = await import("../../src/aggregate/targets.js");
    const { targetAttainmentTable } = await import("../../src/aggregate/targetAttainmentTable.js");
    const target = (value: string, qualifier: "atLeast" | "exact"): Observation => ({ ...figure("a", 2021, value, qualifier), modality: "target" });
    const table = targetAttainmentTable(targetAttainment([target("1000000", "atLeast"), figure("a", 2021, "1400000"), { ...target("5", "exact"), agency: "b" }]));
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.rows.map((r) => [r.cells.agency.value, r.cells.status.value, r.cells.status.label])).toEqual([
      ["a", "met", "达成 met"],
      ["b", "noActual", "无实际数 no actual figure"],
    ]);
    expect(table.rows[0]?.cells["target"]).toMatchObject({ qualifier: "atLeast", unit: "元" });
    expect(table.rows[1]?.cells["actual"]).toBeNull();
  });
});
