import { chineseDigits, chineseGroupUnits, chineseSmallUnits } from "../catalog/units.js";

// Character classes the text readers share (internal to src/parse).

/** @internal Whether a character is an ASCII digit. */
export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/**
 * @internal A table indexed by UTF-16 code, 1 for the first character of each of `words` (single
 * characters, or words whose first characters are wanted): a lookup per character of a text without
 * making a string or hashing.
 */
export function codeTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const word of words) table[word.charCodeAt(0)] = 1;
  return table;
}

/** @internal Whether a UTF-16 code is an ASCII digit. */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** @internal Whether a UTF-16 code is an ASCII letter. */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The characters of Chinese numerals, as a table indexed by UTF-16 code: a lookup without string keys. */
// (In a function: a bundler drops a pure call, not the spreads of its arguments.)
const numeralCodes: Uint8Array = /* @__PURE__ */ (() => codeTable([...Object.keys(chineseDigits), ...Object.keys(chineseSmallUnits), ...Object.keys(chineseGroupUnits)]))();

/**
 * @internal The characters a number can start with, as a table indexed by UTF-16 code: ASCII and
 * full-width digits (`isDigitAt`) and the characters of Chinese numerals (`isChineseNumeralAt`). A
 * reader skips the text between numbers with one look-up per character.
 */
export const numberStartCodes: Uint8Array = /* @__PURE__ */ (() => {
  const table = numeralCodes.slice();
  for (let code = 0; code < table.length; code++) if (isDigitCode(code)) table[code] = 1;
  return table;
})();

/**
 * @internal The UTF-16 code at `index`, 0 before the text's start and past its end (where
 * `charCodeAt` gives `NaN`): a reader looks one character before or after a number, and a read off
 * the ends, rare as it is, would make the engine throw away the reader's optimised code and compile
 * it again (each time a few tens of milliseconds). Code 0 is in no table.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}

/** @internal Whether the character at `index` can be part of a Chinese numeral (no string is made). */
export function isChineseNumeralAt(text: string, index: number): boolean {
  return numeralCodes[codeAt(text, index)] === 1;
}

/** Whether a UTF-16 code is an ASCII or full-width digit. */
function isDigitCode(code: number): boolean {
  return isAsciiDigitCode(code) || (code >= 0xff10 && code <= 0xff19);
}

/** @internal Whether the character at `index` is an ASCII or full-width digit (no string is made). */
export function isDigitAt(text: string, index: number): boolean {
  return isDigitCode(codeAt(text, index));
}

/**
 * A character that takes no place on a page, as a pattern (with the `u` flag): a control or
 * format character (zero-width space, soft hyphen, byte-order mark, NUL …), white space aside, or
 * half of a surrogate pair standing alone. The one definition for `isInvisibleAt` and the readers
 * of table cells.
 *
 * @internal
 */
export const invisibleCharacter = "(?![\\t\\n\\v\\f\\r])[\\p{Cc}\\p{Cf}\\p{Cs}]";
/** One character, read alone (`isInvisibleAt` tells lone surrogates from pairs before it asks). */
const invisiblePattern = /* @__PURE__ */ (() => new RegExp(`^${invisibleCharacter}$`, "u"))();

/**
 * Whether the character at `index` takes no place on a page: a control or format character
 * (zero-width space U+200B, soft hyphen U+00AD, byte-order mark U+FEFF, NUL …; not white space),
 * or half of a surrogate pair standing alone. One inside a number splits it in two for a reader
 * (12\u200b1万元), though a page shows one number.
 *
 * @internal
 * @example
 * ```ts
 * isInvisibleAt("12\u200b1", 2); //=> true
 * isInvisibleAt("12 1", 2); //=> false
 * isInvisibleAt("𠀀", 0); //=> false
 * ```
 */
export function isInvisibleAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) return !(text.charCodeAt(index + 1) >= 0xdc00 && text.charCodeAt(index + 1) <= 0xdfff);
  if (code >= 0xdc00 && code <= 0xdfff) return !(text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff);
  // Most characters of a text: printable, below the controls' and format characters' ranges or between them.
  if ((code > 0x20 && code < 0x7f) || (code > 0xad && code < 0x600) || (code >= 0x3000 && code < 0xd800)) return false;
  return !Number.isNaN(code) && invisiblePattern.test(text.charAt(index));
}

/**
 * A character's code point as Unicode names it (`U+200B`), for a message about a character that
 * is not shown.
 *
 * @internal
 * @example
 * ```ts
 * codePointLabel("\u200b"); //=> "U+200B"
 * ```
 */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** @internal Characters that end a sentence. */
export const sentenceEnds: ReadonlySet<string> = /* @__PURE__ */ new Set(["。", "!", "?", "！", "？", ";", "；", "\n"]);

/** @internal Characters that end a clause (a sentence's comma-separated part). */
export const clauseEnds: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...sentenceEnds, ",", "，", "、", ":", "："]))();
