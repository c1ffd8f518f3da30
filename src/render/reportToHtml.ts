import escapeHtml from "escape-html";
import { barChart } from "./barChart.js";
import type { FazhiReport } from "./fazhiReport.js";
import { formatDateZh } from "./formatDateZh.js";
import { formatEstimate } from "./formatEstimate.js";
import { lineChart } from "./lineChart.js";
import type { RenderOptions } from "./numberStyle.js";
import { pageStyle } from "./pageStyle.js";
import { tableToHtml } from "./tableToHtml.js";
import type { ReportedIssue } from "./validationReport.js";

const severityZh = { error: "错误", warning: "警告", info: "提示" } as const;

/**
 * Options of `reportToHtml`.
 *
 * @example
 * ```ts
 * const options: ReportHtmlOptions = { title: "2021年度法治政府建设报告汇总", numbers: "wan" };
 * ```
 */
export interface ReportHtmlOptions extends RenderOptions {
  /** The page title (default `法治政府建设年度报告汇总`). */
  readonly title?: string;
}

/**
 * A report as one self-contained HTML file: `lang="zh-CN"`, inline CSS, inline
 * SVG charts (a bar chart of the latest year per indicator across agencies,
 * lines over years where an agency has two years or more), tables with
 * `<th scope>`, readable on a phone and in print; no script, no font, image
 * or link that leaves the file. Sections: an overview, each indicator
 * compared (chart, table with ranking), totals, year-over-year change,
 * coverage, composite scores, each document (sections, figures with their
 * line:column, issues) and the validation issues by document.
 *
 * @example
 * ```ts
 * const html = reportToHtml(fazhiReport(docs));
 * html.startsWith('<!doctype html>\n<html lang="zh-CN">'); //=> true
 * ```
 */
