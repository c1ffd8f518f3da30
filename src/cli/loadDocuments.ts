import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import type { ParsedDocument } from "../model/parsedDocument.js";
import { eachReportSync } from "../node/parseReports.js";
import { type ParsedFile, readReportFile } from "../node/readReportFile.js";
import type { CliIo } from "./io.js";
import { progressBar } from "./progress.js";
import { listInputs } from "./readInput.js";

/**
 * How many files each worker must have before the documents are read on worker threads. A worker
 * starts, loads the library and compiles the parser anew, and each of its answers is copied to the
 * main thread (about 100 µs of CPU a file); reading in the command line's own thread does none of
 * that. On a 2-core machine (2026-12-03, a fresh process each, the corpus's files) the own thread
 * read 40 files in 105–109 ms, 400 in 437–477 ms, 1,700 in 912–932 ms and 8,500 in 2,963 ms, where
 * two workers took 457–463 ms, 947–1,026 ms, 1,514–1,608 ms and 4,217 ms; at 25,500 files the two
 * were even (10.6 and 10.8 s). Machines with more cores were not measured: this figure is a guess
 * that each worker's start and warm-up are paid back over a thousand files.
 */
const filesPerWorker = 1000;

/**
 * How many workers read `files` files on a machine of `cores` cores: one core is left to the main
 * thread, which takes in every answer, and to V8's compiler and collector, and at least two workers
 * are worth starting (a single one is slower than the main thread alone); 0 means the main thread reads.
 *
 * @example
 * ```ts
 * workersForFiles(8500, 2); //=> 0
 * workersForFiles(8500, 8); //=> 7
 * workersForFiles(2500, 8); //=> 2
 * workersForFiles(1999, 8); //=> 0
 * ```
 */
export function workersForFiles(files: number, cores: number): number {
  const workers = Math.min(cores - 1, Math.floor(files / filesPerWorker));
  return workers >= 2 ? workers : 0;
}

/** The one-line message of a file that could not be read, in Chinese and English. */
function messageOf(file: Extract<ParsedFile, { ok: false }>): string {
  return file.issue.code === "file.notText" ? "不是文本文件（二进制） not a text file (binary)" : "无法读取 cannot be read";
}

/**
 * Reads and parses the documents named on the command line: a one-line
 * message on stderr for each path that cannot be read (`fazhi: x.pdf: 不是文本文件
 * not a text file`), a progress bar while parsing many files on a terminal.
 * The document names are the file names, or, where two files have the same
 * name (`report.txt` of two agencies), the last parts of their paths that tell
 * them apart (`a/report.txt`, `b/report.txt`; see `listInputs`), so that the
 * report never takes two agencies for one. Many files (a thousand or more a
 * worker, on a machine with three cores or more) are read on worker threads,
 * one fewer than the machine has cores (see `workersForFiles`); the documents
 * and messages are the same, in the same order. For a command that needs every
 * document at once (`report`, `validate`); `readDocuments` hands them on one by one.
 *
 * @example
 * ```ts
 * const docs = loadDocuments(["examples/reports"], io);
 * docs.map((doc) => doc.document)[0]; //=> "000_6abc9caa6ce6874c.txt"
 * docs.length; //=> 5
 * ```
 */
export function loadDocuments(paths: readonly string[], io: CliIo): ParsedDocument[] {
  const docs: ParsedDocument[] = [];
  readDocuments(paths, io, (doc) => void docs.push(doc));
  return docs;
}

/**
 * `loadDocuments` that hands each document to `onDocument` as soon as it is
 * read, in the order of the inputs, and keeps none of them: `fazhi extract`
 * writes each one out and lets it go, so that a collection of any size is
 * read in the memory of a few hundred documents. The messages (a file that
 * cannot be read, a copy of a file read before, which is not handed on, a
 * second report of one agency for one year) are written
 * as they come; `onDocument` is given the function that writes one (a line
 * above the progress bar). Returns how many documents were handed on.
 *
 * @example
 * ```ts
 * let figures = 0;
 * readDocuments(["examples/reports"], io, (doc) => (figures += doc.quantities.length)); //=> 5
 * ```
 */
