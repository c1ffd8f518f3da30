import { severityNames } from "../model/severityNames.js";
import { formatQuantity } from "../render/formatEstimate.js";
import { fazhiReport } from "../render/fazhiReport.js";
import { figuresTable } from "../render/figuresTable.js";
import { reportToHtml } from "../render/reportToHtml.js";
import { reportToMarkdown } from "../render/reportToMarkdown.js";
import { tableToCsv } from "../render/tableToCsv.js";
import { toJson, toNdjson } from "../render/tableToJson.js";
import { validationReport } from "../render/validationReport.js";
import { exportToCsv } from "../render/exportToCsv.js";
import { toParquet } from "../parquet/toParquet.js";
import { type ExtractTable, extractDataset, extractTables } from "./extractDataset.js";
import type { CliIo } from "./io.js";
import { loadDocuments } from "./loadDocuments.js";


/**
 * A command's answer to bad usage: a one-line message and exit code 2.
 *
 * @example
 * ```ts
 * const error = new UsageError("未知的格式 unknown format: xml"); // runCli prints the message and exits with 2
 * error instanceof Error; //=> true
 * ```
 */
export class UsageError extends Error {}

function write(io: CliIo, out: string | undefined, text: string): void {
  if (out === undefined) io.stdout.write(text);
  else io.writeFile(out, text);
}

/** The formats of `fazhi extract`. */
const extractFormats = ["json", "ndjson", "csv", "parquet"];

/**
 * `fazhi extract`: the parsed documents as JSON or NDJSON, a CSV of figures
 * for spreadsheets, or a dataset of docs/export.md (`--table figures` or
 * `observations`) as Parquet (`--out` needed) or CSV. Returns the exit code.
 *
 * @example
 * ```ts
 * extractCommand(["examples/reports"], { format: "csv" }, io); //=> 0
 * extractCommand(["examples/reports"], { format: "parquet", table: "observations", out: "observations.parquet" }, io); //=> 0
 * ```
 */
export function extractCommand(
  paths: readonly string[],
  options: { readonly format?: string; readonly out?: string; readonly text?: boolean; readonly table?: string },
  io: CliIo,
): number {
  const format = options.format ?? "json";
  if (!extractFormats.includes(format)) throw new UsageError(`未知的格式 unknown format: ${format} (${extractFormats.join(", ")})`);
  const table = options.table;
  if (table !== undefined && !(extractTables as readonly string[]).includes(table)) {
    throw new UsageError(`未知的数据表 unknown --table: ${table} (${extractTables.join(", ")})`);
  }
  if (table !== undefined && format !== "parquet" && format !== "csv") throw new UsageError(`--table 仅用于 only with --format parquet or csv`);
  if (format === "parquet" && options.out === undefined) throw new UsageError("Parquet 需要 --out FILE (a binary file is not written to the terminal)");
  const docs = loadDocuments(paths, io);
  if (docs.length === 0) return 2;
  if (format === "parquet" || (format === "csv" && table !== undefined)) {
    const dataset = extractDataset(docs, (table ?? "figures") as ExtractTable);
    if (format === "parquet") io.writeFile(options.out as string, toParquet(dataset));
    else write(io, options.out, exportToCsv(dataset));
    for (const issue of dataset.issues) io.stderr.write(`fazhi: ${issue.code} ${issue.path.join(".")} ${issue.message}\n`);
    return 0;
  }
  const shown = options.text === true ? docs : docs.map(({ text: _text, ...rest }) => rest);
  if (format === "csv") write(io, options.out, tableToCsv(figuresTable(docs)));
  else write(io, options.out, format === "ndjson" ? toNdjson(shown) : toJson(shown));
  return 0;
}

/**
 * `fazhi validate`: the issues of each document, as text or JSON. Returns 1
 * when any error was found, 0 otherwise (2 when nothing could be read).
 *
 * @example
 * ```ts
 * validateCommand(["examples/reports"], { locale: "zh" }, io); //=> 1
 * ```
 */
