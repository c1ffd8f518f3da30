import { daysInMonth } from "./daysInMonth.js";

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`
 * (`2021-02-29` is not: 2021 is no leap year). No time zone is involved.
 * Every year 0000–9999 is read in the proleptic Gregorian calendar, as ISO
 * 8601 does (0000 is a leap year, `0099-12-31` a date like any other); a
 * document of this domain has a year near 2000, which `ReportingYear` checks.
 *
 * @example
 * ```ts
 * isIsoDate("2021-02-23"); //=> true
 * isIsoDate("2021-2-23"); //=> false
 * isIsoDate("2021-02-29"); //=> false
 * isIsoDate("0050-06-30"); //=> true
 * ```
 */
export function isIsoDate(value: string): boolean {
  if (typeof value !== "string") return false;
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
