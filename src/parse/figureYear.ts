import { lastYearWords, periodLinkWords, yearLeads, yearSpanWords } from "../catalog/lexicon/figureContext.js";
import { clauseCodes, sentenceCodes } from "./clause.js";
import { codeTable, isAsciiDigitCode } from "./characters.js";

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
 * The period named right before a figure at `start`, after a link word (2022年为18件, 上年同期为18件,
 * 由上年的15%, 2022年度的): its year, or null. 上年 and its kin need the report's year.
 */
function periodBefore(text: string, start: number, reportingYear: number | null): number | null {
  if (linkEndCodes[text.charCodeAt(start - 1)] !== 1) return null;
  const link = periodLinkWords.find((word) => text.endsWith(word, start));
  if (link === undefined) return null;
  const at = start - link.length;
  if (lastYearWords.some((word) => text.endsWith(word, at))) return reportingYear === null ? null : reportingYear - 1;
  return yearEndingAt(text, at);
}

/** The year a clause opens with at `at` (2022年…, 在2022年…, 2022年底), or null; none when a span starts there (2020年以来, 2019-2023年). */
function openingYear(text: string, at: number): number | null {
  let p = at;
  while (text.charCodeAt(p) === 0x20) p++;
  const lead = yearLeads.find((word) => text.startsWith(word, p));
  if (lead !== undefined) p += lead.length;
  for (let i = p; i < p + 4; i++) if (!isAsciiDigitCode(text.charCodeAt(i))) return null;
  if (text.charCodeAt(p + 4) !== 0x5e74 /* 年 */) return null;
  let after = p + 5;
  if (text.startsWith("度", after)) after++;
  if (yearSpanWords.some((word) => text.startsWith(word, after))) return null;
  return Number(text.slice(p, p + 4));
}

/**
 * The year the text names for the figure at `start`, in folded text: a period right before it
 * after a link word (2022年为18件, 上年同期为18件, 由上年的15%: 上年 is the year before
 * `reportingYear`), or else the year that opens its clause or the nearest earlier clause of its
 * sentence that opens with one (2022年全区办理…18件; 2022年,…18件,…20件), not a span's start (2020年以来,
 * 2019-2023年). Null when it names none. Reads at most 80 characters back; `yearNear` false (a
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
  for (let i = start - 1; i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x5e74 /* 年 */) year = true;
    else if (clauseCodes[code] === 1) {
      const opening = year ? openingYear(text, i + 1) : null;
      if (opening !== null) return opening;
      if (sentenceCodes[code] === 1) return null;
    }
  }
  // The text's first clause.
  return limit === 0 && year ? openingYear(text, 0) : null;
}
