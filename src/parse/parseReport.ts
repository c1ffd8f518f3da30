import type { DocumentKind } from "../model/documentKind.js";
import type { Issue } from "../model/issue.js";
import type { ParsedReport } from "../model/parsedReport.js";
import type { ParsedTask } from "../model/parsedTask.js";
import { titleKindWords } from "../catalog/lexicon/documentKinds.js";
import { checkBooleanOption, checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";
import { cleanLayout } from "./cleanLayoutText.js";
import { decodeText, lossIssue } from "./decodeText.js";
import { readDatesAndSignature } from "./documentDates.js";
import { htmlToText, looksLikeHtml } from "./htmlToText.js";
import { metadataIn } from "./metadata.js";
import { foldText } from "./foldText.js";
import { outlineIn } from "./outline.js";
import { quantitiesIn } from "./quantities.js";
import { figureContextIn } from "./figureContext.js";
import { taskTargets } from "./taskTargets.js";
import { tasksIn } from "./tasks.js";

/**
 * Options of `parseReport`.
 *
 * @example
 * ```ts
 * const options: ParseReportOptions = { document: "daowai-2021.txt", format: "text" };
 * ```
 */
export interface ParseReportOptions {
  /** The document's name, written to `document` (default `""`). */
  readonly document?: string;
  /** `html` strips tags first; `auto` (the default) decides by the text's first characters. */
  readonly format?: "text" | "html" | "auto";
  /** Overrides the kind the text would be read as. */
  readonly documentKind?: DocumentKind;
  /** For bytes: the encoding declared outside them, such as an HTTP `charset` (see `decodeText`). */
  readonly encoding?: string;
  /** For bytes: whether reading them as UTF-8 by a guess is reported (default `true`; see `decodeText`). */
  readonly reportUtf8Guess?: boolean;
  /**
   * Whether to clean the text of PDF and OCR layout first (`cleanLayoutText`: page
   * numbers, running headers and footers dropped, lines broken by the page width
   * joined). Default `true`; `false` keeps the text, and so the spans, as given.
   */
  readonly cleanLayout?: boolean;
}

/**
 * Reads an annual report on rule-of-law government building or a work plan,
 * as plain text, an HTML page, or a file's bytes, into a `ParsedReport` (a
 * `ParsedDocument` whose `text` and `issues` are always set):
 * kind, title, agency (name, kind, level, sector, region, division code),
 * reporting year, signing and publication dates, every quantity with its
 * indicator and the span of its number, and, for a work plan, its task items
 * with their responsible units (with roles) and targets. What the text says
 * around each figure (a cumulative period, its line, the words after it, the
 * total it is a part of) and the spans of the dates travel in the document,
 * so later stages never read the text again (see `ParsedDocument`).
 *
 * Input as it comes: bytes are decoded by `decodeText` (UTF-8, UTF-16 with a
 * byte order mark, GB18030/GBK; its issues join `issues`); an HTML page is
 * turned into text by `htmlToText`; text from PDFs and OCR is cleaned of page
 * numbers, running headers and lines broken by the page width by
 * `cleanLayoutText`. `text` is the text that was read, after these steps, and
 * every span refers to it. What could not be read is in `issues`. Never
 * throws on text or bytes (a `TypeError` on anything else, a programming
 * error); linear in the input's size.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const doc = parseReport(readFileSync("examples/reports/000_6abc9caa6ce6874c.txt")); // bytes or a string
 * doc.agency.name; //=> "哈尔滨市交通运输局"
 * doc.quantities.find((q) => q.indicator === "enforcement.fineAmount")?.value.toString(); //=> "1210000"
 * ```
 */
export function parseReport(input: string | Uint8Array, options: ParseReportOptions = {}): ParsedReport {
  checkOptions(options);
  const inputIssues: Issue[] = [];
  let source: string;
  let encoding: string | null = null;
  if (typeof input === "string") source = input.startsWith("\ufeff") ? input.slice(1) : input;
  else if (input instanceof Uint8Array) {
    const decoded = decodeText(input, { ...(options.encoding === undefined ? {} : { encoding: options.encoding }), reportUtf8Guess: options.reportUtf8Guess !== false });
    source = decoded.text;
    encoding = decoded.encoding;
    // What was lost is reported below, with its span in the text that was read.
    inputIssues.push(...decoded.issues.filter((issue) => issue.code !== "encoding.lossy"));
  } else throw new TypeError(`parseReport expects the text (a string) or a file's bytes (a Uint8Array), not ${input === null ? "null" : typeof input}`);
  const html = options.format === "html" || (options.format !== "text" && looksLikeHtml(source));
  const plain = html ? htmlToText(source) : source;
  const cleaned = options.cleanLayout === false ? { text: plain, folded: null } : cleanLayout(plain);
  const text = cleaned.text;
  const loss = lossIssue(text, encoding);
  if (loss) inputIssues.push(loss);
  // The whole text folded once, for every reader.
  const folded = cleaned.folded ?? foldText(text);
  // The 落款 is read once, with the dates, and given to the agency reader.
  const { dates, issues: dateIssues, signature } = readDatesAndSignature(text, folded);
  const metadata = metadataIn(text, folded, signature);
  const documentKind = options.documentKind ?? metadata.documentKind;
  const extracted = quantitiesIn(text, folded, { documentKind, reportingYear: metadata.reportingYear });
  const quantities = figureContextIn(text, folded, extracted.quantities, metadata.reportingYear);
  const quantityIssues = extracted.issues;
  const read = documentKind === "work-plan" ? tasksIn(text, folded, outlineIn(text, folded), metadata.reportingYear) : [];
  const targets = taskTargets(read, quantities);
  // Object.assign, not a spread: V8 11 adds a property to a spread copy slowly (see withContext in figureContext.ts).
  const tasks = read.map((task, t): ParsedTask => Object.assign({}, task, { targets: targets[t] ?? [] }));
  const issues: Issue[] = [...inputIssues, ...metadata.issues, ...dateIssues, ...quantityIssues];
  return {
    document: options.document ?? "",
    documentKind,
    title: metadata.title,
    agency: metadata.agency,
    reportingYear: metadata.reportingYear,
    dates,
    anomalies: [],
    quantities,
    tasks,
    text,
    issues,
  };
}

const parseReportOptionNames = /* @__PURE__ */ optionNames<ParseReportOptions>()(["document", "format", "documentKind", "encoding", "reportUtf8Guess", "cleanLayout"]);
/** The kinds of document (the catalog's title words name each). */
const documentKinds: readonly string[] = /* @__PURE__ */ (() => [...new Set(Object.values(titleKindWords))])();

/** A wrong option is a programming error: a `TypeError` (its type) or `RangeError` (its value) naming it. */
function checkOptions(options: ParseReportOptions): void {
  checkOptionsObject("parseReport", options, false, parseReportOptionNames);
  const { document, format, documentKind, encoding, reportUtf8Guess, cleanLayout: clean } = options;
  if (document !== undefined && typeof document !== "string") throw new TypeError("parseReport: option document must be a string (the document's name)");
  if (encoding !== undefined && typeof encoding !== "string") throw new TypeError("parseReport: option encoding must be a string (a charset label)");
  checkBooleanOption("parseReport", "reportUtf8Guess", reportUtf8Guess);
  checkBooleanOption("parseReport", "cleanLayout", clean);
  if (format !== undefined && format !== "text" && format !== "html" && format !== "auto") throw new RangeError(`parseReport: option format must be "text", "html" or "auto", not ${JSON.stringify(String(format)).slice(0, 40)}`);
  if (documentKind !== undefined && !documentKinds.includes(documentKind)) {
    throw new RangeError(`parseReport: option documentKind must be ${documentKinds.map((kind) => JSON.stringify(kind)).join(" or ")}, not ${JSON.stringify(String(documentKind)).slice(0, 40)}`);
  }
}
