import { rangeMarks } from "../catalog/lexicon/quantityWords.js";
import { clauseStart } from "./clause.js";
import { anyOf } from "./wordPattern.js";

/**
 * 2020年以来, 自2019年起; and a span of years that opens its clause, whose first year a figure
 * counts from: 自2019年至2023年, 2019-2023年, 2019年—2023年 (a span inside the clause names what
 * is counted, not when: 查阅了1999年-2019年所有文件共1956份).
 */
const since: RegExp = /* @__PURE__ */ new RegExp(`(?:自|从)?(\\d{4})年(?:以来|来|至今|起)|(?:^|[,;:])\\s*(?:自|从)?(\\d{4})年?(?:${anyOf(rangeMarks)})\\d{4}年`);

/**
 * The year a figure is counted from, when the sentence before it says so
 * (`2020年来,累计…`, `自2019年以来`, or the first year of a span: `自2019年至2023年`,
 * `2019-2023年`), or `null`. Looks back at most 120
 * characters, to the start of the sentence.
 *
 * @example
 * ```ts
 * const text = "2020年来,累计开展检查52667次";
 * cumulativeSince(text, text.indexOf("52667")); //=> 2020
 * ```
 */
export function cumulativeSince(text: string, position: number): number | null {
  const found = since.exec(text.slice(clauseStart(text, position, true, 120), position));
  const year = found?.[1] ?? found?.[2];
  return year === undefined ? null : Number(year);
}
