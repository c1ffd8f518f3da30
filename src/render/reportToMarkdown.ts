import type { FazhiReport } from "./fazhiReport.js";
import { formatDateZh } from "./formatDateZh.js";
import { formatEstimate } from "./formatEstimate.js";
import type { RenderOptions } from "./numberStyle.js";
import { tableToMarkdown } from "./tableToMarkdown.js";

const severityZh = { error: "错误", warning: "警告", info: "提示" } as const;

/**
 * A report as GitHub-flavoured Markdown: the overview, each indicator's table
 * with its ranking, totals, year-over-year change, coverage, composite
 * scores, each document's figures with line:column, and the issues by
 * document.
 *
 * @example
 * ```ts
 * reportToMarkdown(fazhiReport(docs)).startsWith("# 法治政府建设年度报告汇总"); //=> true
 * ```
 */
export function reportToMarkdown(report: FazhiReport, options: RenderOptions & { readonly title?: string } = {}): string {
  const c = report.comparison;
  const out: string[] = [
    `# ${options.title ?? "法治政府建设年度报告汇总"}`,
    "",
    `${report.summaries.length} 份文件 documents · ${c.agencies.length} 个机关 agencies · 年度 ${c.years.join("、") || "—"} · ${report.validation.counts.error} 错误 errors · ${report.validation.counts.warning} 警告 warnings`,
    "",
    "## 指标比较 Indicators",
    "",
  ];
  const compared = c.indicators.filter((ind) => ind.table.rows.length >= 2 || ind.lines.length > 0);
  for (const ind of compared) out.push(tableToMarkdown(ind.table, { ...options, heading: "###" }));
  const single = c.indicators.filter((ind) => !compared.includes(ind));
  if (single.length > 0) out.push(`仅一个机关报告的指标见合计表 Indicators reported by one agency only are in the totals: ${single.map((i) => i.nameZh).join("、")}.`, "");
  out.push("## 合计 Totals", "", tableToMarkdown(c.totals, options));
  if (c.yearOverYear.rows.length > 0) out.push("## 同比 Year over year", "", tableToMarkdown(c.yearOverYear, options));
  if (c.targets.rows.length > 0) out.push("## 目标 Targets", "", tableToMarkdown(c.targets, options));
  out.push("## 覆盖 Coverage", "", tableToMarkdown(c.coverage, options), "## 综合评分 Scores", "", tableToMarkdown(c.scores, options), "## 各文件 Documents", "");
  for (const s of report.summaries) {
    out.push(`### ${s.title ?? s.document}`, "", `\`${s.document}\` · ${s.agency.name ?? "?"} · ${s.reportingYear ?? "?"} · 落款 ${formatDateZh(s.dates.signed)} · 公开 ${formatDateZh(s.dates.published)}`, "");
    const missing = s.sections.filter((sec) => sec.heading === null).map((sec) => sec.nameEn);
    if (s.sections.length > 0) out.push(missing.length === 0 ? "五个法定部分齐全 All five statutory sections found.\n" : `缺少 missing: ${missing.join("; ")}\n`);
    for (const f of s.figures) {
      const where = f.source ? `${f.source.line}:${f.source.column}` : "-";
      out.push(`- ${f.nameZh} **${formatEstimate(f.value, options)}**${f.modality === "target" ? " (目标)" : ""} — ${where} “${f.quote.replace(/\s+/g, " ")}”`);
    }
    out.push("");
  }
  out.push("## 问题 Issues", "");
  for (const d of report.validation.documents) {
    out.push(`### ${d.document}`, "");
    if (d.issues.length === 0) out.push("未发现问题 No issues.");
    for (const i of d.issues) out.push(`- \`${i.line === null ? i.path || "-" : `${i.line}:${i.column}`}\` ${severityZh[i.severity]} \`${i.code}\` ${i.message}${i.quote ? ` “${i.quote}”` : ""}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
