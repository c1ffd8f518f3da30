import { isIsoDate } from "../model/isIsoDate.js";
import type { Issue } from "../model/issue.js";
import { bilingualMessage, dateMalformedMessage } from "../model/parseMessages.js";
import { parseChineseNumber } from "./chineseNumber.js";

/**
 * What `parseDate` gives: the ISO date (or `null`), and an issue when the text
 * is not a well-formed date (`2022225` gives its one valid reading, 2022-02-25,
 * plus a `date.malformed` issue).
 *
 * @example
 * ```ts
 * const result: DateParseResult = parseDate("2021年2月23日");
 * result.date; //=> "2021-02-23"
 * ```
 */
export interface DateParseResult {
  /** The date as `YYYY-MM-DD`, or `null` when there is no valid reading. */
  readonly date: string | null;
  /** Why the text is not a well-formed date, if it is not. */
  readonly issue?: Issue;
}

const pad = (n: number): string => String(n).padStart(2, "0");

function iso(year: number, month: number, day: number): string | null {
  const date = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? date : null;
}

function chineseInt(s: string): number | null {
  const parsed = parseChineseNumber(s);
  return parsed.ok && parsed.value.isInteger() ? parsed.value.toNumber() : null;
}

/** The longest raw text shown in a `date.malformed` issue; a longer one is cut with `…`. */
const maxShown = 40;

function malformed(raw: string, reading: string | null, readings: readonly string[] = []): Issue {
  const params = {
    raw: raw.length > maxShown ? `${raw.slice(0, maxShown)}…` : raw,
    reading,
    ...(readings.length > 1 ? { readings: readings.join("、") } : {}),
    readingZh: reading === null ? "无法确定日期" : `按${reading}理解`,
    readingEn: reading === null ? "it has no single reading" : `read as ${reading}`,
  };
  return {
    code: "date.malformed",
    severity: reading === null ? "error" : "warning",
    path: [],
    message: bilingualMessage(dateMalformedMessage, params),
    params,
  };
}

/** Forms of a date, each with named groups year, month, day. */
const datePatterns: readonly RegExp[] = [
  /^(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日$/,
  /^(?<year>\d{4})\s*[-/.．]\s*(?<month>\d{1,2})\s*[-/.．]\s*(?<day>\d{1,2})$/,
  /^(?<year>[〇零一二三四五六七八九]{4})年(?<month>[一二三四五六七八九十]{1,2})月(?<day>[一二三四五六七八九十]{1,3})日$/,
];

/**
 * Reads a calendar date as Chinese documents write it: `2021年2月23日`,
 * `2021-02-23`, `2021/2/23`, `2021.2.23`, `二〇二一年二月二十三日`, with
 * full-width digits too. A run of digits without separators (`2022225`) gives
 * its one valid reading with a `date.malformed` warning, or `null` with an
 * error when it has none or several.
 *
 * @example
 * ```ts
 * parseDate("二〇二一年二月二十三日").date; //=> "2021-02-23"
 * parseDate("2022225"); //=> { date: "2022-02-25", issue: { code: "date.malformed", … } }
 * parseDate("2021年2月30日").date; //=> null
 * ```
 */
export function parseDate(raw: string): DateParseResult {
  const s = raw.trim().replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (s.length > 40) return { date: null, issue: malformed(raw, null) };
  for (const pattern of datePatterns) {
    const groups = pattern.exec(s)?.groups;
    if (!groups) continue;
    const [year, month, day] = [groups["year"], groups["month"], groups["day"]].map((part) =>
      /^\d+$/.test(part ?? "") ? Number(part) : chineseInt(part ?? ""),
    );
    const date = year != null && month != null && day != null ? iso(year, month, day) : null;
    return date ? { date } : { date: null, issue: malformed(raw, null) };
  }
  const compact = /^(\d{4})(\d{2,4})$/.exec(s);
  if (compact) {
    const year = Number(compact[1]);
    const rest = compact[2] ?? "";
    const readings = new Set<string>();
    for (let cut = 1; cut < rest.length; cut++) {
      const date = iso(year, Number(rest.slice(0, cut)), Number(rest.slice(cut)));
      if (date && rest.slice(0, cut).length <= 2 && rest.slice(cut).length <= 2) readings.add(date);
    }
    const only = readings.size === 1 ? [...readings][0] ?? null : null;
    return { date: only, issue: malformed(raw, only, [...readings]) };
  }
  return { date: null, issue: malformed(raw, null) };
}

/**
 * A date found in a text, with its raw form and span.
 *
 * @example
 * ```ts
 * const found: FoundDate = findDates("2021年2月23日")[0]!;
 * ```
 */
export interface FoundDate {
  /** The text as written. */
  readonly raw: string;
  /** The ISO date, or `null` when the text has no valid reading. */
  readonly date: string | null;
  /** Where it stands in the text (UTF-16 offsets). */
  readonly span: { readonly start: number; readonly end: number };
  /** Why it is not a well-formed date, if it is not. */
  readonly issue?: Issue;
}

const writtenDate = "\\d{4} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日";
const numericDate = "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}";
const chineseDate = "[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日";

/**
 * The written forms of a full date (2021年2月23日, 2021-02-23, 二〇二一年二月二十三日)
 * as a regular-expression source without anchors or groups, for every reader that looks for dates.
 *
 * @internal
 */
export const dateForms: string = /* @__PURE__ */ (() => [writtenDate, numericDate, chineseDate].join("|"))();

const wideDigit = "[0-9\\uff10-\\uff19]";
const wideSpace = "[ \\u3000]?";
const wideSeparator = "[-/.\\uff0d\\uff0f\\uff0e]";

/**
 * The written forms of a full date as `dateForms` gives them, with full-width
 * digits, separators and ideographic spaces accepted too, for a reader that
 * looks for dates in text it has not folded (a 落款 at the end of a long page).
 *
 * @internal
 */
export const dateFormsAnyWidth: string = /* @__PURE__ */ (() => [
  `${wideDigit}{4}${wideSpace}年${wideSpace}${wideDigit}{1,2}${wideSpace}月${wideSpace}${wideDigit}{1,2}${wideSpace}日`,
  `${wideDigit}{4}${wideSeparator}${wideDigit}{1,2}${wideSeparator}${wideDigit}{1,2}`,
  chineseDate,
].join("|"))();

/** A date in running text: a numeric date must not run on into more digits or a decimal point. */
const dateInText = /* @__PURE__ */ (() => new RegExp([writtenDate, `${numericDate}(?![\\d.])`, chineseDate].join("|"), "g"))();

/**
 * Every full date (year, month and day) written in a text, in order.
 *
 * @example
 * ```ts
 * findDates("时间:2021-07-02来源:朝阳市交通运输局").map((d) => d.date); //=> ["2021-07-02"]
 * ```
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(dateInText)) {
    const { date, issue } = parseDate(match[0]);
    const span = { start: match.index, end: match.index + match[0].length };
    found.push(issue ? { raw: match[0], date, span, issue: { ...issue, span } } : { raw: match[0], date, span });
  }
  return found;
}
