import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse/parseReport.js";
import { fazhiReport } from "../../src/render/fazhiReport.js";
import { reportToHtml } from "../../src/render/reportToHtml.js";

const doc = parseReport("某某局2020年度法治政府建设情况报告\n一、主要举措\n全年罚款121万元。", { document: "<img src=x>.txt" });
const report = fazhiReport([doc]);

describe("reportToHtml", () => {
  const html = reportToHtml(report, { title: '<script>alert("x")</script>' });

  it("is a whole page that loads nothing: a strict CSP, no script", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>");
  });

  it("escapes a document's name and shows its figures with their place", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x&gt;.txt");
    expect(html).toMatch(/<td class="estimate">1,210,000 元<\/td><td class="where">3:\d+<\/td>/);
    expect(reportToHtml(report, { numbers: "wan" })).toContain("121万元");
  });

  it("says when no indicator is compared, and has the default title", () => {
    const only = reportToHtml(fazhiReport([]));
    expect(only).toContain("<title>法治政府建设年度报告汇总</title>");
    expect(only).toContain("No indicator is reported by two agencies or more.");
  });
});
