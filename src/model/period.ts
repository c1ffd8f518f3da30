import * as z from "zod";
import { IsoDate } from "./isoDate.js";
import { ReportingYear } from "./reportingYear.js";

/**
 * Schema of an explicit date range `{ from, to }`, both ends included, with
 * `from` not after `to`. Used for cumulative figures (`2020年来…累计`).
 *
 * @example
 * ```ts
 * DateRange.parse({ from: "2020-01-01", to: "2021-12-31" });
 * DateRange.safeParse({ from: "2021-12-31", to: "2020-01-01" }).success; //=> false
 * ```
 */
export const DateRange = /* @__PURE__ */ z
  .object({ from: IsoDate, to: IsoDate })
  .refine((range) => range.from <= range.to, {
    params: { fazhi: "period.reversed" },
    message: "`from` must not be after `to`",
    path: ["to"],
  });

/**
 * A date range, both ends included.
 *
 * @example
 * ```ts
 * const since2020: DateRange = { from: "2020-01-01", to: "2021-12-31" };
 * ```
 */
export interface DateRange extends z.infer<typeof DateRange> {}

/**
 * Schema of the period a figure covers: a reporting year (`2021`), or an
 * explicit date range for figures that cover more or less than one year.
 *
 * @example
 * ```ts
 * Period.parse(2021); //=> 2021
 * Period.parse({ from: "2020-01-01", to: "2021-12-31" });
 * ```
 */
export const Period = /* @__PURE__ */ z.union([ReportingYear, DateRange]);

/**
 * The period a figure covers: a year or a date range.
 *
 * @example
 * ```ts
 * const period: Period = 2021;
 * ```
 */
export type Period = z.infer<typeof Period>;
