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
 * (each document's agency gets the document's name as its id; one agency's
 * reports of other years share the id of its first, so that its years are
 * compared).
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
  // Each document's agency id: its name, or, where it has none or another document has it too, one made distinct;
  // one agency's reports of other years share the id of its first, so that its years are compared.
  const ids = sharedAgencyIds(docs, distinctIds(docs.map((doc) => doc.document)));
  const seen = new Set<string>();
  const agencies = docs.flatMap((doc, i) => {
    const agency = agencyOf(doc, ids[i] ?? "");
    if (agency === null || seen.has(agency.id)) return [];
    seen.add(agency.id);
    return [agency];
  });
  const observations = docs.flatMap((doc, i) => observationsOf(doc, ids[i] ?? ""));
  return { summaries, comparison: comparisonReport(observations, agencies), validation: { documents, counts } };
}

/**
 * The documents' agency ids, where the reports of one agency (the same name
 * and division) for different years take the id of the first of them: one
 * agency, whose years `yearOverYear` compares. A second report of an agency
 * for a year it already has (a copy under another name) keeps its own id,
 * an agency of its own, as a document whose agency is not known does.
 */
function sharedAgencyIds(docs: readonly ParsedDocument[], ids: readonly string[]): string[] {
  // Per agency, the ids it was given so far with the years each already holds.
  const byAgency = new Map<string, { id: string; years: Set<number> }[]>();
  return docs.map((doc, i) => {
    const own = ids[i] ?? "";
    const { name, divisionCode } = doc.agency;
    const year = doc.reportingYear;
    if (name === null || divisionCode === null || year === null) return own;
    const key = `${divisionCode}\u0001${name}`;
    const slots = byAgency.get(key) ?? [];
    byAgency.set(key, slots);
    const slot = slots.find((s) => !s.years.has(year));
    if (slot) {
      slot.years.add(year);
      return slot.id;
    }
    slots.push({ id: own, years: new Set([year]) });
    return own;
  });
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
