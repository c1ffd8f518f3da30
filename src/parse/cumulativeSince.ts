import { eraStartYears, recentYearsWords, sinceWords } from "../catalog/lexicon/figureContext.js";
import { rangeMarks } from "../catalog/lexicon/quantityWords.js";
import { parseChineseNumber } from "./chineseNumber.js";
import { clauseStart } from "./clause.js";
import { anyOf } from "./wordPattern.js";

/**
 * 2020年以来, 自2019年起; and a span of years that opens its clause, whose first year a figure
 * counts from: 自2019年至2023年, 2019-2023年, 2019年—2023年 (a span inside the clause names what
 * is counted, not when: 查阅了1999年-2019年所有文件共1956份).
 */
const since: RegExp = /* @__PURE__ */ new RegExp(`(?:自|从)?(\\d{4})年(?:${anyOf(sinceWords)})|(?:^|[,;:])\\s*(?:自|从)?(\\d{4})年?(?:${anyOf(rangeMarks)})\\d{4}年`);

/** An era and 以来 (“十四五”以来, 党的十八大以来): the era's first year. */
const eraSince: RegExp = /* @__PURE__ */ new RegExp(`(${anyOf(Object.keys(eraStartYears))})[”"]?(?:时期)?(?:以来|来)`);

/**
 * A number of years up to the report's own: 近三年, 近5年来, 三年来 (a number of one or two
 * characters, no year's digits before it: 2020年来 is a year).
 */
const recentYears: RegExp = /* @__PURE__ */ new RegExp(
  `(?:${anyOf(recentYearsWords)})([一二两三四五六七八九十\\d]{1,2})年(?:来|以来)?|(?<![\\d〇零一二三四五六七八九十])([一二两三四五六七八九十\\d]{1,2})年(?:来|以来)`,
);

/**
 * The year a figure is counted from, when the sentence before it says so
 * (`2020年来,累计…`, `自2019年以来`, or the first year of a span: `自2019年至2023年`,
 * `2019-2023年`; an era: `“十四五”以来`, `党的十八大以来`; and, given the year the
 * report is for, a number of years up to it: `近三年来`, `近5年`, `三年来` in a 2023
 * report count from 2021, 2019, 2021), or `null`. Looks back at most 120
 * characters, to the start of the sentence.
 *
 * @example
 * ```ts
 * const text = "2020年来,累计开展检查52667次";
 * cumulativeSince(text, text.indexOf("52667")); //=> 2020
 * const recent = "近三年来,共办理行政复议案件86件";
 * cumulativeSince(recent, recent.indexOf("86"), 2023); //=> 2021
 * ```
 */
export function cumulativeSince(text: string, position: number, reportingYear: number | null = null): number | null {
  const before = text.slice(clauseStart(text, position, true, 120), position);
  const found = since.exec(before);
  const year = found?.[1] ?? found?.[2];
  if (year !== undefined) return Number(year);
  // Most figures follow none of these: an era and 三年来 need 来, 近三年 a word of recentYearsWords.
  const lai = before.includes("来");
  const era = lai ? eraSince.exec(before)?.[1] : undefined;
  if (era !== undefined) return eraStartYears[era] ?? null;
  if (reportingYear === null || !(lai || recentYearsWords.some((word) => before.includes(word)))) return null;
  const recent = recentYears.exec(before);
  const count = recent?.[1] ?? recent?.[2];
  if (count === undefined) return null;
  const years = parseChineseNumber(count);
  return years.ok && years.value.isInteger() && years.value.gt(0) ? reportingYear - years.value.toNumber() + 1 : null;
}
