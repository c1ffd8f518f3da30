/** Milliseconds in a day of the UTC calendar (which has no daylight saving). */
const msPerDay = 86_400_000;

/** Days from 1970-01-01 to an ISO date, by the proleptic Gregorian calendar of UTC (years below 100 taken as written). */
function epochDay(date: string): number {
  const at = new Date(0);
  at.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(at.getTime() / msPerDay);
}

/**
 * Calendar days from one ISO date (`YYYY-MM-DD`) to another: positive when
 * `to` is later. Both are read as calendar dates in UTC, so no time zone or
 * daylight-saving change can shift them. The one day count of the library:
 * the date rules of `validate` and the Parquet `DATE` columns (days since
 * 1970-01-01) use it.
 *
 * @example
 * ```ts
 * daysBetween("2022-02-10", "2022-03-01"); //=> 19
 * daysBetween("2020-02-28", "2020-03-01"); //=> 2
 * daysBetween("1970-01-01", "1969-12-31"); //=> -1
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}
