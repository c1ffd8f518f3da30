import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Table } from "../../src/model/table.js";
import { agencyOf } from "../../src/parse/agencyOf.js";
import { observationsOf } from "../../src/parse/observationsOf.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { comparisonReport } from "../../src/render/comparisonReport.js";

const dir = new URL("../../examples/reports/", import.meta.url);
const docs = readdirSync(dir).sort().map((f) => parseReport(readFileSync(new URL(f, dir), "utf8"), { document: f }));
const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
const report = comparisonReport(docs.flatMap((doc) => observationsOf(doc, doc.document)), agencies);

describe("comparisonReport", () => {
  it("lists years ascending and indicators in code order, each table valid", () => {
    expect(report.years).toEqual([...report.years].sort((a, b) => a - b));
    const codes = report.indicators.map((i) => i.indicator);
    expect(codes).toEqual([...codes].sort());
    for (const t of [report.totals, report.yearOverYear, report.targets, report.coverage, report.scores, ...report.indicators.map((i) => i.table)]) expect(Table.safeParse(t).success).toBe(true);
  });

  it("ranks agencies by their latest-year value, ascending when less is better", () => {
    let compared = 0;
    for (const ind of report.indicators) {
      const key = String(ind.latestYear);
      const ranked = ind.table.rows.flatMap((r) => {
        const rank = r.cells["rank"];
        const cell = r.cells[key];
        return rank?.kind === "count" && (cell?.kind === "estimate" || cell?.kind === "rate") ? [{ rank: rank.value, value: cell.value }] : [];
      });
      expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
      if (ranked.length > 1) compared += 1;
      for (let i = 1; i < ranked.length; i++) {
        const order = (ranked[i - 1]?.value.comparedTo(ranked[i]?.value ?? 0) ?? 0) * (ind.lowerIsBetter ? -1 : 1);
        expect(order).toBeGreaterThanOrEqual(0);
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("draws bars of the latest year first and lines only for two years or more", () => {
    for (const ind of report.indicators) {
      const older = ind.bars.map((b) => / \(\d{4}\)$/.test(b.label));
      expect(older).toEqual([...older].sort((a, b) => Number(a) - Number(b)));
      for (const line of ind.lines) expect(line.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("compares nothing without observations", () => {
    const empty = comparisonReport([], []);
    expect(empty.years).toEqual([]);
    expect(empty.indicators).toEqual([]);
    expect(empty.totals.rows).toEqual([]);
  });
});