export function reportToHtml(report: FazhiReport, options: ReportHtmlOptions = {}): string {
  const title = options.title ?? "法治政府建设年度报告汇总";
  const c = report.comparison;
  const figures = report.summaries.reduce((n, s) => n + s.figures.length, 0);
  const out: string[] = [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${pageStyle}</style>`,
    "</head>",
    "<body>",
    `<header><h1>${escapeHtml(title)}</h1><p class="lead">fazhi 生成 · ${report.summaries.length} 份文件 documents · ${c.agencies.length} 个机关 agencies · 年度 ${c.years.join("、") || "—"}</p>`,
    '<div class="cards">',
    card("文件", "documents", report.summaries.length),
    card("指标数据", "figures", figures),
    card("指标", "indicators", c.indicators.length),
    card("错误", "errors", report.validation.counts.error),
    card("警告", "warnings", report.validation.counts.warning),
    "</div></header>",
    '<nav><h2 id="contents">目录<span class="en">Contents</span></h2><ol>',
    '<li><a href="#indicators">指标比较 Indicators</a></li><li><a href="#totals">合计 Totals</a></li><li><a href="#change">同比 Year over year</a></li><li><a href="#targets">目标 Targets</a></li>',
    '<li><a href="#coverage">覆盖 Coverage</a></li><li><a href="#scores">综合评分 Scores</a></li><li><a href="#documents">各文件 Documents</a></li><li><a href="#issues">问题 Issues</a></li>',
    "</ol></nav>",
    `<section id="indicators"><h2>指标比较<span class="en">Indicators across agencies and years</span></h2>`,
  ];
  // Indicators most agencies reported first: the comparisons that say most.
  const compared = c.indicators.filter(isCompared).sort((a, b) => b.table.rows.length - a.table.rows.length);
  const single = c.indicators.filter((ind) => !isCompared(ind));
  if (compared.length === 0) out.push('<p class="lead">没有两个以上机关共同报告的指标。No indicator is reported by two agencies or more.</p>');
  for (const ind of compared) {
    out.push(`<section class="indicator" id="ind-${escapeHtml(ind.indicator)}"><h3>${escapeHtml(ind.nameZh)}<span class="en">${escapeHtml(ind.nameEn)} · <code>${escapeHtml(ind.indicator)}</code></span></h3>`);
    if (ind.bars.length > 0) out.push(`<figure>${barChart(ind.nameZh, ind.bars, ind.unit, options)}<figcaption>各机关最近一年的${escapeHtml(ind.nameZh)}${ind.lowerIsBetter ? "(越低越好)" : ""} · each agency\u2019s latest year</figcaption></figure>`);
    if (ind.lines.length > 0) out.push(`<figure>${lineChart(`${ind.nameZh} 历年`, ind.lines, ind.unit, options)}<figcaption>${escapeHtml(ind.nameZh)} 历年变化 over years</figcaption></figure>`);
    out.push(tableToHtml(ind.table, options), "</section>");
  }
  if (single.length > 0) out.push(`<p class="lead">仅一个机关报告的指标见<a href="#totals">合计</a>表 (${single.length}): ${single.map((i) => escapeHtml(i.nameZh)).join("、")}。Indicators reported by one agency only are in the totals.</p>`);
  out.push("</section>");
  out.push(`<section id="totals"><h2>合计<span class="en">Totals</span></h2>${tableToHtml(c.totals, options)}</section>`);
  out.push(`<section id="change"><h2>同比变化<span class="en">Year over year</span></h2>${c.yearOverYear.rows.length > 0 ? tableToHtml(c.yearOverYear, options) : '<p class="lead">没有相邻两年的数据。No agency has figures for two consecutive years.</p>'}</section>`);
  out.push(`<section id="targets"><h2>目标完成情况<span class="en">Targets</span></h2>${c.targets.rows.length > 0 ? tableToHtml(c.targets, options) : '<p class="lead">文件中没有数量目标。No quantified target in the documents.</p>'}</section>`);
  out.push(`<section id="coverage"><h2>报告覆盖<span class="en">Coverage</span></h2>${tableToHtml(c.coverage, options)}</section>`);
  out.push(`<section id="scores"><h2>综合评分<span class="en">Composite scores</span></h2>${tableToHtml(c.scores, options)}</section>`);
  out.push(`<section id="documents"><h2>各文件<span class="en">Documents</span></h2>`);
  for (const s of report.summaries) {
    const a = s.agency;
    out.push(`<details open><summary>${escapeHtml(s.title ?? s.document)}<span class="en">${escapeHtml(s.document)}</span></summary>`);
    out.push(`<p>机关 ${escapeHtml(a.name ?? "?")} · 年度 ${s.reportingYear ?? "?"} · 落款 ${formatDateZh(s.dates.signed)} · 公开 ${formatDateZh(s.dates.published)}</p>`);
    if (s.sections.length > 0) {
      out.push('<ul class="sections">');
      for (const sec of s.sections) {
        out.push(sec.heading === null ? `<li class="missing">未见 missing: ${escapeHtml(sec.nameZh)}</li>` : `<li>${escapeHtml(sec.nameEn)}: ${escapeHtml(sec.heading)} <span class="where">L${sec.line ?? "?"}</span></li>`);
      }
      out.push("</ul>");
    }
    if (s.figures.length > 0) {
      out.push('<div class="scroll"><table><caption>数据 figures</caption><thead><tr><th scope="col">指标<span class="en">indicator</span></th><th scope="col" class="estimate">数值<span class="en">value</span></th><th scope="col">位置<span class="en">where</span></th><th scope="col">原文<span class="en">quote</span></th></tr></thead><tbody>');
      for (const f of s.figures) {
        const where = f.source ? `${f.source.line}:${f.source.column}` : "—";
        out.push(`<tr><th scope="row">${escapeHtml(f.nameZh)}</th><td class="estimate">${escapeHtml(formatEstimate(f.value, options))}${f.modality === "target" ? " (目标)" : ""}</td><td class="where">${where}</td><td><q>${escapeHtml(f.quote)}</q></td></tr>`);
      }
      out.push("</tbody></table></div>");
    }
    out.push(issueList(s.issues), "</details>");
  }
  out.push("</section>");
  out.push(`<section id="issues"><h2>问题<span class="en">Issues by document</span></h2>`);
  for (const d of report.validation.documents) {
    out.push(`<h3>${escapeHtml(d.title ?? d.document)}<span class="en">${escapeHtml(d.document)} · ${d.counts.error} 错误 · ${d.counts.warning} 警告 · ${d.counts.info} 提示</span></h3>`, issueList(d.issues));
  }
  out.push("</section>", '<footer><p class="lead">数值后“≥”为至少，“约”为约数；比率按Σ分子/Σ分母。Figures keep their qualifiers; rates are Σnumerator / Σdenominator.</p></footer>', "</body>", "</html>", "");
  return out.join("\n");
}

/** Whether an indicator is worth its own chart and table: two agencies or more, or one over several years. */
function isCompared(ind: FazhiReport["comparison"]["indicators"][number]): boolean {
  return ind.table.rows.length >= 2 || ind.lines.length > 0;
}

function card(zh: string, en: string, n: number): string {
  return `<div class="card"><b>${n}</b>${escapeHtml(zh)}<span class="en">${escapeHtml(en)}</span></div>`;
}

function issueList(issues: readonly ReportedIssue[]): string {
  if (issues.length === 0) return '<p class="lead">未发现问题 No issues.</p>';
  const items = issues.map((i) => {
    const where = i.line === null ? i.path || "-" : `${i.line}:${i.column}`;
    return `<li><span class="where">${escapeHtml(where)}</span> <span class="sev-${i.severity}">${severityZh[i.severity]}</span> <code>${escapeHtml(i.code)}</code> ${escapeHtml(i.message)}${i.quote ? ` <q>${escapeHtml(i.quote)}</q>` : ""}</li>`;
  });
  return `<ul class="issues">${items.join("")}</ul>`;
}
