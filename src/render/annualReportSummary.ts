import { statedEstimate } from "../aggregate/estimate.js";
import { estimateCell } from "../aggregate/estimateCell.js";
import { findIndicator } from "../catalog/indicators.js";
import { reportSections } from "../catalog/reportSections.js";
import type { Issue } from "../model/issue.js";
import type { Modality } from "../model/modality.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import type { ReportSectionKind } from "../model/reportSection.js";
import type { EstimateCell } from "../model/table.js";
import { parseOutline } from "../parse/outline.js";
import { lineColumnOf } from "../model/lineColumn.js";
import { type ReportedIssue, documentIssues } from "./validationReport.js";

/**
 * A figure of a report as a summary shows it, traceable to its place.
 *
 * @example
 * ```ts
 * const f: SummaryFigure = summary.figures[0]!;
 * `${f.source?.document}:${f.source?.line}:${f.source?.column}`; //=> "004_d7befece2778118b.txt:39:114"
 * ```
 */
export interface SummaryFigure {
  /** The indicator code. */
  readonly indicator: string;
  /** Its Chinese name. */
  readonly nameZh: string;
  /** Its English name. */
  readonly nameEn: string;
  /** The value with its qualifier and unit. */
  readonly value: EstimateCell;
  /** Reported (`actual`) or planned (`target`). */
  readonly modality: Modality;
  /** The clause it was read from. */
  readonly quote: string;
  /** Where: the document, the span of the number and its line:column; `null` when unknown. */
  readonly source: { readonly document: string; readonly start: number; readonly end: number; readonly line: number; readonly column: number } | null;
}

/**
 * One of the five statutory sections and whether the report has it.
 *
 * @example
 * ```ts
 * const missing = (s: SummarySection) => s.heading === null;
 * ```
 */
export interface SummarySection {
  /** The section. */
  readonly kind: ReportSectionKind;
  /** Its name in the supervision rules. */
  readonly nameZh: string;
  /** A short English name. */
  readonly nameEn: string;
  /** The report's heading for it, or `null` when none was found. */
  readonly heading: string | null;
  /** The line of that heading, or `null`. */
  readonly line: number | null;
}

/**
 * The summary of one annual report (one agency and year): who, which year,
 * the dates, the five statutory sections found or missing, its figures by
 * indicator (each with its source) and its issues.
 *
 * @example
 * ```ts
 * const s: AnnualReportSummary = annualReportSummary(doc, validate(doc, { locale: "zh" }));
 * ```
 */
export interface AnnualReportSummary {
  /** The document's name. */
  readonly document: string;
  /** Its title. */
  readonly title: string | null;
  /** What kind of document it is. */
  readonly documentKind: ParsedDocument["documentKind"];
  /** The agency as read from the document. */
  readonly agency: ParsedDocument["agency"];
  /** The year reported on. */
  readonly reportingYear: number | null;
  /** Signed and published, ISO. */
  readonly dates: { readonly signed: string | null; readonly published: string | null };
  /** The five statutory sections (empty for a document that is not an annual report). */
  readonly sections: readonly SummarySection[];
  /** Its figures that carry an indicator, ordered by indicator code then place. */
  readonly figures: readonly SummaryFigure[];
  /** Its issues. */
  readonly issues: readonly ReportedIssue[];
}

/**
 * Builds the summary of one parsed report and its issues (from `validate`).
 *
 * @example
 * ```ts
 * const summary = annualReportSummary(doc, validate(doc, { locale: "zh" }));
 * summary.figures.map((f) => f.indicator); //=> ["decisions.legalAdviserUnits", "disclosure.inspectionPublicityRate", …]
 * ```
 */
export function annualReportSummary(doc: ParsedDocument, issues: readonly Issue[]): AnnualReportSummary {
  const text = doc.text ?? null;
  const at = text === null ? null : lineColumnOf(text);
  const figures = doc.quantities
    .flatMap((q): SummaryFigure[] => {
      if (q.indicator === null) return [];
      const indicator = findIndicator(q.indicator);
      const place = q.span && at ? at(q.span.start) : null;
      return [
        {
          indicator: q.indicator,
          nameZh: indicator?.nameZh ?? q.indicator,
          nameEn: indicator?.nameEn ?? q.indicator,
          value: estimateCell(statedEstimate(q), q.unit),
          modality: q.modality,
          quote: q.quote,
          source: q.span && place ? { document: doc.document, start: q.span.start, end: q.span.end, line: place.line, column: place.column } : null,
        },
      ];
    })
    .sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : (a.source?.start ?? 0) - (b.source?.start ?? 0)));
  return {
    document: doc.document,
    title: doc.title,
    documentKind: doc.documentKind,
    agency: doc.agency,
    reportingYear: doc.reportingYear,
    dates: { signed: doc.dates.signed, published: doc.dates.published },
    sections: doc.documentKind === "annual-report" && text !== null ? sectionsOf(text, at) : [],
    figures,
    issues: documentIssues(doc, issues).issues,
  };
}

function sectionsOf(text: string, at: ((offset: number) => { line: number }) | null): SummarySection[] {
  const top = parseOutline(text).filter((node) => node.level === 1);
  return reportSections.map((info) => {
    const node = top.find((n) => n.section === info.kind);
    return {
      kind: info.kind,
      nameZh: info.nameZh,
      nameEn: info.nameEn,
      heading: node ? node.heading : null,
      line: node && at ? at(node.span.start).line : null,
    };
  });
}
