import { lastYearWords, samePeriodWord } from "../catalog/lexicon/figureContext.js";
import { qualifierPrefixes, subjectLinks } from "../catalog/lexicon/quantityWords.js";
import { clauseEnds, codeTable, isAsciiDigitCode, sentenceEnds } from "./characters.js";
import { anyOf, byFirstCode, trailingWordsStart } from "./wordPattern.js";

/** @internal The characters that end a sentence, as a table by UTF-16 code. */
export const sentenceCodes: Uint8Array = /* @__PURE__ */ codeTable(sentenceEnds);
/** @internal The characters that end a clause, as a table by UTF-16 code. */
export const clauseCodes: Uint8Array = /* @__PURE__ */ codeTable(clauseEnds);

/** How far the readers look back or ahead for words about a number: bounded, so reading stays linear. */
const reach = 80;

/** Whether the character at `i` is a comma that groups a number's digits (3,195万元): a digit before it, exactly three after it. */
function isGroupingComma(text: string, i: number): boolean {
  return (
    text.charCodeAt(i) === 0x2c &&
    isAsciiDigitCode(text.charCodeAt(i - 1)) &&
    isAsciiDigitCode(text.charCodeAt(i + 1)) &&
    isAsciiDigitCode(text.charCodeAt(i + 2)) &&
    isAsciiDigitCode(text.charCodeAt(i + 3)) &&
    !isAsciiDigitCode(text.charCodeAt(i + 4))
  );
}

/**
 * The start of the clause (or, with `sentence`, the sentence) around
 * `position`, looking back at most `within` characters (80 by default).
 *
 * @internal
 */
export function clauseStart(text: string, position: number, sentence = false, within = reach): number {
  const ends = sentence ? sentenceCodes : clauseCodes;
  const limit = Math.max(0, position - within);
  for (let i = position - 1; i >= limit; i--) if (ends[text.charCodeAt(i)] === 1 && !isGroupingComma(text, i)) return i + 1;
  return limit;
}

/**
 * The end of the clause (or sentence) around `position`, looking ahead at most 80 characters.
 *
 * @internal
 */
export function clauseEnd(text: string, position: number, sentence = false): number {
  const ends = sentence ? sentenceCodes : clauseCodes;
  const limit = Math.min(text.length, position + reach);
  for (let i = position; i < limit; i++) if (ends[text.charCodeAt(i)] === 1 && !isGroupingComma(text, i)) return i;
  return limit;
}

/** Link words and bounds (共计, 为, 约 …): what alone may stand between a label's colon and its figure. */
const linkWords: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => byFirstCode([...subjectLinks, ...qualifierPrefixes.map(([word]) => word)], true))();

/** A period at the start of what stands between a label's colon and its figure (…申请:2022年18件, :上年同期29件). */
const periodFirst: RegExp = /* @__PURE__ */ new RegExp(`^\\s*(?:\\d{4}年度?|${anyOf(lastYearWords)})(?:${samePeriodWord})?`);

/**
 * Whether `between` is link words alone, with spaces, or nothing, after a period if one opens it (a
 * linear pass: a pattern of them backtracked 2^n ways).
 */
function linksOnly(between: string): boolean {
  return trailingWordsStart(between.replace(periodFirst, "").replace(/\s+/g, ""), linkWords) === 0;
}

/**
 * The start of the clause that names the figure at `position`: its own clause, or, when the
 * figure opens its clause right after a colon with at most a period and link words before it (行政处罚案件数:856件,
 * 罚没款:共计1,234.5万元, 受理行政复议申请:2022年18件), the label before the colon, whose clause starts
 * there. On folded text.
 *
 * @internal
 */
export function namingClauseStart(text: string, position: number): number {
  const start = clauseStart(text, position);
  if (start === 0 || text.charCodeAt(start - 1) !== 0x3a /* : */ || !linksOnly(text.slice(start, position))) return start;
  return clauseStart(text, start - 1);
}
