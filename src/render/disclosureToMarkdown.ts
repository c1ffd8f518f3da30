import { severityNames } from "../model/severityNames.js";
import { disclosureRateNames } from "../catalog/lexicon/disclosureLabels.js";
import type { DisclosureRates } from "../aggregate/disclosureRates.js";
import type { Locale } from "../model/locale.js";
import { displayWidth } from "../parse/displayWidth.js";
import type { DisclosureSummary } from "./disclosureSummary.js";


/** A cell's text made safe inside a GitHub table: pipes escaped, line breaks as spaces. */
function safe(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");
}

/** A GitHub table whose columns line up in a monospaced font (Chinese characters two columns wide); `right` columns are right-aligned. */
function alignedTable(header: readonly string[], right: readonly boolean[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows].map((cells) => cells.map(safe));
  const widths = header.map((_, i) => Math.max(3, ...all.map((cells) => displayWidth(cells[i] ?? ""))));
  const pad = (text: string, i: number) => {
    const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
    return right[i] === true ? fill + text : text + fill;
  };
  const line = (cells: readonly string[]) => `| ${header.map((_, i) => pad(cells[i] ?? "", i)).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (right[i] === true ? ` ${"-".repeat(w - 1)}: ` : ` ${"-".repeat(w)} `)).join("|")}|`;
  const [head, ...body] = all;
  return [line(head ?? []), rule, ...body.map(line)];
}

/**
 * A disclosure summary as GitHub-flavoured Markdown whose tables also read
 * as aligned plain text: a heading (agency, year, document), the template,
 * tables 二, 三 and 四 with a blank cell left blank (never 0), then one line
 * per finding — severity, code, message and the cells. Labels and severity
 * words in `locale` (default `zh`); messages are as the findings give them.
 *
 * @example
 * ```ts
 * import { disclosureSummary } from "fazhi/render";
 * const md = disclosureSummaryToMarkdown(disclosureSummary(report, validateDisclosure(report, { locale: "zh" })));
 * md.startsWith("## 淮安市洪泽区人民政府 2023 · "); //=> true
 * md.includes("- 错误 `disclosure.reviews.groupTotal` 表四“行政复议”"); //=> true
 * ```
 */
export function disclosureSummaryToMarkdown(summary: DisclosureSummary, options: { readonly locale?: Locale } = {}): string {
  const locale: Locale = options.locale === "en" ? "en" : "zh";
  const names = severityNames[locale];
  const zh = locale === "zh";
  const out: string[] = [
    `## ${summary.agency ?? "?"} ${summary.reportingYear ?? "?"} · ${summary.document}`,
    "",
    `${zh ? "模板" : "template"} ${summary.template}${summary.title === null ? "" : ` · ${safe(summary.title)}`}`,
    "",
  ];
  for (const table of summary.tables) {
    out.push(`### ${zh ? table.zh : table.en}`, "");
    const header = [zh ? "项目" : "row", ...table.columns.map((c) => (zh ? c.zh : c.en))];
    const right = header.map((_, i) => i > 0);
    const rows = table.rows.map((row) => [zh ? row.zh : row.en, ...row.cells.map((cell) => (cell === null || cell === undefined ? "" : cell.toFixed()))]);
    out.push(...alignedTable(header, right, rows), "");
  }
  out.push(`### ${zh ? "检查结果" : "Findings"}`, "");
  if (summary.findings.length === 0) out.push(zh ? "未发现问题。" : "No findings.");
  for (const f of summary.findings) {
    out.push(`- ${names[f.severity]} \`${f.code}\` ${safe(f.message)}${f.cells.length > 0 ? ` — ${f.cells.join(", ")}` : ""}`);
  }
  const c = summary.counts;
  out.push("", zh ? `${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示` : `${c.error} errors, ${c.warning} warnings, ${c.info} infos`);
  return `${out.join("\n")}\n`;
}

/**
 * The disclosure rates (`disclosureRates`) as an aligned GitHub table, one
 * row per agency (or report) and rate, then one per group: the rate in %,
 * numerator / denominator, the N and the rank (blank when not ranked: N below
 * the minimum, or no rate because N is 0; a group is never ranked). Names in `locale` (default `zh`).
 *
 * @example
 * ```ts
 * const md = disclosureRatesToMarkdown(disclosureRates([{ agency: "洪泽区 2024", report: report2024 }]));
 * md.split("\n")[2]?.startsWith("| 洪泽区 2024"); //=> true
 * ```
 */
export function disclosureRatesToMarkdown(rates: DisclosureRates, options: { readonly locale?: Locale } = {}): string {
  const zh = options.locale !== "en";
  const header = zh ? ["机关 agency", "比率 rate", "%", "分子/分母", "N", "排名 rank"] : ["agency", "rate", "%", "numerator/denominator", "N", "rank"];
  const rows = [...rates.agencies, ...rates.groups].map((r) => {
    const [rzh, ren] = disclosureRateNames[r.kind] ?? [r.kind, r.kind];
    return [
      r.key === "" ? (zh ? "合计" : "all") : r.key,
      zh ? rzh : ren,
      r.percent === null ? "" : r.percent.toFixed(2),
      `${r.numerator.toFixed()}/${r.denominator.toFixed()}`,
      r.n.toFixed(),
      r.rank === null ? "" : String(r.rank),
    ];
  });
  return `${alignedTable(header, [false, false, true, true, true, true], rows).join("\n")}\n`;
}
