import { levelWords, scopeLeads } from "./agencyNames.js";
/**
 * The words of the tables a report sets its figures in (a pipe table as an HTML page's table is
 * read, a tab-separated one as pdftotext or a copied table gives it): what separates cells, what
 * names a unit in a header's brackets, and what a column header says of the period its figures
 * are for. Readers match on text folded to ASCII (`foldText`): `｜（）：` appear here as `|():`.
 */

/**
 * The characters that separate a table's cells on a line.
 *
 * @example
 * ```ts
 * tableCellSeparators.includes("\t"); //=> true
 * ```
 */
export const tableCellSeparators: readonly string[] = ["|", "\t"];

/**
 * Words that open a unit in a header's brackets (行政处罚案件(单位:件)), taken off before the unit
 * is read; longest first.
 *
 * @example
 * ```ts
 * tableUnitLabels.includes("单位:"); //=> true
 * ```
 */
export const tableUnitLabels: readonly string[] = ["计量单位:", "单位:", "单位"];

/**
 * Column headers that name the report's own year (本年, 本年度).
 *
 * @example
 * ```ts
 * tableCurrentYearWords.includes("本年度"); //=> true
 * ```
 */
export const tableCurrentYearWords: readonly string[] = ["本年度", "本年", "今年", "当年"];

/**
 * Words of a column header whose figures are a change from another period, not a level
 * (同比增长(%), 增减): its figures measure no indicator.
 *
 * @example
 * ```ts
 * tableChangeWords.includes("同比"); //=> true
 * ```
 */
export const tableChangeWords: readonly string[] = ["同比", "环比", "增减", "增长", "增幅", "下降", "降幅", "变化", "变动", "比上年", "较上年"];

/**
 * The header of a table's first column when its rows are agencies (区县, 部门): each row's
 * figures are that agency's, a part of the document's, not its own. Matched as the whole cell,
 * spaces aside.
 *
 * @example
 * ```ts
 * tableAgencyColumnLabels.includes("区县"); //=> true
 * ```
 */
export const tableAgencyColumnLabels: readonly string[] = [
  "区县", "县区", "县(市、区)", "县(市,区)", "县市区", "地区", "区域", "乡镇", "镇街", "乡镇(街道)", "街道",
  "单位", "单位名称", "部门", "部门名称", "部门(单位)", "执法单位", "执法部门", "执法机关", "责任单位",
];

/**
 * The label of a row that totals the rows of agencies of its table (合计, 全市): the document's
 * own figure. Matched at the start of the label, spaces aside.
 *
 * @example
 * ```ts
 * tableTotalRowWords.includes("合计"); //=> true
 * ```
 */
export const tableTotalRowWords: readonly string[] = /* @__PURE__ */ (() => ["合计", "总计", ...[...Object.keys(levelWords), "州", "盟"].map((level) => `${scopeLeads.whole}${level}`)])();
