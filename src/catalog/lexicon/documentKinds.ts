import type { DocumentKind } from "../../model/documentKind.js";

/**
 * Words that make a line a document about rule-of-law government: a title
 * names one of them.
 *
 * @example
 * ```ts
 * ruleOfLawWords.some((w) => "道外区2021年法治政府建设情况报告".includes(w)); //=> true
 * ```
 */
export const ruleOfLawWords: readonly string[] = ["法治", "依法行政"];

/**
 * Words that end or name the kind of a title (…工作报告, …工作要点, …工作情况),
 * with the kind each gives. A title that names a report word is a report even
 * when it names a plan word too (…工作报告和2023年工作思路).
 *
 * @example
 * ```ts
 * titleKindWords["要点"]; //=> "work-plan"
 * titleKindWords["情况"]; //=> "annual-report"
 * ```
 */
export const titleKindWords: Readonly<Record<string, DocumentKind>> = {
  报告: "annual-report",
  总结: "annual-report",
  情况: "annual-report",
  要点: "work-plan",
  方案: "work-plan",
  计划: "work-plan",
  任务分工: "work-plan",
  安排: "work-plan",
  思路: "work-plan",
  规划: "work-plan",
  清单: "work-plan",
};

/**
 * Words that end a report's title only at the very end of the line (工作情况,
 * 建设情况): inside a line they are a heading's words, not a title's.
 *
 * @example
 * ```ts
 * titleEndOnlyWords.includes("情况"); //=> true
 * ```
 */
export const titleEndOnlyWords: readonly string[] = ["情况"];

/**
 * Words that join the two lines of a title broken across lines
 * (…工作报告和 / 2023年工作思路).
 *
 * @example
 * ```ts
 * titleJoinWords.includes("和"); //=> true
 * ```
 */
export const titleJoinWords: readonly string[] = ["和", "及", "与", "暨", "以及", "、"];

/**
 * Openings of a line that is a covering text, not a title (关于印发…的通知,
 * 根据…, 现将…).
 *
 * @example
 * ```ts
 * notTitleOpenings.includes("现将"); //=> true
 * ```
 */
export const notTitleOpenings: readonly string[] = ["关于印发", "关于转发", "根据", "按照", "为", "现将", "经"];

/**
 * Endings of a line that is a covering notice, not a title.
 *
 * @example
 * ```ts
 * notTitleEndings.includes("通知"); //=> true
 * ```
 */
export const notTitleEndings: readonly string[] = ["通知", "如下", "函", "批复"];

/**
 * What a page's `<title>` joins the article's title to the names of its column and site
 * with (…工作报告_年度报告_某县人民政府, …情况报告 - 某市人民政府), on folded text: the
 * title is what stands before the first of them. A dash counts only with a space on each
 * side, so that a range (2021-2025年) stays in the title.
 *
 * @example
 * ```ts
 * pageTitleSeparators.includes("_"); //=> true
 * ```
 */
export const pageTitleSeparators: readonly string[] = ["_", "|", " - ", " – ", " — ", " —— "];
