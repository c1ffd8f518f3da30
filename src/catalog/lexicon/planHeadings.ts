/**
 * The headings under which a report states its own plans for the next year
 * (三、2024年工作安排, 四、下一步打算): the figures below them are targets.
 * Read by `src/parse/modality.ts`.
 *
 * @module
 */

/**
 * Words that begin a next-year plan heading (after its number): 下一步, 明年 …
 * A heading that begins with a year (2024年工作安排) counts only when numbered
 * (三、), since an unnumbered year line is usually a title (…报告和2023年工作思路).
 *
 * @example
 * ```ts
 * planHeadingStarts.includes("下一步"); //=> true
 * ```
 */
export const planHeadingStarts: readonly string[] = ["下一步", "下步", "明年", "来年", "次年", "今后", "下一年"];

/**
 * Words that end a next-year plan heading: 2024年工作安排, 下一步打算,
 * 下一步工作计划, 明年工作思路. Not 措施 or 举措, which also end headings on
 * the year's work (2023年度主要举措).
 *
 * @example
 * ```ts
 * planHeadingEnds.includes("打算"); //=> true
 * ```
 */
export const planHeadingEnds: readonly string[] = [
  "安排", "计划", "打算", "思路", "设想", "重点", "要点", "目标", "规划", "谋划", "展望",
];

/**
 * Words that end a next-year plan heading only after a word of `planHeadingStarts`: 四、下一步工作,
 * 下一步工作措施, 下步工作举措, 明年努力方向. Alone they also end headings on the year's work
 * (2023年度主要举措, 存在问题及改进措施, 一、2023年法治政府建设工作).
 *
 * @example
 * ```ts
 * planHeadingStartEnds.includes("工作"); //=> true
 * ```
 */
export const planHeadingStartEnds: readonly string[] = ["工作", "措施", "举措", "方向", "任务"];

/**
 * Longest line (in characters, after its number) read as a heading.
 *
 * @example
 * ```ts
 * planHeadingMaxLength; //=> 30
 * ```
 */
export const planHeadingMaxLength = 30;

/**
 * Words that begin a line closing a report's plan section: an annex after it
 * (附件: 2023年行政执法数据统计表) states the year's actual figures again.
 *
 * @example
 * ```ts
 * planSectionClosers.includes("附件"); //=> true
 * ```
 */
export const planSectionClosers: readonly string[] = ["附件", "附表", "附:"];
