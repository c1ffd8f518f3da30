// disclosureSummary and its Markdown on the shared 政府信息公开 reports, and on any report the model allows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { disclosureCells } from "../../src/model/disclosureCells.js";
import type { DisclosureReport } from "../../src/model/disclosureReport.js";
import type { Issue } from "../../src/model/issue.js";
import { parseDisclosureReport } from "../../src/parse/disclosure/parseDisclosureReport.js";
import { disclosureRates } from "../../src/aggregate/disclosureRates.js";
import { disclosureSummary } from "../../src/render/disclosureSummary.js";
import { disclosureRatesToMarkdown, disclosureSummaryToMarkdown } from "../../src/render/disclosureToMarkdown.js";
import { validateDisclosure } from "../../src/validate/disclosure/validateDisclosure.js";
import { disclosureGold, disclosureNames, disclosureText, goldCells } from "../helpers/disclosure.js";

const read = (name: string) => parseDisclosureReport(disclosureText(name), { document: `${name}.txt`, locale: "zh" });

describe("disclosureSummary", () => {
  for (const name of disclosureNames()) {
    it(`${name}: every cell of the gold in its table, row and column; blanks null`, () => {
      const report = read(name);
      const summary = disclosureSummary(report, validateDisclosure(report, { locale: "zh" }));
      const gold = goldCells(disclosureGold(name));
      const seen = new Map<string, string | null>();
      for (const table of summary.tables) {
        for (const row of table.rows) {
          expect(row.zh, row.path).not.toBe(row.path); // every row has a label from the catalog
          row.cells.forEach((cell, i) => {
            if (cell !== undefined) seen.set(`${row.path}.${table.columns[i]?.key}`, cell === null ? null : cell.toFixed());
          });
        }
        for (const column of table.columns) expect(column.zh, `${table.key}.${column.key}`).not.toBe(column.key);
      }
      expect(seen).toEqual(gold);
      expect(summary.agency).toBe(report.agency.name);
      expect(summary.counts.error).toBe(disclosureGold(name).findings.filter((f) => f.rule !== "cells.blank" && f.rule !== "text.mismatch").length);
    });
  }

  it("keeps a finding's cells, sides and message; a rule is its code less disclosure.", () => {
    const report = read("d06_hongze_qu_zhengfu_xxgk_2023");
    const issue: Issue = { code: "parse.x", severity: "warning", path: [], message: "m", params: { left: null } };
    const summary = disclosureSummary(report, [...validateDisclosure(report, { locale: "en" }), issue]);
    expect(summary.findings[0]).toMatchObject({ rule: "reviews.groupTotal", left: "0", right: "11", severity: "error" });
    expect(summary.findings[0]?.cells).toContain("reviews.reconsideration.upheld");
    expect(summary.findings.at(-1)).toEqual({ severity: "warning", code: "parse.x", rule: "parse.x", message: "m", cells: [] });
    expect(summary.counts).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it("renders any report without throwing, one Markdown table line per row and a line per finding", () => {
    const base = read("d07_hongze_qu_zhengfu_xxgk_2024");
    const cell = fc.option(fc.integer({ min: -5, max: 100000 }).map((n) => new Decimal(n)), { nil: null });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 70, maxLength: 70 }), fc.constantFrom<"zh" | "en">("zh", "en"), (values, locale) => {
        let i = 0;
        const swap = (node: unknown): unknown => {
          if (Decimal.isDecimal(node) || node === null) return values[i++ % values.length] ?? null;
          if (Array.isArray(node)) return node.map(swap);
          if (typeof node === "object") return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, typeof v === "string" ? v : swap(v)]));
          return node;
        };
        const report = { ...base, active: swap(base.active), requests: swap(base.requests), reviews: swap(base.reviews) } as DisclosureReport;
        const findings = validateDisclosure(report, { locale });
        const md = disclosureSummaryToMarkdown(disclosureSummary(report, findings), { locale });
        const rows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| -") && !l.startsWith("| 项目") && !l.startsWith("| row"));
        const cells = disclosureCells(report);
        const rowPaths = new Set(cells.map((c) => c.path.slice(0, c.path.lastIndexOf("."))));
        expect(rows).toHaveLength(rowPaths.size);
        expect(md.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(findings.length);
        // Blank cells are empty in the table: as many empty cells as nulls (plus table 二's cells a row does not have).
        const empty = rows.flatMap((l) => l.slice(1, -1).split("|").slice(1)).filter((c) => c.trim() === "").length;
        expect(empty).toBeGreaterThanOrEqual(cells.filter((c) => c.value === null).length);
      }),
      { numRuns: 40 },
    );
  });
});

describe("disclosureRatesToMarkdown", () => {
  it("a row per report and rate, then the groups; N below 30 not ranked", () => {
    const d06 = read("d06_hongze_qu_zhengfu_xxgk_2023");
    const d07 = read("d07_hongze_qu_zhengfu_xxgk_2024");
    const md = disclosureRatesToMarkdown(disclosureRates([{ agency: "a", report: d06 }, { agency: "b", report: d07 }]), { locale: "en" });
    const rows = md.trimEnd().split("\n").slice(2).map((l) => l.slice(1, -1).split("|").map((c) => c.trim()));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(["a", "substantive disclosure", "19.05", "4/21", "21", ""]);
    expect(rows[1]).toEqual(["b", "substantive disclosure", "62.11", "59/95", "95", "1"]);
    expect(rows[8]?.[0]).toBe("all");
  });
});
