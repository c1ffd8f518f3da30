import type { UnitRole } from "../../model/responsibleUnit.js";

/**
 * Labels of the notes that name a work-plan task's units (`(责任单位:…)`,
 * `牵头单位:…;配合单位:…`, `【责任单位】…`), with the role each gives.
 *
 * @example
 * ```ts
 * unitNoteLabels["牵头单位"]; //=> "lead"
 * unitNoteLabels["配合部门"]; //=> "cooperating"
 * ```
 */
export const unitNoteLabels: Readonly<Record<string, UnitRole>> = {
  责任单位: "responsible",
  责任部门: "responsible",
  责任处室: "responsible",
  责任科室: "responsible",
  责任股室: "responsible",
  责任机构: "responsible",
  责任主体: "responsible",
  主责单位: "responsible",
  主责部门: "responsible",
  主办单位: "responsible",
  承办单位: "responsible",
  实施单位: "responsible",
  落实单位: "responsible",
  牵头单位: "lead",
  牵头部门: "lead",
  牵头处室: "lead",
  牵头科室: "lead",
  牵头股室: "lead",
  配合单位: "cooperating",
  配合部门: "cooperating",
  配合处室: "cooperating",
  配合科室: "cooperating",
  参与单位: "cooperating",
  参与部门: "cooperating",
  协办单位: "cooperating",
  协助单位: "cooperating",
  协同单位: "cooperating",
  协作单位: "cooperating",
};

/**
 * Phrases that close a list of units without naming one (`办公室按职责分工负责`,
 * `乡镇人民政府按职责分工分别负责`): dropped from the end of the last name.
 *
 * @example
 * ```ts
 * unitListTrailingPhrases.includes("按职责分工分别负责"); //=> true
 * ```
 */
export const unitListTrailingPhrases: readonly string[] = [
  "按照职责分工分别负责",
  "根据职责分工分别负责",
  "按职责分工分别负责",
  "按照职责分工负责",
  "根据职责分工负责",
  "按职责分工负责",
  "按职能分工负责",
  "按职责分别负责",
  "按照职责负责",
  "按职责负责",
  "按职责分工落实",
  "按职责分工",
  "分别负责",
  "共同负责",
  "负责落实",
  "负责",
];

/**
 * Words after a unit's name in a note that give it a role of its own
 * (`责任单位:县司法局牵头,县直各部门配合`).
 *
 * @example
 * ```ts
 * unitRoleSuffixes["牵头"]; //=> "lead"
 * ```
 */
export const unitRoleSuffixes: Readonly<Record<string, UnitRole>> = {
  牵头: "lead",
  配合: "cooperating",
  参与: "cooperating",
  协助: "cooperating",
  协办: "cooperating",
};

/**
 * Brackets a unit note stands in, opening to closing, in the forms left by
 * `foldText` (full-width `（）［］` fold to `()[]`; `〔〕【】﹝﹞` stay as they are).
 *
 * @example
 * ```ts
 * noteBrackets["〔"]; //=> "〕"
 * ```
 */
export const noteBrackets: Readonly<Record<string, string>> = {
  "(": ")",
  "[": "]",
  "〔": "〕",
  "【": "】",
  "﹝": "﹞",
  "〖": "〗",
};

/**
 * Words of a piece of a unit note that is a deadline, not a unit
 * (`(责任单位:县司法局,长期坚持)`), recurring ones among them (`每季度`, `定期`);
 * a piece with a written date (`2021年底前`, `6月底前`) is one too.
 *
 * @example
 * ```ts
 * unitNoteDeadlineWords.includes("长期坚持"); //=> true
 * ```
 */
export const unitNoteDeadlineWords: readonly string[] = [
  "长期坚持",
  "持续推进",
  "持续开展",
  "长期",
  "持续",
  "常态化",
  "定期",
  "每季度",
  "每半年",
  "每月",
  "每年",
  "按季度",
  "按月",
  "按年度",
  "年底前",
  "年底",
  "年末",
  "月底前",
  "年内完成",
  "年内",
  "全年",
  "上半年",
  "下半年",
];

/**
 * Words that close a deadline written as a sentence of its own, after its date
 * (`2024年6月底前完成。(责任单位:…)`, `2024年9月底前办结`).
 *
 * @example
 * ```ts
 * deadlineClosingWords.includes("完成"); //=> true
 * ```
 */
export const deadlineClosingWords: readonly string[] = ["全面完成", "基本完成", "落实到位", "完成", "办结", "到位", "见效"];

/**
 * Words that may stand with the numbers of a date in a deadline written as a
 * sentence of its own (`2024年6月底前`, `2024年10月31日以前`, `2024年第三季度末`);
 * the words of a part of a year (`deadlinePeriodEnds`) and the marks of a range
 * may too.
 *
 * @example
 * ```ts
 * deadlineDateWords.includes("底前"); //=> true
 * ```
 */
export const deadlineDateWords: readonly string[] = ["年", "月", "日", "第", "底前", "以前", "之前", "前", "底", "末", "初", "中旬", "上旬", "下旬", "季度"];

/**
 * Labels of a work-plan task's deadline, in its note or on a line of its own
 * (`完成时限：2024年11月底前`, `（…；完成时间：持续推进）`).
 *
 * @example
 * ```ts
 * deadlineLabels.includes("完成时限"); //=> true
 * ```
 */
export const deadlineLabels: readonly string[] = ["完成时限", "完成时间", "完成期限", "时限要求", "时间要求", "办结时限", "时间节点"];

/**
 * Words after a year in a deadline that name the end of a part of it (`2024年上半年`,
 * `2024年第三季度`, `2024年底前`), with the month and day that part ends on; a
 * quarter may be written with 第 before it.
 *
 * @example
 * ```ts
 * deadlinePeriodEnds["上半年"]; //=> "06-30"
 * ```
 */
export const deadlinePeriodEnds: Readonly<Record<string, string>> = {
  上半年: "06-30",
  下半年: "12-31",
  一季度: "03-31",
  二季度: "06-30",
  三季度: "09-30",
  四季度: "12-31",
  年底: "12-31",
  年末: "12-31",
  底: "12-31",
  年内: "12-31",
};

/**
 * Words after a month in a deadline that end it before the month's last day
 * (`2024年11月中旬`: 2024-11-20), with the day they end on; `下旬` ends with
 * the month.
 *
 * @example
 * ```ts
 * deadlineTenDayEnds["中旬"]; //=> "20"
 * ```
 */
export const deadlineTenDayEnds: Readonly<Record<string, string>> = {
  上旬: "10",
  中旬: "20",
};

/**
 * Headers of the column of a work plan's table (任务分工表) that holds each task
 * (`序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限`). The columns of units are
 * named by `unitNoteLabels`, of the deadline by `deadlineLabels`.
 *
 * @example
 * ```ts
 * taskColumnLabels.includes("工作任务"); //=> true
 * ```
 */
export const taskColumnLabels: readonly string[] = [
  "工作任务",
  "重点任务",
  "主要任务",
  "具体任务",
  "改革任务",
  "任务内容",
  "任务名称",
  "任务事项",
  "工作内容",
  "工作措施",
  "工作事项",
  "具体措施",
  "主要措施",
];

/**
 * Headers of the column of a work plan's table that numbers its tasks.
 *
 * @example
 * ```ts
 * taskNumberColumnLabels.includes("序号"); //=> true
 * ```
 */
export const taskNumberColumnLabels: readonly string[] = ["序号", "编号"];
