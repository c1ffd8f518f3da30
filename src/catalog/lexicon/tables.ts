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