export function readDocuments(paths: readonly string[], io: CliIo, onDocument: (doc: ParsedDocument, message: (line: string) => void) => void): number {
  // A file names no encoding (a page may, in its <meta>): reading it as UTF-8 is what a text file is read
  // as, not news on every file of a listing. Any other guess, a lossy reading or a mismatch is still shown.
  const quiet = { reportUtf8Guess: false } as const;
  const inputs = listInputs(paths);
  const bar = progressBar(io.stderr, inputs.length);
  const files = inputs.flatMap((input) => (input.kind === "file" ? [input.path] : []));
  const workers = workersForFiles(files.length, availableParallelism());
  const copies = copyNotes();
  const seen = sameReportNotes();
  const say = (line: string): void => bar.message(line);
  let handed = 0;
  // The inputs in order: each listing error where it stands, each file once read.
  let k = 0;
  const passErrors = (): void => {
    for (let input = inputs[k]; input?.kind === "error"; input = inputs[++k]) {
      bar.message(`fazhi: ${input.path}: ${input.zh} ${input.en}`);
      bar.tick();
    }
  };
  const take = (file: ParsedFile): void => {
    passErrors();
    const input = inputs[k++];
    if (input?.kind !== "file") return;
    if (workers === 0) bar.tick();
    if (!file.ok) {
      bar.message(`fazhi: ${input.path}: ${messageOf(file)}`);
      return;
    }
    const doc = file.document.document === input.name ? file.document : { ...file.document, document: input.name };
    const copy = copies(doc);
    if (copy !== null) {
      bar.message(copy);
      return;
    }
    const note = seen(doc);
    if (note !== null) bar.message(note);
    handed++;
    onDocument(doc, say);
  };
  if (workers > 0) eachReportSync(files, { concurrency: workers, onProgress: () => bar.tick(), ...quiet }, take);
  else for (const path of files) take(readReportFile(path, quiet));
  passErrors();
  bar.done();
  return handed;
}

/**
 * The line for a document whose text is that of one given before (a copy under another name, in
 * another encoding): one report, counted once; a function that remembers a digest of each text it
 * is given (not the text) and returns the line for a copy, or `null`. Documents of one agency and
 * year whose texts differ (a revision) are no copies: `sameReportNotes` names them.
 *
 * @example
 * ```ts
 * const copy = copyNotes();
 * copy(doc); //=> null
 * copy({ ...doc, document: "copy.txt" })?.includes("内容相同，只计一次"); //=> true
 * ```
 */
export function copyNotes(): (doc: ParsedDocument) => string | null {
  const first = new Map<string, string>();
  return (doc) => {
    if (doc.text === undefined || doc.text.trim() === "") return null;
    const digest = createHash("sha256").update(doc.text).digest("base64");
    const earlier = first.get(digest);
    if (earlier === undefined) {
      first.set(digest, doc.document);
      return null;
    }
    return `fazhi: ${doc.document}: 与 ${earlier} 内容相同，只计一次 the same text as ${earlier}: counted once`;
  };
}

/**
 * One line for each document that is the same agency's report (or plan) for the same year as one
 * read before it, with another text: a revised version. Both are read and counted (the command line
 * cannot know which one stands), so totals over the documents count that agency twice. (A copy of
 * the same text is read once, before this: `copyNotes`.)
 *
 * @example
 * ```ts
 * const doc = parseReport(readFileSync("examples/reports/000_6abc9caa6ce6874c.txt"), { document: "000.txt" });
 * sameReports([doc, { ...doc, document: "copy.txt" }]);
 * //=> ["fazhi: copy.txt: 与 000.txt 同为哈尔滨市交通运输局2020年度的报告，两份都计入合计 the same agency's report for the same year as 000.txt: both are counted"]
 * ```
 */
export function sameReports(docs: readonly ParsedDocument[]): string[] {
  const seen = sameReportNotes();
  return docs.flatMap((doc) => seen(doc) ?? []);
}

/**
 * The line of `sameReports` for documents given one at a time: a function that remembers the
 * agency, year and kind of each document it is given (not the document) and returns the line for
 * one that repeats an earlier one, or `null`.
 *
 * @example
 * ```ts
 * const seen = sameReportNotes();
 * seen(doc); //=> null
 * seen({ ...doc, document: "copy.txt" })?.startsWith("fazhi: copy.txt: 与"); //=> true
 * ```
 */
export function sameReportNotes(): (doc: ParsedDocument) => string | null {
  const first = new Map<string, string>();
  return (doc) => {
    const name = doc.agency?.name ?? null;
    const year = doc.reportingYear ?? null;
    if (name === null || year === null) return null;
    const key = JSON.stringify([name, year, doc.documentKind ?? null]);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, doc.document);
      return null;
    }
    const kind = doc.documentKind === "work-plan" ? "工作计划" : "报告";
    return `fazhi: ${doc.document}: 与 ${earlier} 同为${name}${year}年度的${kind}，两份都计入合计 the same agency's ${doc.documentKind === "work-plan" ? "plan" : "report"} for the same year as ${earlier}: both are counted`;
  };
}
