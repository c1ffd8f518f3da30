import { readFileSync } from "node:fs";
import type { Issue } from "../model/issue.js";
import { bilingualMessage, fileNotTextMessage, fileUnreadableMessage } from "../model/parseMessages.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import { parseReport } from "../parse/parseReport.js";

/**
 * One file read by `parseReports`: its document, or the issue why it could not be read.
 *
 * @example
 * ```ts
 * const file: ParsedFile = { path: "x.pdf", ok: false, issue: { code: "file.notText", severity: "error", path: [], message: "文件“x.pdf”不是文本文件 / x.pdf: not a text file", params: { file: "x.pdf" } } };
 * ```
 */
export type ParsedFile =
  | { readonly path: string; readonly ok: true; readonly document: ParsedDocument }
  | { readonly path: string; readonly ok: false; readonly issue: Issue };

/**
 * Whether bytes are no text: a NUL byte in the first 8,000 bytes (as git
 * decides), unless a byte-order mark says UTF-16.
 *
 * @example
 * ```ts
 * isBinary(new TextEncoder().encode("罚款121万元")); //=> false
 * isBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])); //=> true
 * ```
 */
export function isBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 8000).includes(0);
}

/** The file's name: the path's last part, after a `/` or a `\\`. */
function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

const messages = { "file.unreadable": fileUnreadableMessage, "file.notText": fileNotTextMessage } as const;

function fileIssue(code: keyof typeof messages, path: string, reason: string, reasonZh: string): Issue {
  const params = { file: path, reason, reasonZh };
  return { code, severity: "error", path: [], message: bilingualMessage(messages[code], params), params };
}

/**
 * Options of `readReportFile` (and of each file `parseReports` reads).
 *
 * @example
 * ```ts
 * const options: ReadReportFileOptions = { reportUtf8Guess: false };
 * ```
 */
export interface ReadReportFileOptions {
  /** Whether reading a file as UTF-8 by a guess is reported (`encoding.guessed`, `info`); default `true` (see `decodeText`). */
  readonly reportUtf8Guess?: boolean;
}

/**
 * Reads one file and parses it as `parseReport` does its bytes (decoded by
 * `decodeText`), the document named by the file's name; a file that cannot be
 * read or is no text gives an issue (`file.unreadable`, `file.notText`)
 * instead. Never throws.
 *
 * @example
 * ```ts
 * const file = readReportFile("examples/reports/000_6abc9caa6ce6874c.txt");
 * file.ok && file.document.agency.name; //=> "哈尔滨市交通运输局"
 * readReportFile("no/such/file.txt").ok; //=> false
 * ```
 */
export function readReportFile(path: string, options: ReadReportFileOptions = {}): ParsedFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    return { path, ok: false, issue: fileIssue("file.unreadable", path, `cannot be read${code ? ` (${code})` : ""}`, "无法读取") };
  }
  if (isBinary(bytes)) return { path, ok: false, issue: fileIssue("file.notText", path, "not a text file (binary)", "不是文本文件（二进制）") };
  const guess = options.reportUtf8Guess === undefined ? {} : { reportUtf8Guess: options.reportUtf8Guess };
  return { path, ok: true, document: parseReport(bytes, { document: fileName(path), ...guess }) };
}
