import { chineseDigits, chineseGroupUnits, chineseSmallUnits } from "../catalog/units.js";

/**
 * Character classes the text readers share.
 *
 * @internal
 */
export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** @internal Whether a character is a full-width digit (０-９). */
export function isFullWidthDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "０" && ch <= "９";
}

/** @internal Whether a character is an ASCII or full-width digit. */
export function isDigit(ch: string | undefined): boolean {
  return isAsciiDigit(ch) || isFullWidthDigit(ch);
}

/** @internal Whether a character can be part of a Chinese numeral. */
export function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && (ch in chineseDigits || ch in chineseSmallUnits || ch in chineseGroupUnits);
}

/** @internal Whether a character is a CJK ideograph or an ASCII letter (a word character for boundaries). */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z\u4e00-\u9fff]/.test(ch);
}

/** @internal Characters that end a sentence. */
export const sentenceEnds: ReadonlySet<string> = new Set(["。", "!", "?", "!", "?", ";", ";", "\n"]);

/** @internal Characters that end a clause (a sentence's comma-separated part). */
export const clauseEnds: ReadonlySet<string> = new Set([...sentenceEnds, ",", ",", "、", ":", ":"]);
