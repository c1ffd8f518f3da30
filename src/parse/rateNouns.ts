import { indicators } from "../catalog/indicators.js";
import { listSeparators, rateLinkWords, respectiveWords } from "../catalog/lexicon/figureContext.js";
import type { Indicator } from "../model/indicator.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import { clauseStart } from "./clause.js";
import { anyOf } from "./wordPattern.js";

/** Rate indicators, each with the signal words and name that end in 率. */
const rateWords: readonly (readonly [Indicator, readonly string[]])[] = /* @__PURE__ */ (() => indicators
  .filter((indicator) => indicator.unit === "%")
  .map((indicator) => [indicator, [...indicator.signals, indicator.nameZh].filter((word) => word.endsWith("率"))]))();

/** Linking words at the end of the text before a rate's figure. */
const rateLink: RegExp = /* @__PURE__ */ new RegExp(`(?:${anyOf(rateLinkWords)})+$`);

/**
 * A rate without a matching signal, read by the noun before it: 行政机关出庭率
 * ends in 出庭率, which only 负责人出庭率 (litigation.headAppearanceRate) also
 * ends in. Only a noun that fits exactly one rate indicator counts, and one
 * whose indicator names objects only with one of them in the sentence.
 *
 * @internal
 */
export function rateByNoun(text: string, start: number): IndicatorCode | null {
  const before = text.slice(Math.max(0, start - 12), start).replace(rateLink, "");
  const noun = /([\u4e00-\u9fa5]{2})率$/.exec(before)?.[0];
  if (noun === undefined) return null;
  const fits = rateWords.filter(([, words]) => words.some((word) => word.endsWith(noun)));
  const [indicator] = fits.length === 1 ? (fits[0] ?? []) : [];
  if (indicator === undefined) return null;
  if (indicator.objects.length === 0) return indicator.code;
  const sentence = text.slice(clauseStart(text, start, true), start);
  return indicator.objects.some((object) => sentence.includes(object)) ? indicator.code : null;
}

/** A separator between two rates of a list: only after a 率, so that 报备及时率 or 和解率 stay whole. */
const rateListSeparator: RegExp = /* @__PURE__ */ new RegExp(`(?<=率)(?:${anyOf(listSeparators)})`);

/** The catalog rate a list item names (行政诉讼败诉率 → litigation.lossRate), by the longest rate word it ends with. */
function rateOfItem(item: string, sentence: string): IndicatorCode | null {
  let best: { code: IndicatorCode; length: number } | null = null;
  for (const [indicator, words] of rateWords) {
    for (const word of words) {
      if (!item.endsWith(word) || (best !== null && word.length <= best.length)) continue;
      const bare = word.length <= 3 && indicator.objects.length > 0;
      if (bare && !indicator.objects.some((object) => sentence.includes(object))) continue;
      best = { code: indicator.code, length: word.length };
    }
  }
  return best?.code ?? null;
}

/**
 * The rate of a figure in a list paired with a list of rates (纠错率、败诉率
 * 分别为5%、3%): the k-th figure after 分别 takes the k-th rate before it, or
 * `null` when that rate is not in the catalog; `undefined` when the figure is
 * in no such list.
 *
 * @internal
 */
export function rateOfRespectiveList(text: string, start: number): IndicatorCode | null | undefined {
  const sentenceStart = clauseStart(text, start, true);
  const before = text.slice(sentenceStart, start);
  let cut = -1;
  let cutWord = "";
  for (const word of respectiveWords) {
    const at = before.lastIndexOf(word);
    if (at > cut) [cut, cutWord] = [at, word];
  }
  if (cut < 0) return undefined;
  const position = before.slice(cut + cutWord.length).split("%").length - 1;
  const rates = before
    .slice(0, cut)
    .split(rateListSeparator)
    .map((item) => item.trim())
    .filter((item) => item.endsWith("率"));
  const item = rates[position];
  return item === undefined ? null : rateOfItem(item, before);
}
