import type { ParsedDocument } from "../model/parsedDocument.js";
import { severityNames } from "../model/severityNames.js";
import { formatQuantity } from "../render/formatEstimate.js";
import { fazhiReport } from "../render/fazhiReport.js";
import { figuresTable } from "../render/figuresTable.js";
import { reportToHtml } from "../render/reportToHtml.js";
import { reportToMarkdown } from "../render/reportToMarkdown.js";
import { tableToCsv } from "../render/tableToCsv.js";
import { toJson, toNdjson } from "../render/tableToJson.js";
import { documentIssues } from "../render/validationReport.js";
import { validate } from "../validate/validate.js";
import type { ExportDataset } from "../render/exportColumns.js";
import { exportToCsv } from "../render/exportToCsv.js";
import { createParquetWriter } from "../parquet/createParquetWriter.js";
import { type ExtractTable, datasetPieces, extractTables } from "./extractDataset.js";
import type { CliIo } from "./io.js";
import { loadDocuments, readDocuments } from "./loadDocuments.js";
import { type Output, jsonAt, outputTo } from "./output.js";


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
  if (format === "csv" && table === undefined) {
    // The spreadsheet table's columns depend on every row (a label column only where some row has a label): read whole.
    const docs = loadDocuments(paths, io);
    if (docs.length === 0) return 2;
    write(io, options.out, tableToCsv(figuresTable(docs)));
    return 0;
  }
  const output = outputTo(io, options.out);
  try {
    const read =
      format === "parquet" || format === "csv"
        ? writeDataset(paths, io, (table ?? "figures") as ExtractTable, format, output)
        : writeDocuments(paths, io, format === "ndjson", options.text === true, output);
    if (read === 0) return 2;
    output.close();
    return 0;
  } finally {
    // Nothing read, or an error midway (a full disk): no partial --out is left.
    output.discard();
  }
}

/** How many documents make one piece of a dataset: their rows are written, and the documents let go, together. */
const documentsPerPiece = 200;

/**
 * `fazhi extract --table`: the dataset of the documents as Parquet or CSV, written a piece at a time
 * (`datasetPieces`), nothing written until a document is read. Returns how many documents were read.
 */
function writeDataset(paths: readonly string[], io: CliIo, table: ExtractTable, format: "parquet" | "csv", output: Output): number {
  const pieces = datasetPieces(table);
  const parquet = format === "parquet" ? createParquetWriter((bytes) => output.write(bytes)) : null;
  let header = true;
  const put = (dataset: ExportDataset, message: (line: string) => void): void => {
    if (parquet !== null) parquet.write(dataset);
    else output.write(exportToCsv(dataset, { header }));
    header = false;
    for (const issue of dataset.issues) message(`fazhi: ${issue.code} ${issue.path.join(".")} ${issue.message}`);
  };
  let batch: ParsedDocument[] = [];
  const read = readDocuments(paths, io, (doc, message) => {
    batch.push(doc);
    if (batch.length < documentsPerPiece) return;
    put(pieces.add(batch), message);
    batch = [];
  });
  if (read === 0) return 0;
  if (batch.length > 0) put(pieces.add(batch), (line) => io.stderr.write(`${line}\n`));
  parquet?.finish();
  return read;
}

/** `fazhi extract --format json|ndjson`: each document written as it is read (JSON: one array), without its text unless `text`. Returns how many. */
function writeDocuments(paths: readonly string[], io: CliIo, ndjson: boolean, text: boolean, output: Output): number {
  let first = true;
  const read = readDocuments(paths, io, (doc) => {
    const { text: _text, ...rest } = doc;
    const shown = text ? doc : rest;
    if (ndjson) output.write(toNdjson([shown]));
    else {
      // toJson of the array, an element at a time.
      output.write(`${first ? "[\n  " : ",\n  "}${jsonAt(shown, 1)}`);
    }
    first = false;
  });
  if (read > 0 && !ndjson) output.write("\n]\n");
  return read;
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
  // Each document's issues written as it is read (JSON: validationReport's object, its documents one by one), the counts last.
  const names = severityNames[locale];
  const counts = { error: 0, warning: 0, info: 0 };
  let first = true;
  const read = readDocuments(paths, io, (doc) => {
    const d = documentIssues(doc, validate(doc, { locale }));
    for (const severity of ["error", "warning", "info"] as const) counts[severity] += d.counts[severity];
    if (format === "json") io.stdout.write(`${first ? '{\n  "documents": [\n    ' : ",\n    "}${jsonAt(d, 2)}`);
    else {
      for (const i of d.issues) {
        const where = i.line === null ? i.path || "-" : `${i.line}:${i.column}`;
        io.stdout.write(`${d.document}:${where}  ${names[i.severity]}  ${i.code}  ${i.message}${i.quote ? `  “${i.quote}”` : ""}\n`);
      }
    }
    first = false;
  });
  if (read === 0) return 2;
  if (format === "json") io.stdout.write(`\n  ],\n  "counts": ${jsonAt(counts, 1)}\n}\n`);
  else {
    io.stdout.write(
      locale === "zh"
        ? `${read} 个文件，${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示\n`
        : `${read} documents, ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos\n`,
    );
  }
  return counts.error > 0 ? 1 : 0;
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
