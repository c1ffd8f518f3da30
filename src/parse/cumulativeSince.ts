import { clauseStart } from "./clause.js";

const since = /(?:自|从)?(\d{4})年(?:以来|来|至今|起)/;

/**
 * The year a figure is counted from, when the sentence before it says so
 * (`2020年来,累计…`, `自2019年以来`), or `null`. Looks back at most 120
 * characters, to the start of the sentence.
 *
 * @example
 * ```ts
 * const text = "2020年来,累计开展检查52667次";
 * cumulativeSince(text, text.indexOf("52667")); //=> 2020
 * ```
 */
export function cumulativeSince(text: string, position: number): number | null {
  const year = since.exec(text.slice(clauseStart(text, position, true, 120), position))?.[1];
  return year === undefined ? null : Number(year);
}
