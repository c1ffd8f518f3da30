import type { Issue, Severity } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import { validate } from "../validate/validate.js";
import { lineColumnOf } from "../model/lineColumn.js";

/**
 * One issue as a report shows it: where (line:column in the document, or the
 * path when it has no place), what, and the quoted text.
 *
 * @example
 * ```ts
 * const issue: ReportedIssue = { code: "date.reportLate", severity: "warning", message: "…", line: 3, column: 8, quote: "2021年7月2日", path: "dates.published" };
 * ```
 */
export interface ReportedIssue {
  /** The issue code. */
  readonly code: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** The message, in the report's language. */
  readonly message: string;
  /** The line of its place in the document (from 1), or `null`. */
  readonly line: number | null;
  /** The column (from 1), or `null`. */
  readonly column: number | null;
  /** The text at its place (at most 80 characters), or `null`. */
  readonly quote: string | null;
  /** The path of the value it is about, dotted. */
  readonly path: string;
}

/**
 * The issues of one document.
 *
 * @example
 * ```ts
 * const entry: DocumentIssues = { document: "a.txt", title: null, counts: { error: 0, warning: 1, info: 0 }, issues: [] };
 * ```
 */
export interface DocumentIssues {
  /** The document's name. */
  readonly document: string;
  /** Its title, where read. */
  readonly title: string | null;
  /** How many issues of each severity. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** Its issues in the order of the text. */
  readonly issues: readonly ReportedIssue[];
}

/**
 * A validation report: the issues of each document, and the counts.
 *
 * @example
 * ```ts
 * const hasErrors = (r: ValidationReport) => r.counts.error > 0;
 * ```
 */
export interface ValidationReport {
  /** One entry per document, in the order given. */
  readonly documents: readonly DocumentIssues[];
  /** How many issues of each severity in all. */
  readonly counts: Readonly<Record<Severity, number>>;
}

/**
 * The issues of one document as a report shows them (line:column and quote
 * from the document's text when it has one).
 *
 * @example
 * ```ts
 * documentIssues(doc, validate(doc, { locale: "zh" })).issues[0];
 * //=> { code: "observation.cumulativePeriod", severity: "warning", line: 79, column: 100, quote: "386项", … }
 * ```
 */
export function documentIssues(doc: ParsedDocument, issues: readonly Issue[]): DocumentIssues {
  const text = doc.text ?? null;
  const at = text === null ? null : lineColumnOf(text);
  const reported = issues
    .map((issue): ReportedIssue => {
      const place = at !== null && issue.span ? at(issue.span.start) : null;
      const quote = text !== null && issue.span ? shorten(text.slice(issue.span.start, issue.span.end)) : null;
      return { code: issue.code, severity: issue.severity, message: issue.message, line: place?.line ?? null, column: place?.column ?? null, quote, path: issue.path.join(".") };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { document: doc.document, title: doc.title, counts: countsOf(reported), issues: reported };
}

/**
 * Validates each document (`validate`, messages in `locale`, default `zh`)
 * and gathers the issues by document with line:column and quoted text.
 *
 * @example
 * ```ts
 * validationReport(docs).counts; //=> { error: 1, warning: 10, info: 1 }
 * ```
 */
export function validationReport(docs: readonly ParsedDocument[], options: { readonly locale?: Locale } = {}): ValidationReport {
  const documents = docs.map((doc) => documentIssues(doc, validate(doc, { locale: options.locale ?? "zh" })));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of documents) for (const s of ["error", "warning", "info"] as const) counts[s] += d.counts[s];
  return { documents, counts };
}

function countsOf(issues: readonly ReportedIssue[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

function shorten(quote: string): string {
  const chars = [...quote.replace(/\s+/g, " ").trim()];
  return chars.length <= 80 ? chars.join("") : `${chars.slice(0, 79).join("")}…`;
}
