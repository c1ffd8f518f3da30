import { rangeMarks } from "../catalog/lexicon/quantityWords.js";
import { deadlineClosingWords, deadlineDateWords, deadlinePeriodEnds, deadlineTenDayEnds } from "../catalog/lexicon/unitNotes.js";
import { escapeRegExp } from "./wordPattern.js";
import { daysInMonth } from "../model/daysInMonth.js";

/** A part of a month that ends before its last day (`上旬`, `中旬`). */
const tenDays = /* @__PURE__ */ (() => Object.keys(deadlineTenDayEnds).join("|"))();
/** A year, with a month and a day (or a part of the month) after it if written (`2024年`, `2024年9月`, `2024年10月31日`, `2024年11月中旬`). */
const yearMonthDay = /* @__PURE__ */ (() => new RegExp(`(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日|(${tenDays}))?)?`, "g"))();
/** A month, with a day (or a part of the month) after it if written (`6月`, `10月15日`, `6月上旬`). */
const monthDay = /* @__PURE__ */ (() => new RegExp(`(\\d{1,2})月(?:(\\d{1,2})日|(${tenDays}))?`, "g"))();
const periodWords = /* @__PURE__ */ (() => Object.keys(deadlinePeriodEnds).sort((a, b) => b.length - a.length))();
/** A range's mark and then the part of a year it ends with (`至年底`, `至第三季度末`), after a year's date. */
const rangeToPart = /* @__PURE__ */ (() => new RegExp(`^[ \\t]*(?:${rangeMarks.join("|")})[ \\t]*`))();
/** How far after a year a range's end may stand. */
const rangeWindow = 16;
/** What may stand between a year and the word of its part (`2024年第三季度`). */
const periodLead = "第";

/**
 * A deadline and nothing else (`2024年6月底前完成`, `2024年3月至6月`, `2024年第三季度末前`): numbers and the
 * words of a date, a range or a part of a year, then a closing word (完成, 办结) if any; it names a month or a year.
 */
const deadlinePhrase = /* @__PURE__ */ (() => {
  const words = [...deadlineDateWords, ...Object.keys(deadlinePeriodEnds), ...rangeMarks].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`^(?=.*(?:\\d{4}年|\\d{1,2}月))(?:\\d{1,4}|${words.join("|")})+(?:${deadlineClosingWords.join("|")})?$`);
})();

/** How long a deadline written as a sentence of its own may be. */
const deadlinePhraseMax = 24;

/**
 * Whether a piece of folded text is a deadline and nothing else: a date, a range or a part of a year, a
 * closing word after it (`2024年6月底前完成`, `2024年3月至6月`); not a sentence with a date in it
 * (`2024年6月底前完成案卷评查`). Reads at most a short piece: a longer one is none.
 *
 * @internal
 */
export function isDeadlinePhrase(piece: string): boolean {
  return piece.length <= deadlinePhraseMax && deadlinePhrase.test(piece);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The day a deadline as written ends on, as an ISO date, or `null` when it
 * names none (`持续推进`, `长期坚持`, a month without its year): the last date
 * with its year it names, a month to its last day (`2024年9月`,
 * `2024年12月底前`) or to the end of its part (`2024年11月中旬`: 2024-11-20), a part of a year to its end (`2024年上半年`,
 * `2024年第三季度`, `2024年底前`), a year alone to its last day; a range
 * ends on the day its end names (`2024年3月至6月`, `2024年3-6月`: 2024-06-30;
 * `2024年3月至年底`: 2024-12-31), and so does a month written after the last
 * date without its year (`2024年3月启动,6月底前完成`: 2024-06-30). Given the
 * plan's `year`, a deadline written without one (`6月底前`, `年底前`, `上半年`)
 * is in it. Reads folded text (ASCII digits); linear in it.
 *
 * @internal
 */
export function deadlineDate(written: string, year: number | null = null): string | null {
  let last: RegExpExecArray | null = null;
  for (const match of written.matchAll(yearMonthDay)) last = match;
  if (last === null) return year === null ? null : withoutYear(written, year);
  const y = Number(last[1]);
  const after = (last.index ?? 0) + last[0].length;
  // A month after the last date, in its year, is the later end (至6月, 3-6月, 3月启动,6月底前完成).
  let later: RegExpExecArray | null = null;
  for (const match of written.slice(after).matchAll(monthDay)) later = match;
  if (later !== null) return dayOf(y, Number(later[1]), later[2] ?? deadlineTenDayEnds[later[3] ?? ""]);
  // A range to a part of the year (至年底, 至第三季度末) ends where that part does.
  const range = rangeToPart.exec(written.slice(after, after + rangeWindow));
  const end = range === null ? null : partEnd(y, written, after + range[0].length);
  if (end !== null) return end;
  const month = last[2] === undefined ? 0 : Number(last[2]);
  if (month > 0) return dayOf(y, month, last[3] ?? deadlineTenDayEnds[last[4] ?? ""]);
  return partEnd(y, written, after) ?? `${last[1]}-12-31`;
}

/** The ISO date of a day of a month (its last day when `day` is not written), or `null` for none. */
function dayOf(year: number, month: number, day: string | undefined): string | null {
  const d = day === undefined ? daysInMonth(year, month) : Number(day);
  if (month < 1 || month > 12 || d < 1 || d > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** The end of the part of `year` whose word stands at `at` (`上半年`, `第三季度`, `底`), or `null`. */
function partEnd(year: number, written: string, at: number): string | null {
  const from = written.startsWith(periodLead, at) ? at + periodLead.length : at;
  const word = periodWords.find((w) => written.startsWith(w, from));
  return word === undefined ? null : `${year}-${deadlinePeriodEnds[word]}`;
}

/** A deadline without its year (`6月底前`, `10月15日前`, `年底前`, `上半年`) in `year`: the last month it names, else a part at its start. */
function withoutYear(written: string, year: number): string | null {
  let last: RegExpExecArray | null = null;
  for (const match of written.matchAll(monthDay)) last = match;
  return last === null ? partEnd(year, written, 0) : dayOf(year, Number(last[1]), last[2] ?? deadlineTenDayEnds[last[3] ?? ""]);
}
