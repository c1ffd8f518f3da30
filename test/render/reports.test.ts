import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { Table } from "../../src/model/table.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { barChart } from "../../src/render/barChart.js";
import { fazhiReport } from "../../src/render/fazhiReport.js";
import { figuresTable } from "../../src/render/figuresTable.js";
import { lineChart } from "../../src/render/lineChart.js";
import { reportToHtml } from "../../src/render/reportToHtml.js";
import { reportToMarkdown } from "../../src/render/reportToMarkdown.js";
import { toJson } from "../../src/render/tableToJson.js";
import { validationReport } from "../../src/render/validationReport.js";

const dir = new URL("../../examples/reports/", import.meta.url);
const docs = readdirSync(dir).sort().map((f) => parseReport(readFileSync(new URL(f, dir), "utf8"), { document: f }));
const report = fazhiReport(docs);

describe("report builders", () => {
  it("summarises each annual report: agency, dates, the five sections, figures with their place", () => {
    const s = report.summaries[0];
    expect(s?.agency.name).toBe("哈尔滨市交通运输局");
    expect(s?.dates.signed).toBe("2021-02-23");
    expect(s?.sections.map((sec) => sec.kind)).toEqual(["measuresAndResults", "shortcomingsAndCauses", "firstResponsibleDuty", "nextYearPlan", "other"]);
    const fine = s?.figures.find((f) => f.indicator === "enforcement.fineAmount");
    expect(fine?.value.value.toString()).toBe("1210000");
    const text = docs[0]?.text ?? "";
    expect(fine?.source && text.slice(fine.source.start, fine.source.end)).toBe("121万元");
    expect(fine?.source && text.split("\n")[fine.source.line - 1]?.slice(fine.source.column - 1)).toMatch(/^121万元/);
  });

  it("compares agencies: each indicator's table is a valid Table with a ranking, bars of the latest years", () => {
    const c = report.comparison;
    expect(c.years).toEqual([2020, 2021]);
    for (const ind of c.indicators) expect(Table.safeParse(ind.table).success).toBe(true);
    const cases = c.indicators.find((i) => i.indicator === "enforcement.penaltyCases");
    expect(cases?.bars.length).toBeGreaterThan(0);
    // The latest year's bars first, then each other agency's latest year, named in the label.
    expect(cases?.bars.map((b) => [b.label, b.value.toString()])).toEqual([
      ["哈尔滨市道外区人民政府", "800"],
      ["宁波市海曙区交通运输局 (2020)", "2006"],
      ["哈尔滨市交通运输局 (2020)", "152"],
    ]);
    for (const t of [c.totals, c.yearOverYear, c.coverage, c.scores]) expect(Table.safeParse(t).success).toBe(true);
  });

  it("groups issues by document with line:column and the quoted text", () => {
    const v = validationReport(docs);
    expect(v.counts.error).toBe(1);
    const chaoyang = v.documents.find((d) => d.document === "002_79c3c9eaf9c8363c.txt");
    const signed = chaoyang?.issues.find((i) => i.code === "date.signedBeforePeriodEnd");
    expect([signed?.line, signed?.column, signed?.severity]).toEqual([180, 5, "error"]);
    expect(signed?.quote).toBeTruthy();
    expect(signed?.message).toContain("早于");
    expect(validationReport(docs, { locale: "en" }).documents[2]?.issues[0]?.message).toMatch(/[a-z]/);
  });

  it("lists every figure of the documents in figuresTable", () => {
    const table = figuresTable(docs);
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.rows.length).toBe(docs.reduce((n, d) => n + d.quantities.length, 0));
    // Each value carries the bounds its qualifier states (statedEstimate): exact both, ≥ the lower, ≤ the upper, 约 neither.
    const stated = (q: string) => table.rows.map((r) => r.cells["value"]).filter((c) => c?.kind === "estimate" && c.qualifier === q);
    for (const q of ["exact", "atLeast", "atMost", "approx"]) {
      for (const cell of stated(q)) {
        if (cell?.kind !== "estimate") continue;
        expect([cell.lower?.toString() ?? null, cell.upper?.toString() ?? null]).toEqual([
          q === "exact" || q === "atLeast" ? cell.value.toString() : null,
          q === "exact" || q === "atMost" ? cell.value.toString() : null,
        ]);
      }
    }
    expect(stated("exact").length).toBeGreaterThan(0);
    expect(stated("atLeast").length).toBeGreaterThan(0);
  });
});

describe("report renderers", () => {
  const html = reportToHtml(report);
  it("writes one self-contained Chinese HTML page", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("<svg");
    expect(html).toContain("@media print");
    expect(html).toContain('name="viewport"');
    expect(html).toContain("2021年2月23日");
  });
  it("writes Markdown and JSON", () => {
    const md = reportToMarkdown(report, { numbers: "wan" });
    expect(md.startsWith("# 法治政府建设年度报告汇总\n")).toBe(true);
    expect(md).toContain("121万元");
    expect(md).toContain("180:5");
    expect(JSON.parse(toJson(report)).validation.counts).toEqual(report.validation.counts);
  });
  it("draws bars with d3 ticks and an open end for a lower bound", () => {
    const svg = barChart("罚款", [{ label: "甲", value: new Decimal(1400000), qualifier: "atLeast" }, { label: "一个很长很长很长很长很长的机关名称", value: new Decimal(1210000), qualifier: "exact" }], "元", { numbers: "wan" });
    expect(svg).toContain('class="open"');
    expect(svg).toContain(">≥ 140万元<");
    expect(svg).toContain(">100万<");
    expect(svg).toContain("…");
    expect(lineChart("案件", [{ label: "甲", points: [{ year: 2020, value: new Decimal(1) }, { year: 2021, value: new Decimal(3) }] }], "件")).toMatch(/<polyline[^>]+points="[\d.]+,[\d.]+ [\d.]+,[\d.]+"/);
  });
});
