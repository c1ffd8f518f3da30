import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse/parseReport.js";
import { fazhiReport } from "../../src/render/fazhiReport.js";
import { reportToMarkdown } from "../../src/render/reportToMarkdown.js";

const doc = parseReport("某某局2020年度法治政府建设情况报告\n一、主要举措\n全年罚款121万元。", { document: "a.txt" });
const report = fazhiReport([doc]);

describe("reportToMarkdown", () => {
  const md = reportToMarkdown(report);

  it("starts with the title and the overview, ends with one newline", () => {
    expect(md.startsWith("# 法治政府建设年度报告汇总\n\n1 份文件 documents · ")).toBe(true);
    expect(reportToMarkdown(report, { title: "汇总" }).startsWith("# 汇总\n")).toBe(true);
    expect(md).toMatch(/[^\n]\n$/);
  });

  it("lists each figure with its line:column and quote", () => {
    expect(md).toMatch(/- 罚款金额 \*\*1,210,000 元\*\* — 3:\d+ “[^”]*121万元[^”]*”/);
    expect(reportToMarkdown(report, { numbers: "wan" })).toContain("**121万元**");
  });

  it("lists the issues of each document, or says it has none", () => {
    expect(md).toContain("## 问题 Issues\n\n### a.txt\n");
    const empty = reportToMarkdown(fazhiReport([]));
    expect(empty).toContain("0 份文件 documents · 0 个机关 agencies · 年度 — · 0 错误 errors · 0 警告 warnings");
    expect(empty).not.toContain("### a.txt");
  });
});
