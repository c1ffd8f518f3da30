import { lastYearWords, periodLinkWords, samePeriodWord, yearLeads, yearSpanWords, yearSubjectEndings, yearSubjectScopes } from "../catalog/lexicon/figureContext.js";
import { rangeMarks } from "../catalog/lexicon/quantityWords.js";
import { clauseCodes, sentenceCodes } from "./clause.js";
import { codeTable, isAsciiDigitCode, isChineseNumeralAt } from "./characters.js";

/** The last characters of the link words: a figure after none of them has no period right before it. */
const linkEndCodes: Uint8Array = /* @__PURE__ */ codeTable(periodLinkWords.map((word) => word.charAt(word.length - 1)));

/**
 * How far back a figure's sentence is read for a year that opens one of its clauses, in characters.
 *
 * @internal
 */
export const figureYearReach = 80;

/** The year of four ASCII digits and 年 (年度) that ends at `end`, or null (12022年 is none). */
function yearEndingAt(text: string, end: number): number | null {
  let at = end;
  if (text.endsWith("年度", at)) at -= 2;
  else if (text.endsWith("年", at)) at -= 1;
  else return null;
  for (let i = at - 4; i < at; i++) if (!isAsciiDigitCode(text.charCodeAt(i))) return null;
  if (at - 4 < 0 || isAsciiDigitCode(text.charCodeAt(at - 5))) return null;
  return Number(text.slice(at - 4, at));
}

/**
 * The year written right before a figure at `start` (行政复议案件2022年18件, 罚没款2022年度326.4万元), or
 * null; none at a span's end (2019-2022年86件, 2019年至2022年).
 */
function yearRightBefore(text: string, start: number): number | null {
  const year = yearEndingAt(text, start);
  if (year === null) return null;
  const digits = start - (text.endsWith("年度", start) ? 6 : 5);
  return rangeMarks.some((mark) => text.endsWith(mark, digits) || text.endsWith(`年${mark}`, digits)) ? null : year;
}

/**
 * The period named right before a figure at `start`, after a link word (2022年为18件, 上年同期为18件,
 * 由上年的15%, 2022年度的, 2022年同期的) or with none (行政复议案件2022年18件): its year, or null. 上年 and its kin
 * need the report's year.
 */
function periodBefore(text: string, start: number, reportingYear: number | null): number | null {
  const code = text.charCodeAt(start - 1);
  if (code === 0x5e74 /* 年 */ || code === 0x5ea6 /* 度 */) return yearRightBefore(text, start);
  if (linkEndCodes[code] !== 1) return null;
  const link = periodLinkWords.find((word) => text.endsWith(word, start));
  if (link === undefined) return null;
  let at = start - link.length;
  if (lastYearWords.some((word) => text.endsWith(word, at))) return reportingYear === null ? null : reportingYear - 1;
  // 2022年同期的281件: the same months of 2022.
  if (text.endsWith(samePeriodWord, at)) at -= samePeriodWord.length;
  return yearEndingAt(text, at);
}

/** How long the subject before a clause's year may be (县市场监督管理局, 全市各级行政机关), in characters. */
const maxYearSubject = 14;

/** The year of four ASCII digits and 年 (年度) at `p`, or null; none when a span starts there (2020年以来, 2019-2023年). */
function yearAt(text: string, p: number): number | null {
  for (let i = p; i < p + 4; i++) if (!isAsciiDigitCode(text.charCodeAt(i))) return null;
  if (text.charCodeAt(p + 4) !== 0x5e74 /* 年 */) return null;
  let after = p + 5;
  if (text.startsWith("度", after)) after++;
  if (yearSpanWords.some((word) => text.startsWith(word, after))) return null;
  return Number(text.slice(p, p + 4));
}

/** Whether `subject` (CJK characters alone) names who acts: a scope (全区, 我局) or a body (县市场监管局, 全市各级行政机关). */
function isYearSubject(subject: string): boolean {
  return yearSubjectScopes.includes(subject) || yearSubjectEndings.some((word) => subject.length > word.length && subject.endsWith(word));
}