export function validateCommand(paths: readonly string[], options: { readonly locale?: string; readonly format?: string }, io: CliIo): number {
  const locale = options.locale ?? "zh";
  const format = options.format ?? "text";
  if (locale !== "zh" && locale !== "en") throw new UsageError(`未知的语言 unknown locale: ${locale} (zh, en)`);
  if (format !== "text" && format !== "json") throw new UsageError(`未知的格式 unknown format: ${format} (text, json)`);
  const docs = loadDocuments(paths, io);
  if (docs.length === 0) return 2;
  const report = validationReport(docs, { locale });
  if (format === "json") io.stdout.write(toJson(report));
  else {
    const names = severityNames[locale];
    for (const d of report.documents) {
      for (const i of d.issues) {
        const where = i.line === null ? i.path || "-" : `${i.line}:${i.column}`;
        io.stdout.write(`${d.document}:${where}  ${names[i.severity]}  ${i.code}  ${i.message}${i.quote ? `  “${i.quote}”` : ""}\n`);
      }
    }
    const c = report.counts;
    io.stdout.write(
      locale === "zh"
        ? `${report.documents.length} 个文件，${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示\n`
        : `${report.documents.length} documents, ${c.error} errors, ${c.warning} warnings, ${c.info} infos\n`,
    );
  }
  return report.counts.error > 0 ? 1 : 0;
}

/**
 * `fazhi report`: reads, checks and aggregates the documents, prints a short
 * summary and writes the reports asked for. Returns the exit code.
 *
 * @example
 * ```ts
 * reportCommand(["examples/reports"], { html: "fazhi-report.html" }, io); //=> 0
 * ```
 */
export function reportCommand(
  paths: readonly string[],
  options: { readonly html?: string; readonly md?: string; readonly csv?: string; readonly json?: string; readonly numbers?: string },
  io: CliIo,
): number {
  const numbers = options.numbers ?? "grouped";
  if (numbers !== "grouped" && numbers !== "wan") throw new UsageError(`未知的数字写法 unknown --numbers: ${numbers} (grouped, wan)`);
  const docs = loadDocuments(paths, io);
  if (docs.length === 0) return 2;
  const report = fazhiReport(docs);
  const render = { numbers } as const;
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const c = report.comparison;
  out(`fazhi: ${docs.length} 份文件 documents · ${c.agencies.length} 个机关 agencies · 年度 years ${c.years.join(", ") || "—"}`);
  for (const s of report.summaries) {
    const d = report.validation.documents.find((v) => v.document === s.document);
    out(`  ${s.document}  ${s.agency.name ?? "?"} ${s.reportingYear ?? "?"}  ${s.figures.length} 个数据 figures  ${d?.counts.error ?? 0} 错误 errors  ${d?.counts.warning ?? 0} 警告 warnings`);
  }
  const shown = c.totals.rows.filter((r) => r.cells["sum"]?.kind === "estimate" && typeof r.cells["year"]?.value === "number").slice(0, 8);
  if (shown.length > 0) out("合计 totals (first 8):");
  for (const row of shown) {
    const sum = row.cells["sum"];
    const indicator = row.cells["indicator"];
    const year = row.cells["year"];
    if (sum?.kind !== "estimate" || indicator?.kind !== "dimension" || year?.kind !== "dimension") continue;
    out(`  ${indicator.label ?? indicator.value} ${year.value}: ${formatQuantity(sum.value, sum.unit, sum.qualifier, render)}`);
  }
  const written: [string | undefined, () => string][] = [
    [options.html, () => reportToHtml(report, render)],
    [options.md, () => reportToMarkdown(report, render)],
    [options.csv, () => tableToCsv(c.totals)],
    [options.json, () => toJson(report)],
  ];
  for (const [path, make] of written) {
    if (path === undefined) continue;
    io.writeFile(path, make());
    out(`写入 wrote ${path}`);
  }
  return 0;
}
