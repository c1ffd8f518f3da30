import * as z from "zod";
import { Span } from "./span.js";

/**
 * The five items an annual report must contain under the supervision rules
 * (《法治政府建设与责任落实督察工作规定》), in their statutory order:
 * 主要举措和成效; 存在的不足和原因; 党政主要负责人履行第一责任人职责情况;
 * 下一年度主要安排; 其他需要报告的情况.
 *
 * @example
 * ```ts
 * reportSectionKinds[0]; //=> "measuresAndResults"
 * ```
 */
export const reportSectionKinds = [
  "measuresAndResults",
  "shortcomingsAndCauses",
  "firstResponsibleDuty",
  "nextYearPlan",
  "other",
] as const;

/**
 * Schema of one of the five statutory annual-report sections.
 *
 * @example
 * ```ts
 * ReportSectionKind.parse("nextYearPlan"); //=> "nextYearPlan"
 * ```
 */
export const ReportSectionKind = /* @__PURE__ */ z.enum(reportSectionKinds);

/**
 * One of the five statutory annual-report sections.
 *
 * @example
 * ```ts
 * const kind: ReportSectionKind = "shortcomingsAndCauses";
 * ```
 */
export type ReportSectionKind = z.infer<typeof ReportSectionKind>;

/**
 * Schema of the content of a report section: the heading as written, its text,
 * and optionally where it stands in the source document.
 *
 * @example
 * ```ts
 * ReportSection.parse({ heading: "二、存在的问题", text: "……" });
 * ```
 */
export const ReportSection = /* @__PURE__ */ z.object({
  heading: z.string(),
  text: z.string(),
  span: Span.exactOptional(),
});

/**
 * The content of a report section.
 *
 * @example
 * ```ts
 * const section: ReportSection = { heading: "三、下一年总体思路", text: "……" };
 * ```
 */
export interface ReportSection extends z.infer<typeof ReportSection> {}
