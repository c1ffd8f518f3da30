import * as z from "zod";

/**
 * Schema of a reporting year: the calendar year a report covers or a plan is
 * for (not the year it was published), an integer from 1949 to 2100.
 *
 * @example
 * ```ts
 * ReportingYear.parse(2020); //=> 2020
 * ReportingYear.safeParse(20.5).success; //=> false
 * ```
 */
export const ReportingYear = /* @__PURE__ */ z.int().min(1949).max(2100);

/**
 * A calendar year covered by a report or plan.
 *
 * @example
 * ```ts
 * const year: ReportingYear = 2021;
 * ```
 */
export type ReportingYear = z.infer<typeof ReportingYear>;
