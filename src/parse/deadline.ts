import { deadlinePeriodEnds } from "../catalog/lexicon/unitNotes.js";

/** A year, with a month and a day after it if written (`2024年`, `2024年9月`, `2024年10月31日`). */
const yearMonthDay = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g;
const periodWords = /* @__PURE__ */ (() => Object.keys(deadlinePeriodEnds).sort((a, b) => b.length - a.length))();
/** What may stand between a year and the word of its part (`2024年第三季度`). */
const periodLead = "第";

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The last day of a month (1–12) of a year, by the Gregorian calendar. */
function lastDay(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The day a deadline as written ends on, as an ISO date, or `null` when it
 * names none (`持续推进`, `长期坚持`, a month without its year): the last date
 * with its year it names, a month to its last day (`2024年9月`,
 * `2024年12月底前`), a part of a year to its end (`2024年上半年`,
 * `2024年第三季度`, `2024年底前`), a year alone to its last day. Reads folded
 * text (ASCII digits); linear in it.
 *
 * @internal
 */
export function deadlineDate(written: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const match of written.matchAll(yearMonthDay)) last = match;
  if (last === null) return null;
  const year = Number(last[1]);
  const month = last[2] === undefined ? 0 : Number(last[2]);
  const day = last[3] === undefined ? 0 : Number(last[3]);
  if (month > 0) {
    if (month > 12 || day > lastDay(year, month) || (last[3] !== undefined && day < 1)) return null;
    return `${year}-${pad(month)}-${pad(day > 0 ? day : lastDay(year, month))}`;
  }
  let at = (last.index ?? 0) + last[0].length;
  if (written.startsWith(periodLead, at)) at += periodLead.length;
  const word = periodWords.find((w) => written.startsWith(w, at));
  return `${year}-${word === undefined ? "12-31" : deadlinePeriodEnds[word]}`;
}
