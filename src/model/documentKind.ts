import * as z from "zod";

/**
 * Schema of the kind of document: an `annual-report` (法治政府建设年度报告,
 * 工作情况报告) or a `work-plan` (工作要点, 任务分工方案, 实施方案).
 *
 * @example
 * ```ts
 * DocumentKind.parse("work-plan"); //=> "work-plan"
 * ```
 */
export const DocumentKind = /* @__PURE__ */ z.enum(["annual-report", "work-plan"]);

/**
 * The kind of a document.
 *
 * @example
 * ```ts
 * const kind: DocumentKind = "annual-report";
 * ```
 */
export type DocumentKind = z.infer<typeof DocumentKind>;
