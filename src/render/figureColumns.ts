import { findIndicator } from "../catalog/indicators.js";
import type { Issue } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import { type ExportColumnSpec, type ExportDataset, datasetOf, emptyColumns, pushValue } from "./exportColumns.js";
import { scaledOfText } from "./exportDecimal.js";
import { valueOutOfRange } from "./exportIssue.js";

/**
 * The columns of the `figures` dataset (schema version 1), in order: every
 * quantity `parseReport` found, with its document, the document's agency and
 * year, its place in the text and how it was written.
 *
 * @example
 * ```ts
 * figureSchema.map((c) => c.name).slice(0, 5); //=> ["document", "agency_name", "division_code", "reporting_year", "figure"]
 * ```
 */
export const figureSchema = [
  { name: "document", type: "string", nullable: false, zh: "文件", en: "document (file name)" },
  { name: "agency_name", type: "string", nullable: true, zh: "机关名称", en: "the document's agency" },
  { name: "division_code", type: "string", nullable: true, zh: "行政区划代码", en: "the agency's GB/T 2260 division code" },
  { name: "reporting_year", type: "int32", nullable: true, zh: "报告年度", en: "the year reported on" },
  { name: "figure", type: "int32", nullable: false, zh: "文件中的序号(从0起)", en: "index of the figure in its document (from 0)" },
  { name: "indicator", type: "string", nullable: true, zh: "指标代码(未识别为空)", en: "indicator code (null: none recognised)" },
  { name: "indicator_name", type: "string", nullable: true, zh: "指标名称", en: "indicator name in Chinese" },
  { name: "value", type: "decimal", nullable: true, zh: "数值", en: "the value, exact (null only when it does not fit)" },
  { name: "value_text", type: "string", nullable: false, zh: "数值原文（十进制，不舍入）", en: "the value as an exact decimal string, always" },
  { name: "unit", type: "string", nullable: false, zh: "单位", en: "unit (元, 件, %)" },
  { name: "qualifier", type: "string", nullable: false, zh: "限定 exact/approx/atLeast/atMost", en: "exact, approx, atLeast or atMost" },
  { name: "lower", type: "decimal", nullable: true, zh: "下限", en: "lower bound (null: unbounded or unknown)" },
  { name: "upper", type: "decimal", nullable: true, zh: "上限", en: "upper bound (null: unbounded or unknown)" },
  { name: "modality", type: "string", nullable: false, zh: "实际/目标", en: "actual or target" },
  { name: "subject", type: "string", nullable: false, zh: "所指事项", en: "what the figure counts, as written" },
  { name: "number", type: "string", nullable: false, zh: "数字原文", en: "the number as written, with its unit (121万元, 一百二十件)" },
  { name: "quote", type: "string", nullable: false, zh: "原文", en: "the quoted clause" },
  { name: "span_start", type: "int32", nullable: true, zh: "原文位置起(UTF-16)", en: "start of the number in the text (UTF-16 offset)" },
  { name: "span_end", type: "int32", nullable: true, zh: "原文位置止", en: "end of the number in the text" },
  { name: "notes", type: "string", nullable: true, zh: "备注代码", en: "row notes (valueOutOfRange)" },
] as const satisfies readonly ExportColumnSpec[];

/**
 * The quantities of parsed documents as the `figures` dataset
 * (`figureSchema`), one row per quantity, documents in the given order.
 * Values, bounds and values that do not fit as in `observationColumns`.
 *
 * @example
 * ```ts
 * const data = figureColumns([parseReport("罚款121万元,约3.5万人次", { document: "a.txt" })]);
 * data.rows; //=> 2
 * data.columns.find((c) => c.name === "value")?.values; //=> [1210000000000n, 35000000000n]
 * data.columns.find((c) => c.name === "qualifier")?.values; //=> ["exact", "approx"]
 * ```
 */
export function figureColumns(docs: readonly ParsedDocument[], options: { readonly locale?: Locale } = {}): ExportDataset {
  const locale = options.locale ?? "zh";
  const c = emptyColumns(figureSchema);
  const issues: Issue[] = [];
  let rows = 0;
  docs.forEach((doc, d) => {
    doc.quantities.forEach((q, j) => {
      c.document.push(doc.document);
      c.agency_name.push(doc.agency.name);
      c.division_code.push(doc.agency.divisionCode);
      c.reporting_year.push(doc.reportingYear);
      c.figure.push(j);
      c.indicator.push(q.indicator);
      c.indicator_name.push(q.indicator === null ? null : (findIndicator(q.indicator)?.nameZh ?? null));
      const text = q.value.toFixed();
      const scaled = scaledOfText(text);
      pushValue(c, text, scaled, q.qualifier);
      c.unit.push(q.unit);
      c.qualifier.push(q.qualifier);
      c.modality.push(q.modality);
      c.subject.push(q.subject);
      c.number.push(q.number);
      c.quote.push(q.quote);
      c.span_start.push(q.span?.start ?? null);
      c.span_end.push(q.span?.end ?? null);
      if (scaled === null) {
        c.notes.push("valueOutOfRange");
        issues.push(valueOutOfRange([d, "quantities", j, "value"], q.value, "value", locale));
      } else c.notes.push(null);
      rows++;
    });
  });
  return datasetOf("figures", figureSchema, c, rows, issues);
}