/**
 * The year that stands after a clause's subject at `at` (全区2022年共收到…, 我局在2022年…): the subject at
 * most `maxYearSubject` CJK characters that name who acts (`isYearSubject`), then a year that is no
 * span's start and no date's (2022年3月); or null.
 */
function subjectYear(text: string, at: number): number | null {
  let q = at;
  const limit = Math.min(text.length, at + maxYearSubject + 1);
  while (q < limit && !isAsciiDigitCode(text.charCodeAt(q))) {
    const code = text.charCodeAt(q);
    if (code < 0x4e00 || code > 0x9fff) return null;
    q++;
  }
  if (q === at || q === limit) return null;
  let subject = text.slice(at, q);
  const lead = yearLeads.find((word) => subject.endsWith(word));
  if (lead !== undefined) subject = subject.slice(0, -lead.length);
  if (!isYearSubject(subject)) return null;
  const year = yearAt(text, q);
  // 我局2022年3月出台…: a date, the day of one act, not the clause's period.
  const after = text.startsWith("度", q + 5) ? q + 6 : q + 5;
  return year === null || isAsciiDigitCode(text.charCodeAt(after)) || isChineseNumeralAt(text, after) ? null : year;
}

/**
 * The year a clause opens with at `at` (2022年…, 在2022年…, 2022年底), or that stands after its subject
 * (全区2022年共…, 我局2022年…); null when none, or when a span starts there (2020年以来, 2019-2023年).
 */
function openingYear(text: string, at: number): number | null {
  let p = at;
  while (text.charCodeAt(p) === 0x20) p++;
  const lead = yearLeads.find((word) => text.startsWith(word, p));
  if (lead !== undefined) p += lead.length;
  return isAsciiDigitCode(text.charCodeAt(p)) ? yearAt(text, p) : subjectYear(text, p);
}

/**
 * The year the text names for the figure at `start`, in folded text: a period right before it
 * after a link word or with none (2022年为18件, 上年同期为18件, 由上年的15%: 上年 is the year before
 * `reportingYear`; 行政复议案件2022年18件, not at a span's end: 2019-2022年86件), or else the year that opens its clause or the nearest earlier clause of its
 * sentence that opens with one (2022年全区办理…18件; 2022年,…18件,…20件) or names it right after its
 * subject (全区2022年共收到…18件, 我局2022年…), not a span's start (2020年以来, 2019-2023年) nor a date's
 * (我局2022年3月…). Null when it names none. Reads at most 80 characters back; `yearNear` false (a
 * reader that knows no year is written within them) skips the clauses.
 *
 * @internal
 */
export function figureYear(text: string, start: number, reportingYear: number | null, yearNear = true): number | null {
  const named = periodBefore(text, start, reportingYear);
  if (named !== null || !yearNear) return named;
  const limit = Math.max(0, start - figureYearReach);
  // One pass back to the sentence's start: a clause is looked at only when a 年 stands after its start.
  let year = false;
  let own = true;
  for (let i = start - 1; i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x5e74 /* 年 */) year = true;
    else if (clauseCodes[code] === 1) {
      const opening = year ? openingYear(text, i + 1) : null;
      // An earlier clause of the same months of another year (…,2022年同期为1,102起,同比增长16.7%) states the level
      // the figure before it is compared with: no period of the clauses after it.
      if (opening !== null && (own || !isSamePeriodOf(text, i + 1))) return opening;
      if (sentenceCodes[code] === 1) return null;
      own = false;
    }
  }
  // The text's first clause.
  return limit === 0 && year ? openingYear(text, 0) : null;
}

/** Whether the clause at `at` opens with a year and 同期 (2022年同期为…), at most a lead and spaces before it. */
function isSamePeriodOf(text: string, at: number): boolean {
  const year = text.indexOf("年", at);
  return year >= 0 && year - at <= 8 && text.startsWith(samePeriodWord, year + 1);
}
