import { availableParallelism } from "node:os";
import type { ParsedDocument } from "../model/parsedDocument.js";
import { parseReportsSync } from "../node/parseReports.js";
import { type ParsedFile, readReportFile } from "../node/readReportFile.js";
import type { CliIo } from "./io.js";
import { progressBar } from "./progress.js";
import { listInputs } from "./readInput.js";

/**
 * From how many files on the documents are read on worker threads: a worker loads the library
 * anew (a few hundred milliseconds), which pays off only over many files.
 */
const filesForWorkers = 16;

/** The one-line message of a file that could not be read, in Chinese and English. */
function messageOf(file: Extract<ParsedFile, { ok: false }>): string {
  return file.issue.code === "file.notText" ? "不是文本文件（二进制） not a text file (binary)" : "无法读取 cannot be read";
}

/**
 * Reads and parses the documents named on the command line: a one-line
 * message on stderr for each path that cannot be read (`fazhi: x.pdf: 不是文本文件
 * not a text file`), a progress bar while parsing many files on a terminal.
 * The document names are the file names. Many files (16 or more) are read
 * on worker threads, as many as the machine has cores (`parseReportsSync` of
 * `fazhi/node`); the documents and messages are the same, in the same order.
 *
 * @example
 * ```ts
 * const docs = loadDocuments(["examples/reports"], io);
 * docs.map((doc) => doc.document)[0]; //=> "000_6abc9caa6ce6874c.txt"
 * docs.length; //=> 5
 * ```
 */
export function loadDocuments(paths: readonly string[], io: CliIo): ParsedDocument[] {
  // A file names no encoding (a page may, in its <meta>): reading it as UTF-8 is what a text file is read
  // as, not news on every file of a listing. Any other guess, a lossy reading or a mismatch is still shown.
  const quiet = { reportUtf8Guess: false } as const;
  const inputs = listInputs(paths);
  const bar = progressBar(io.stderr, inputs.length);
  const files = inputs.flatMap((input) => (input.kind === "file" ? [input.path] : []));
  const parsed =
    files.length >= filesForWorkers
      ? parseReportsSync(files, { concurrency: Math.min(availableParallelism(), Math.ceil(files.length / filesForWorkers)), onProgress: () => bar.tick(), ...quiet })
      : files.map((path) => {
          const file = readReportFile(path, quiet);
          bar.tick();
          return file;
        });
  const docs: ParsedDocument[] = [];
  let next = 0;
  for (const input of inputs) {
    if (input.kind === "error") {
      io.stderr.write(`fazhi: ${input.path}: ${input.zh} ${input.en}\n`);
      bar.tick();
      continue;
    }
    const file = parsed[next++];
    if (file?.ok) docs.push(file.document);
    else if (file) io.stderr.write(`fazhi: ${input.path}: ${messageOf(file)}\n`);
  }
  bar.done();
  return docs;
}
