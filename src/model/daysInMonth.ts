/**
 * The number of days of a month (1–12) of a year, in the proleptic Gregorian
 * calendar (`isIsoDate`'s): February has 29 in a leap year (every fourth, but
 * not a century unless every fourth century). The one place the calendar's
 * month lengths are written.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); //=> 29
 * daysInMonth(2100, 2); //=> 28
 * daysInMonth(2023, 9); //=> 30
 * ```
 *
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
