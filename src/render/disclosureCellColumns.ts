import { disclosureCells } from "../model/disclosureCells.js";
import type { DisclosureReport } from "../model/disclosureReport.js";
import type { Issue } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { type ExportColumnSpec, type ExportDataset, datasetOf, emptyColumns } from "./exportColumns.js";
import { scaledOfText } from "./exportDecimal.js";
import { valueOutOfRange } from "./exportIssue.js";

/**
 * The columns of the `disclosureCells` dataset (schema version 1), in order:
 * every cell of tables 二, 三 and 四 of 政府信息公开工作年度报告, a blank
 * cell a row of its own with an empty value (blank means missing, never 0).
 *
 * @example
 * ```ts
 * disclosureCellSchema.map((c) => c.name); //=> ["document", "template", "agency_name", "division_code", "reporting_year", "signed", "published", "path", "value", "value_text", "blank", "notes"]
 * ```
 */
export const disclosureCellSchema = [
  { name: "document", type: "string", nullable: false, zh: "文件", en: "document (file name)" },
  { name: "template", type: "string", nullable: false, zh: "模板 2019/2021", en: "template of the report: 2019 (trial) or 2021" },
  { name: "agency_name", type: "string", nullable: true, zh: "机关名称", en: "agency" },
  { name: "division_code", type: "string", nullable: true, zh: "行政区划代码", en: "GB/T 2260 division code" },
  { name: "reporting_year", type: "int32", nullable: true, zh: "报告年度", en: "the year reported on" },
  { name: "signed", type: "date", nullable: true, zh: "落款日期", en: "date signed" },
  { name: "published", type: "date", nullable: true, zh: "发布日期", en: "date published" },
  { name: "path", type: "string", nullable: false, zh: "单元格路径", en: "the cell's dotted path (requests.granted.total)" },
  { name: "value", type: "decimal", nullable: true, zh: "数值（空白单元格为空）", en: "the value, exact (null: a blank cell, or one that does not fit)" },
  { name: "value_text", type: "string", nullable: true, zh: "数值原文（十进制，不舍入）", en: "the value as an exact decimal string (null: blank)" },
  { name: "blank", type: "boolean", nullable: false, zh: "空白单元格", en: "the cell is blank in the report" },
  { name: "notes", type: "string", nullable: true, zh: "备注代码", en: "row notes (valueOutOfRange)" },
] as const satisfies readonly ExportColumnSpec[];

/**
 * The cells of disclosure reports as the `disclosureCells` dataset
 * (`disclosureCellSchema`), one row per cell in `disclosureCells` order.
 *
 * @example
 * ```ts
 * const data = disclosureCellColumns([report]);
 * data.columns.find((c) => c.name === "path")?.values[0]; //=> "active.regulations.issued"
 * data.columns.find((c) => c.name === "agency_name")?.values[0]; //=> "淮安市洪泽区人民政府"
 * ```
 */
export function disclosureCellColumns(reports: readonly DisclosureReport[], options: { readonly locale?: Locale } = {}): ExportDataset {
  const locale = options.locale ?? "zh";
  const c = emptyColumns(disclosureCellSchema);
  const issues: Issue[] = [];
  let rows = 0;
  reports.forEach((report, r) => {
    for (const cell of disclosureCells(report)) {
      c.document.push(report.document);
      c.template.push(report.template);
      c.agency_name.push(report.agency.name ?? null);
      c.division_code.push(report.agency.divisionCode ?? null);
      c.reporting_year.push(report.reportingYear);
      c.signed.push(report.dates.signed ?? null);
      c.published.push(report.dates.published ?? null);
      c.path.push(cell.path);
      const text = cell.value === null ? null : cell.value.toFixed();
      const scaled = text === null ? null : scaledOfText(text);
      c.value.push(scaled);
      c.value_text.push(text);
      c.blank.push(cell.value === null);
      if (cell.value !== null && scaled === null) {
        c.notes.push("valueOutOfRange");
        issues.push(valueOutOfRange([r, ...cell.path.split(".")], cell.value, "value", locale));
      } else c.notes.push(null);
      rows++;
    }
  });
  return datasetOf("disclosureCells", disclosureCellSchema, c, rows, issues);
}
