import { ruleOfLawWords, titleKindWords } from "../catalog/lexicon/documentKinds.js";
import { bilingualMessage, metadataYearMalformedMessage } from "../model/parseMessages.js";
import type { Issue } from "../model/issue.js";

/**
 * What `readReportingYear` gives: the year a document reports on or plans for
 * (or `null`), where it was read, and issues such as a year in the title that
 * cannot be a year (`20211年度`).
 *
 * @example
 * ```ts
 * const result: ReportingYearResult = readReportingYear("2021年某县法治政府建设工作要点", null);
 * result.year; //=> 2021
 * ```
 */
export interface ReportingYearResult {
  /** The year, from 1949 to 2100, or `null`. */
  readonly year: number | null;
  /** Issues met reading it. */
  readonly issues: readonly Issue[];
}

const minYear = 1949;
const maxYear = 2100;
const chineseYearDigits = "〇零一二三四五六七八九";
const yearDigits = `(?:\\d{4}|[${chineseYearDigits}]{4})`;

/** A year in a title: a digit run before 年, or a range (2021-2025年) whose first year counts. */
const titleYear = /* @__PURE__ */ (() => new RegExp(`(?<![\\d${chineseYearDigits}])(\\d+|[${chineseYearDigits}]{4})\\s*(?:[-—–~至到]\\s*${yearDigits}\\s*)?年`, "g"))();

/** A sentence that names the year it reports on: 现将我局2020年法治政府建设情况报告如下. */
const statedYear = /* @__PURE__ */ (() => new RegExp(
  `(?<![\\d《])(\\d{4})\\s*年度?[^。\\n《》]{0,15}?(?:${ruleOfLawWords.join("|")})[^。\\n《》]{0,20}?(?:${Object.keys(titleKindWords).join("|")})`,
  "g",
))();

/** A year named with the subject of these documents (一、2022年度法治政府建设的主要举措), a range's years left out. */
const subjectYear = /* @__PURE__ */ (() => new RegExp(`(?<![\\d《\\-—–~])(\\d{4})\\s*年度?(?!\\s*[-—–~])[^。\\n《》]{0,15}?(?:${ruleOfLawWords.join("|")})`, "g"))();

/** An opening paragraph that starts with its year: 2021年,在市委…; 2024年是… */
const openingYear = /^[ \t]*(\d{4})\s*年度?(?:以来)?(?:,|是|全[省市区县])/m;

/** Every year with 年 in a text, a range (2015-2020年) left out. */
const anyYear = /(?<![\d\-—–~])(\d{4})\s*年(?!\s*[-—–~])/g;

function yearValue(digits: string): number | null {
  let value = "";
  for (const ch of digits) {
    const chinese = chineseYearDigits.indexOf(ch);
    value += chinese >= 0 ? String(Math.max(0, chinese - 1)) : ch;
  }
  const year = Number(value);
  return /^\d{4}$/.test(value) && year >= minYear && year <= maxYear ? year : null;
}

/** Whether `index` lies inside a 《…》 title that opened at most 80 characters before. */
function insideBookTitle(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

function malformedYear(raw: string, start: number): Issue {
  return {
    code: "metadata.yearMalformed",
    severity: "warning",
    path: ["reportingYear"],
    message: bilingualMessage(metadataYearMalformedMessage, { raw }),
    params: { raw, min: minYear, max: maxYear },
    span: { start, end: start + raw.length },
  };
}

/**
 * Reads the year a document reports on (an annual report) or plans for (a
 * plan), from `text` (ASCII-folded, see `foldText`) and its title: the
 * title's first year (the first year of a multi-year plan, 2021-2025年 →
 * 2021); else a sentence that announces it (现将我局2020年法治政府建设情况报告如下);
 * else the year the opening paragraph starts with (2021年,在市委…); else a
 * year named with the report's subject (2020年法治政府建设情况), not inside a
 * cited 《》 title; else a year named with 法治 in the first 3000 characters
 * (一、2022年度法治政府建设的主要举措); else the year the text names most often, if one is named more often than any other.
 * A year in the title that cannot be one (`20211年度`) gives a
 * `metadata.yearMalformed` issue with its span, and the year comes from the body.
 *
 * @example
 * ```ts
 * readReportingYear("", { text: "某市法治政府建设实施方案(2021-2025年)", start: 0 }).year; //=> 2021
 * readReportingYear("2022年,在县委领导下…", null).year; //=> 2022
 * readReportingYear("", { text: "某县20211年度法治政府建设报告", start: 0 }).issues[0]?.code; //=> "metadata.yearMalformed"
 * ```
 */
export function readReportingYear(text: string, title: { readonly text: string; readonly start: number } | null): ReportingYearResult {
  const issues: Issue[] = [];
  if (title) {
    for (const match of title.text.matchAll(titleYear)) {
      const digits = match[1] ?? "";
      const year = yearValue(digits);
      if (year !== null) return { year, issues };
      if (/^\d{4,}$/.test(digits)) {
        const at = text.indexOf(digits, title.start);
        issues.push(malformedYear(digits, at >= 0 ? at : title.start + match.index));
      }
    }
  }
  const head = text.slice(0, 8000);
  const stated: { year: number; announced: boolean }[] = [];
  for (const match of head.matchAll(statedYear)) {
    const year = yearValue(match[1] ?? "");
    if (year === null || insideBookTitle(head, match.index)) continue;
    // 现将…2020年…报告如下: the report names its own year.
    const end = match.index + match[0].length;
    const announced = /^[^。\n]{0,12}如下/.test(head.slice(end, end + 16)) || /现将[^。\n]{0,12}$/.test(head.slice(Math.max(0, match.index - 14), match.index));
    stated.push({ year, announced });
    if (announced) return { year, issues };
  }
  const opening = openingYear.exec(head.slice(0, 3000));
  const openingValue = opening ? yearValue(opening[1] ?? "") : null;
  if (openingValue !== null) return { year: openingValue, issues };
  if (stated[0]) return { year: stated[0].year, issues };
  for (const match of head.slice(0, 3000).matchAll(subjectYear)) {
    const year = yearValue(match[1] ?? "");
    if (year !== null && !insideBookTitle(head, match.index)) return { year, issues };
  }
  const counts = new Map<number, number>();
  for (const match of head.matchAll(anyYear)) {
    const year = yearValue(match[1] ?? "");
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const year = first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
  return { year, issues };
}
