import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/model/issue.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { annualReportSummary } from "../../src/render/annualReportSummary.js";

const name = "004_d7befece2778118b.txt";
const text = readFileSync(new URL(`../../examples/reports/${name}`, import.meta.url), "utf8");
const doc = parseReport(text, { document: name });

describe("annualReportSummary", () => {
  const summary = annualReportSummary(doc, []);

  it("orders figures by indicator code, then by place", () => {
    expect(summary.figures.length).toBeGreaterThan(1);
    const keys = summary.figures.map((f) => [f.indicator, f.source?.start ?? 0] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  it("traces each figure to its span and its line:column in the text", () => {
    const lines = text.split("\n");
    for (const f of summary.figures) {
      if (f.source === null) continue;
      expect(f.source.document).toBe(name);
      const at = lines[f.source.line - 1]?.slice(f.source.column - 1) ?? "";
      expect(at.startsWith(text.slice(f.source.start, f.source.end))).toBe(true);
      expect(f.nameZh).not.toBe("");
    }
  });

  it("lists the five statutory sections of an annual report, and none for another document", () => {
    expect(summary.documentKind).toBe("annual-report");
    expect(summary.sections).toHaveLength(5);
    const plan = annualReportSummary({ ...doc, documentKind: "work-plan" }, []);
    expect(plan.sections).toEqual([]);
    expect(plan.figures).toEqual(summary.figures);
    const { text: _, ...withoutText } = doc;
    const bare = annualReportSummary(withoutText, []);
    expect(bare.sections).toEqual([]);
    expect(bare.figures.every((f) => f.source === null)).toBe(true);
  });

  it("reports the issues given with their place", () => {
    const start = summary.figures.find((f) => f.source !== null)?.source?.start ?? 0;
    const issue: Issue = { code: "test.issue", severity: "warning", path: ["quantities", 0], message: "m", params: {}, span: { start, end: start + 1 } };
    const s = annualReportSummary(doc, [issue]);
    expect(s.issues).toHaveLength(1);
    expect(s.issues[0]?.line).toBe(summary.figures.find((f) => f.source?.start === start)?.source?.line);
  });
});
