import { statedEstimate } from "../aggregate/estimate.js";
import { estimateCell } from "../aggregate/estimateCell.js";
import { findIndicator } from "../catalog/indicators.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import type { Table, TableRow } from "../model/table.js";

/**
 * The figures of parsed documents as one `Table`, a figure a row: document,
 * agency, year, indicator (with its name; empty when none was recognised),
 * the value with qualifier and unit, actual or target, and the quote; each
 * row's source is the number's place. A value's bounds are those it states
 * (exact: both; at least: the lower; at most: the upper). What `fazhi extract --format csv` writes.
 *
 * @example
 * ```ts
 * figuresTable([parseReport("罚款121万元", { document: "a.txt" })]).rows[0]?.cells["value"];
 * //=> { kind: "estimate", value: 1210000, qualifier: "exact", lower: 1210000, upper: 1210000, unit: "元" }
 * ```
 */
export function figuresTable(docs: readonly ParsedDocument[]): Table {
  const rows = docs.flatMap((doc) =>
    doc.quantities.map((q): TableRow => ({
      cells: {
        document: { kind: "dimension", value: doc.document, label: null },
        agency: { kind: "dimension", value: doc.agency.name, label: null },
        year: { kind: "dimension", value: doc.reportingYear, label: null },
        indicator: { kind: "dimension", value: q.indicator, label: q.indicator === null ? null : (findIndicator(q.indicator)?.nameZh ?? null) },
        value: estimateCell(statedEstimate(q), q.unit),
        modality: { kind: "dimension", value: q.modality, label: null },
        quote: { kind: "dimension", value: q.quote, label: null },
      },
      notes: [],
      sources: q.span ? [{ document: doc.document, span: q.span, quote: q.quote }] : [],
    })),
  );
  return {
    title: { zh: "文件中的数据", en: "Figures in the documents" },
    columns: [
      { key: "document", kind: "dimension", zh: "文件", en: "document" },
      { key: "agency", kind: "dimension", zh: "机关", en: "agency" },
      { key: "year", kind: "dimension", zh: "年度", en: "year" },
      { key: "indicator", kind: "dimension", zh: "指标", en: "indicator" },
      { key: "value", kind: "estimate", zh: "数值", en: "value" },
      { key: "modality", kind: "dimension", zh: "实际/目标", en: "modality" },
      { key: "quote", kind: "dimension", zh: "原文", en: "quote" },
    ],
    rows,
    notes: [],
  };
}
