import type { Locale } from "../model/locale.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import { agencyOf } from "../parse/agencyOf.js";
import { observationsOf } from "../parse/observationsOf.js";
import { validate } from "../validate/validate.js";
import { type AnnualReportSummary, annualReportSummary } from "./annualReportSummary.js";
import { type ComparisonReport, comparisonReport } from "./comparisonReport.js";
import { type ValidationReport, documentIssues } from "./validationReport.js";

/**
 * The whole job's report on a set of parsed documents: a summary of each,
 * their comparison across agencies and years, and their issues.
 *
 * @example
 * ```ts
 * const report: FazhiReport = fazhiReport(docs);
 * report.validation.counts.error; //=> 1
 * ```
 */
export interface FazhiReport {
  /** One summary per document, in the order given. */
  readonly summaries: readonly AnnualReportSummary[];
  /** The comparison of their figures. */
  readonly comparison: ComparisonReport;
  /** Their issues. */
  readonly validation: ValidationReport;
}

/**
 * Builds the report of a set of parsed documents: validates each (messages
 * in `locale`, default `zh`), summarises each, and compares their figures
 * (each document's agency gets the document's name as its id).
 *
 * @example
 * ```ts
 * const docs = files.map((f) => parseReport(readFileSync(f, "utf8"), { document: basename(f) }));
 * const report = fazhiReport(docs);
 * report.summaries.length; //=> 5
 * await writeFile("fazhi-report.html", reportToHtml(report));
 * ```
 */
export function fazhiReport(docs: readonly ParsedDocument[], options: { readonly locale?: Locale } = {}): FazhiReport {
  const locale = options.locale ?? "zh";
  const issues = docs.map((doc) => validate(doc, { locale }));
  const summaries = docs.map((doc, i) => annualReportSummary(doc, issues[i] ?? []));
  const documents = docs.map((doc, i) => documentIssues(doc, issues[i] ?? []));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of documents) for (const s of ["error", "warning", "info"] as const) counts[s] += d.counts[s];
  // Each document's agency id: its name, or, where it has none or another document has it too, one made distinct.
  const ids = distinctIds(docs.map((doc) => doc.document));
  const agencies = docs.flatMap((doc, i) => agencyOf(doc, ids[i] ?? "") ?? []);
  const observations = docs.flatMap((doc, i) => observationsOf(doc, ids[i] ?? ""));
  return { summaries, comparison: comparisonReport(observations, agencies), validation: { documents, counts } };
}

/**
 * An id for each document: its name where it has one no other document has, else the name (or
 * nothing) with `#` and its place in the list (`#2`, `report.txt#3`): documents parsed without a
 * name, or two files of one name from two folders, stay two agencies.
 */
function distinctIds(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.map((name, i) => (name !== "" && counts.get(name) === 1 ? name : `${name}#${i + 1}`));
}
