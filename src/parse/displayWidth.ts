// How wide characters are drawn: Chinese characters take two columns of a monospaced
// layout (`pdftotext -layout` places text on such a grid) and need no space between them.

/** @internal Whether a UTF-16 code is drawn full-width: CJK ideographs and punctuation, kana, hangul, full-width forms, astral (mostly CJK extension) characters. */
export function isWideCode(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** @internal Whether a UTF-16 code is drawn two columns wide in Chinese layout: full-width ones and the quotes, dashes and dots Chinese fonts draw wide (“”‘’—…·). */
function isTwoColumns(code: number): boolean {
  return isWideCode(code) || (code >= 0x2018 && code <= 0x201f) || code === 0x2014 || code === 0x2026 || code === 0x00b7;
}

/**
 * The columns of each UTF-16 code: 2 for two columns, 1 for one, 1 for each half of an astral
 * character (two for the character; one for a half standing alone). No code takes less than one
 * column: a string is never narrower than it is long.
 */
const columnsOf: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code >= 0xd800 && code <= 0xdfff ? 1 : isTwoColumns(code) ? 2 : 1;
  return table;
})();

/**
 * The columns one UTF-16 code takes in a monospaced layout (`displayWidth` of a one-code string).
 *
 * @example
 * ```ts
 * codeColumns("行".charCodeAt(0)); //=> 2
 * codeColumns("8".charCodeAt(0)); //=> 1
 * ```
 *
 * @internal
 */
export function codeColumns(code: number): number {
  return columnsOf[code] ?? 1;
}

/** @internal The columns a line takes in a monospaced layout: two for each full-width character, one for others; never fewer than its length. */
export function displayWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) width += codeColumns(line.charCodeAt(i));
  return width;
}
