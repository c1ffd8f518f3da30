import type { ParsedDocument } from "../model/parsedDocument.js";
import { parseReport } from "../parse/parseReport.js";
import type { CliIo } from "./io.js";
import { progressBar } from "./progress.js";
import { readInputs } from "./readInput.js";

/**
 * Reads and parses the documents named on the command line: a one-line
 * message on stderr for each path that cannot be read (`fazhi: x.pdf: 不是文本文件
 * not a text file`), a progress bar while parsing many files on a terminal.
 * The document names are the file names.
 *
 * @example
 * ```ts
 * const docs = loadDocuments(["examples/reports"], io);
 * docs.map((doc) => doc.document)[0]; //=> "000_6abc9caa6ce6874c.txt"
 * docs.length; //=> 5
 * ```
 */
export function loadDocuments(paths: readonly string[], io: CliIo): ParsedDocument[] {
  const inputs = readInputs(paths);
  const bar = progressBar(io.stderr, inputs.length);
  const docs: ParsedDocument[] = [];
  for (const input of inputs) {
    if (input.kind === "error") io.stderr.write(`fazhi: ${input.path}: ${input.zh} ${input.en}\n`);
    else docs.push(parseReport(input.text, { document: input.name }));
    bar.tick();
  }
  bar.done();
  return docs;
}
