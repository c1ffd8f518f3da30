// The inline style sheet of an HTML report (src/render/pageStyle.ts): valid CSS that loads nothing, readable on a phone,
// print-friendly, and styling the classes the HTML report writes.
import { transformSync } from "esbuild";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse/parseReport.js";
import { fazhiReport } from "../../src/render/fazhiReport.js";
import { pageStyle } from "../../src/render/pageStyle.js";
import { reportToHtml } from "../../src/render/reportToHtml.js";

/** The classes an HTML page uses. */
function classesOf(html: string): Set<string> {
  const classes = new Set<string>();
  const parser = new Parser({
    onopentag: (_name, attributes) => {
      for (const c of (attributes["class"] ?? "").split(/\s+/)) if (c !== "") classes.add(c);
    },
  });
  parser.write(html);
  parser.end();
  return classes;
}

describe("pageStyle", () => {
  it("is CSS that esbuild reads without an error or a warning", () => {
    const result = transformSync(pageStyle, { loader: "css", minify: true, logLevel: "silent" });
    expect(result.warnings).toEqual([]);
    expect(result.code.length).toBeGreaterThan(1000);
  });

  it("loads nothing: no web font, no import, no url()", () => {
    expect(pageStyle).not.toMatch(/@font-face|@import|url\(/i);
    expect(pageStyle).toMatch(/font: [^;]*"PingFang SC"[^;]*"Microsoft YaHei"[^;]*"Noto Sans CJK SC", sans-serif;/);
  });

  it("is readable on a phone: fluid width, tables scrolling sideways in their box, charts scaling", () => {
    expect(pageStyle).toMatch(/body \{[^}]*max-width: 1040px/);
    expect(pageStyle).toContain(".scroll { overflow-x: auto;");
    expect(pageStyle).toMatch(/\.chart \{ width: 100%; max-width: 640px; height: auto;/);
    expect(pageStyle).toContain("@media (max-width: 600px)");
  });

  it("is print-friendly: no breaks inside a table row or chart, details open", () => {
    const print = pageStyle.slice(pageStyle.indexOf("@media print"));
    expect(print).toContain("tr, figure, svg { break-inside: avoid; }");
    expect(print).toContain("details { display: block; }");
    expect(print).toContain("h2 { break-after: avoid; }");
  });

  it("styles the figures, places, charts and scrolling boxes of the HTML report, and is the page's only style", () => {
    const doc = parseReport("某某局2020年度法治政府建设情况报告\n一、主要举措\n全年罚款121万元,行政处罚案件至少150件。\n某某局\n2021年2月1日", { document: "a.txt" });
    const other = parseReport("某某区2020年度法治政府建设情况报告\n全年罚款约40万元,行政处罚案件120件。", { document: "b.txt" });
    const html = reportToHtml(fazhiReport([doc, other]));
    const classes = classesOf(html);
    // Column kinds (dimension, label …) are hooks for a user's own style sheet; these are the ones the page styles.
    const styled = [...classes].filter((c) => new RegExp(`\\.${c}(?![\\w-])`).test(pageStyle)).sort();
    expect(styled).toEqual(expect.arrayContaining(["chart", "estimate", "scroll", "where"]));
    expect(pageStyle).toMatch(/td\.estimate, td\.rate, td\.count[^{]*\{ text-align: right; white-space: nowrap; \}/);
    expect(html.split("<style>")).toHaveLength(2);
    expect(html).toContain(`<style>${pageStyle}</style>`);
  });
});
