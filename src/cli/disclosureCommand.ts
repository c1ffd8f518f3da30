import { severityNames } from "../model/severityNames.js";
import { disclosureRates } from "../aggregate/disclosureRates.js";
import type { DisclosureReport } from "../model/disclosureReport.js";
import type { Issue } from "../model/issue.js";
import { createParquetWriter } from "../parquet/createParquetWriter.js";
import { parseDisclosureReport } from "../parse/disclosure/parseDisclosureReport.js";
import { disclosureCellColumns } from "../render/disclosureCellColumns.js";
import { disclosureCellsCsv } from "../render/disclosureCellsCsv.js";
import { disclosureSummary } from "../render/disclosureSummary.js";
import { disclosureRatesToMarkdown, disclosureSummaryToMarkdown } from "../render/disclosureToMarkdown.js";
import { validateDisclosure, validateDisclosureSeries } from "../validate/disclosure/validateDisclosure.js";
import { UsageError } from "./commands.js";
import type { CliIo } from "./io.js";
import { progressBar } from "./progress.js";
import { jsonAt, outputTo } from "./output.js";
import { listInputs, readOne } from "./readInput.js";


/** The agency a report is of, as `validateDisclosureSeries` groups them (division code and name, else name). */
function agencyKey(report: DisclosureReport): string {
  const { divisionCode, name } = report.agency;
  return divisionCode !== null && name !== null ? `${divisionCode}|${name}` : (name ?? "");
}

/** The pairs of consecutive years of one agency among the reports (`淮安市洪泽区人民政府 2023 → 2024`). */
function consecutivePairs(reports: readonly DisclosureReport[]): string[] {
  const years = new Map<string, { name: string; years: Set<number> }>();
  for (const r of reports) {
    const key = agencyKey(r);
    if (key === "" || r.reportingYear === null) continue;
    const entry = years.get(key) ?? { name: r.agency.name ?? key, years: new Set<number>() };
    entry.years.add(r.reportingYear);
    years.set(key, entry);
  }
  return [...years.values()].flatMap(({ name, years: set }) =>
    [...set].sort((a, b) => a - b).flatMap((year) => (set.has(year - 1) ? [`${name} ${year - 1} → ${year}`] : [])),
  );
}

/**
 * `fazhi disclosure`: reads 政府信息公开工作年度报告 and prints, per report,
 * its agency, year, template, tables 二, 三 and 四 (blanks blank) and the
 * findings of `validateDisclosure`; with `compare`, the cross-year findings
 * of `validateDisclosureSeries` and the rates (`disclosureRates`) of the
 * reports. `format` `json` gives the reports with their findings, `csv` one
 * row per cell, `parquet` (to `out`) the `disclosureCells` dataset of
 * docs/export.md, exact `DECIMAL(38, 6)`. Returns 1 when any finding is an error, 0 otherwise, 2 when
 * nothing could be read.
 *
 * @example
 * ```ts
 * let out = "";
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, writeFile: () => {} };
 * disclosureCommand(["test/disclosure/docs/d07_hongze_qu_zhengfu_xxgk_2024.txt"], { locale: "en" }, io); //=> 0
 * out.startsWith("## 淮安市洪泽区人民政府 2024 · d07_hongze_qu_zhengfu_xxgk_2024.txt"); //=> true
 * ```
 */
