import type { Observation } from "../model/observation.js";
import type { ParsedDocument } from "../model/parsedDocument.js";

/**
 * The figures of a parsed document that carry an indicator, as observations
 * of an agency: the period is the reporting year, a later year the text names
 * for a target (the quantity's `year`: a table's 2024年 column in a 2023
 * report), or the range from the year a cumulative figure counts from
 * (`2020年来…`, the quantity's `since`, as the parser read it) to the end of the
 * reporting year; each points back to its place in the document. A pure
 * function of the document: it never reads the text. Figures without an
 * indicator, and all figures when the reporting year is unknown, are left out;
 * so is a figure of an earlier year restated for comparison (`由2022年的18件`,
 * `（2022年为18件）`, a table's 2022年 column: its `year` before the reporting
 * year), which keeps its year among the document's figures: the earlier year's
 * own report states it, and an agency's reports of two years together would
 * count it twice.
 * A `TypeError` on what is no parsed document and on an empty agency id (an
 * observation needs one; `agencyOf` gives no agency for it).
 *
 * @example
 * ```ts
 * const doc = parseReport("道外区2021年法治政府建设情况报告\n全年办理行政复议案件33件。");
 * observationsOf(doc, "daowai").map((o) => [o.indicator, o.period, o.quantity.value.toString()]);
 * //=> [["reconsideration.cases", 2021, "33"]]
 * ```
 */
export function observationsOf(doc: ParsedDocument, agency: string): Observation[] {
  const given: unknown = doc;
  if (typeof given !== "object" || given === null || !Array.isArray((given as Partial<ParsedDocument>).quantities)) {
    throw new TypeError("observationsOf expects a parsed document (what parseReport gives)");
  }
  // An observation without an agency would fail the model's schema, as agencyOf gives no agency for "".
  if (typeof agency !== "string" || agency === "") throw new TypeError("observationsOf: the agency id must be a non-empty string (the document's name, say)");
  const year = doc.reportingYear;
  if (year === null) return [];
  return doc.quantities.flatMap((q) => {
    if (q.indicator === null || (q.year !== undefined && q.year < year)) return [];
    const from = q.since ?? null;
    return [
      {
        agency,
        indicator: q.indicator,
        period: q.year !== undefined ? q.year : from !== null && from < year ? { from: `${from}-01-01`, to: `${year}-12-31` } : year,
        quantity: { value: q.value, unit: q.unit, qualifier: q.qualifier },
        modality: q.modality,
        attribution: "own",
        ...(q.span ? { source: { document: doc.document, span: q.span, quote: q.quote } } : {}),
      },
    ];
  });
}
