import type { AgencyKind } from "../model/agencyKind.js";

/**
 * When the reports on one year are due.
 *
 * @example
 * ```ts
 * const due: ReportingDeadlines = reportingDeadlines(2020, "department");
 * ```
 */
export interface ReportingDeadlines {
  /** The last day to submit the report, `YYYY-MM-DD`, or `null` where the rules set none for this kind. */
  readonly submitBy: string | null;
  /** The last day the report must be public, `YYYY-MM-DD`. */
  readonly publishBy: string;
}

/**
 * The month and day of each deadline of `reportingDeadlines`, in the year
 * after the one reported on: the one source of these dates, which `validate`
 * takes as the defaults of its `submitBy` and `publishBy` options.
 *
 * @internal
 * @example
 * ```ts
 * deadlineMonthDays.publishBy; //=> "04-01"
 * ```
 */
export const deadlineMonthDays = { submitBy: "03-01", publishBy: "04-01" } as const;

/**
 * The deadlines of 《法治政府建设与责任落实督察工作规定》 for the report on a
 * year: departments of governments at county level and above submit theirs
 * before 1 March of the following year; every report, of governments and
 * departments alike, is public before 1 April of the following year. The rules
 * say "之前", so the day named is the last day allowed here, taken inclusively
 * (a report dated 1 March is on time); validators let callers change this.
 *
 * @example
 * ```ts
 * reportingDeadlines(2020, "department");
 * //=> { submitBy: "2021-03-01", publishBy: "2021-04-01" }
 * reportingDeadlines(2021, "government");
 * //=> { submitBy: null, publishBy: "2022-04-01" }
 * ```
 */
export function reportingDeadlines(year: number, kind: AgencyKind): ReportingDeadlines {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    throw new RangeError(`fazhi: reportingDeadlines needs a four-digit year, got ${String(year)}`);
  }
  const next = year + 1;
  return { submitBy: kind === "department" ? `${next}-${deadlineMonthDays.submitBy}` : null, publishBy: `${next}-${deadlineMonthDays.publishBy}` };
}
