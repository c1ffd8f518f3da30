import type { ReportSectionKind } from "../model/reportSection.js";

/**
 * One of the five items an annual report must contain.
 *
 * @example
 * ```ts
 * const first: ReportSectionInfo = reportSections[0]!;
 * ```
 */
export interface ReportSectionInfo {
  /** The section's key. */
  readonly kind: ReportSectionKind;
  /** The item as the supervision rules word it. */
  readonly nameZh: string;
  /** A short English name. */
  readonly nameEn: string;
  /** Words by which a report's heading for this item is recognised. */
  readonly headingWords: readonly string[];
}

/**
 * The five items of an annual report under 《法治政府建设与责任落实督察工作规定》
 * (厅字〔2019〕28号), in order, with the words their headings use in practice.
 *
 * @example
 * ```ts
 * reportSections.map((s) => s.kind);
 * //=> ["measuresAndResults", "shortcomingsAndCauses", "firstResponsibleDuty", "nextYearPlan", "other"]
 * ```
 */
export const reportSections: readonly ReportSectionInfo[] = [
  {
    kind: "measuresAndResults",
    nameZh: "上一年度推进法治政府建设的主要举措和成效",
    nameEn: "Measures and results",
    headingWords: ["主要举措", "主要做法", "工作成效", "主要成效", "工作开展情况", "工作情况", "取得的成效"],
  },
  {
    kind: "shortcomingsAndCauses",
    nameZh: "上一年度推进法治政府建设存在的不足和原因",
    nameEn: "Shortcomings and their causes",
    headingWords: ["存在的不足", "存在不足", "存在的问题", "存在问题", "不足和原因", "问题和不足", "薄弱环节"],
  },
  {
    kind: "firstResponsibleDuty",
    nameZh: "上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    nameEn: "Principal leaders' first-responsible duty",
    headingWords: ["第一责任人", "主要负责人履行"],
  },
  {
    kind: "nextYearPlan",
    nameZh: "下一年度推进法治政府建设的主要安排",
    nameEn: "Next year's plan",
    headingWords: ["下一年", "下一步", "明年", "主要安排", "工作思路", "工作打算", "工作计划", "总体思路"],
  },
  {
    kind: "other",
    nameZh: "其他需要报告的情况",
    nameEn: "Other matters",
    headingWords: ["其他需要报告", "其他情况"],
  },
];