export function disclosureCommand(
  paths: readonly string[],
  options: { readonly format?: string; readonly compare?: boolean; readonly locale?: string; readonly out?: string },
  io: CliIo,
): number {
  const format = options.format ?? "text";
  const locale = options.locale ?? "zh";
  if (format !== "text" && format !== "json" && format !== "csv" && format !== "parquet") throw new UsageError(`未知的格式 unknown format: ${format} (text, json, csv, parquet)`);
  if (format === "parquet" && options.out === undefined) throw new UsageError("Parquet 需要 --out FILE (a binary file is not written to the terminal)");
  if (locale !== "zh" && locale !== "en") throw new UsageError(`未知的语言 unknown locale: ${locale} (zh, en)`);
  const compare = options.compare === true;
  const inputs = listInputs(paths);
  const bar = progressBar(io.stderr, inputs.length);
  const output = outputTo(io, options.out);
  try {
    const parquet = format === "parquet" ? createParquetWriter((bytes) => output.write(bytes)) : null;
    // Each report written as it is read and let go; with --compare, the reports are kept for the checks across years, written last.
    const kept: DisclosureReport[] = [];
    let read = 0;
    let failed = false;
    for (const listed of inputs) {
      const input = listed.kind === "file" ? readOne(listed.path, listed.name) : listed;
      bar.tick();
      if (input.kind === "error") {
        bar.message(`fazhi: ${input.path}: ${input.zh} ${input.en}`);
        continue;
      }
      // What decoding found (a lossy reading, a declared charset that does not fit) is said, not dropped.
      for (const issue of input.issues) bar.message(`fazhi: ${input.path}: ${issue.message}`);
      const report = parseDisclosureReport(input.text, { document: input.name, locale });
      const summary = disclosureSummary(report, [...report.issues, ...validateDisclosure(report, { locale })]);
      failed ||= summary.counts.error > 0;
      if (parquet !== null) {
        const cells = disclosureCellColumns([report], { locale });
        for (const issue of cells.issues) bar.message(`fazhi: ${issue.code} ${[read, ...issue.path.slice(1)].join(".")} ${issue.message}`);
        parquet.write(cells);
      } else if (format === "csv") output.write(disclosureCellsCsv([report], { header: read === 0 }));
      else if (format === "json") output.write(`${read === 0 ? '{\n  "reports": [\n    ' : ",\n    "}${jsonAt({ ...report, findings: summary.findings }, 2)}`);
      else output.write(`${read === 0 ? "" : "\n"}${disclosureSummaryToMarkdown(summary, { locale })}`);
      if (compare) kept.push(report);
      read++;
    }
    bar.done();
    if (read === 0) return 2;
    const series: Issue[] = compare ? validateDisclosureSeries(kept, { locale }) : [];
    failed ||= series.some((i) => i.severity === "error");
    if (parquet !== null) parquet.finish();
    else if (format === "json") {
      const seriesOf = (issue: Issue) => kept[typeof issue.path[0] === "number" ? issue.path[0] : -1]?.document ?? "";
      const cross = series.map((i) => ({ document: seriesOf(i), severity: i.severity, code: i.code, message: i.message, path: i.path, params: i.params }));
      output.write(compare ? `\n  ],\n  "series": ${jsonAt(cross, 1)},\n  "rates": ${jsonAt(ratesOf(kept), 1)}\n}\n` : "\n  ]\n}\n");
    } else if (format === "text" && compare) output.write(`\n${acrossYears(kept, series, locale)}`);
    output.close();
    return failed ? 1 : 0;
  } finally {
    // Nothing read, or an error midway (a full disk): no partial --out is left.
    output.discard();
  }
}

/** The rates of the reports, each named by its agency and year (`disclosureRates`). */
function ratesOf(reports: readonly DisclosureReport[]): ReturnType<typeof disclosureRates> {
  return disclosureRates(reports.map((r) => ({ agency: `${r.agency.name ?? r.document} ${r.reportingYear ?? "?"}`, report: r })));
}

/** The text of `--compare`: the consecutive years compared, the findings across years and the rates. */
function acrossYears(reports: readonly DisclosureReport[], series: readonly Issue[], locale: "zh" | "en"): string {
  const zh = locale === "zh";
  const seriesOf = (issue: Issue) => reports[typeof issue.path[0] === "number" ? issue.path[0] : -1]?.document ?? "";
  const pairs = consecutivePairs(reports);
  const lines = [`## ${zh ? "跨年度检查" : "Across years"}`, ""];
  if (pairs.length === 0) lines.push(zh ? "没有同一机关相邻两年的报告。" : "No consecutive years of one agency.");
  else lines.push(`${zh ? "比较" : "compared"}: ${pairs.join("; ")}`, "");
  if (pairs.length > 0 && series.length === 0) lines.push(zh ? "上年结转与结转下年度、现行有效件数前后一致。" : "Carried over and in force agree across years.");
  for (const i of series) lines.push(`- ${severityNames[locale][i.severity]} \`${i.code}\` ${seriesOf(i)}: ${i.message}`);
  lines.push("", `## ${zh ? "比率" : "Rates"}`, "");
  lines.push(disclosureRatesToMarkdown(ratesOf(reports), { locale }));
  return `${lines.join("\n").trimEnd()}\n`;
}
