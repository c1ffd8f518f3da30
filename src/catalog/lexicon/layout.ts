/**
 * The marks of page layout in Chinese official documents, as text from PDFs
 * (`pdftotext -layout`) and OCR shows them: what ends a sentence, what starts
 * a heading or a numbered item, and how page numbers are written. Used by
 * `cleanLayoutText` to tell a line broken by the page width from a line that
 * ends where its author ended it. Readers match on text folded to ASCII
 * (`foldText`), so full-width `（，：；！？` appear here in their ASCII forms.
 */

/**
 * Marks that end a sentence. A line that ends with one (possibly followed by a
 * closing quote or bracket, `。”`) is not joined to the next line.
 *
 * @example
 * ```ts
 * sentenceEndings.includes("。"); //=> true
 * ```
 */
export const sentenceEndings: readonly string[] = ["。", "!", "?", ".", "…"];

/**
 * Marks that end a clause or introduce a list: `；` and `：`. A line ending
 * with one is joined to the next only when the page is hard-wrapped (a line as
 * wide as the page); in text whose lines are paragraphs it ends the line.
 *
 * @example
 * ```ts
 * clauseEndings.includes(":"); //=> true
 * ```
 */
export const clauseEndings: readonly string[] = [";", ":"];

/**
 * Marks that stand inside a line of running text, a sentence or a clause
 * (`，`, `、`, `；`, `。`): a page's lines without one (a page number, 打印本页,
 * a heading) are no part of its body's last sentence.
 *
 * @example
 * ```ts
 * runningTextMarks.includes("、"); //=> true
 * ```
 */
export const runningTextMarks: readonly string[] = [",", "、", ";", "。"];

/**
 * Closing quotes and brackets, looked through when deciding whether a line
 * ends a sentence (`……工作。”`).
 *
 * @example
 * ```ts
 * closingMarks.includes("”"); //=> true
 * ```
 */
export const closingMarks: readonly string[] = ["”", "’", "」", "』", ")", "》", "】", "〕", "]", '"', "'"];

/**
 * Chinese numerals as headings and item numbers write them: `一、`, `(二)`,
 * `第十三条`.
 *
 * @example
 * ```ts
 * headingNumerals.includes("十"); //=> true
 * ```
 */
export const headingNumerals: readonly string[] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇", "两"];

/**
 * Punctuation after a heading or item number: `一、`, `1.` (a full-width `1．`
 * reads as `1.` once folded).
 *
 * @example
 * ```ts
 * headingNumberMarks.includes("、"); //=> true
 * ```
 */
export const headingNumberMarks: readonly string[] = ["、", "."];

/**
 * Units of a document's structure after `第N`: `第一条`, `第二章`, `第三节`.
 *
 * @example
 * ```ts
 * structureWords.includes("条"); //=> true
 * ```
 */
export const structureWords: readonly string[] = ["条", "章", "节", "款", "部分", "编", "篇"];

/**
 * Marks that start a list item or a heading line: bullets, circled and
 * parenthesised numbers, and the markdown marks that converted text uses.
 *
 * @example
 * ```ts
 * itemMarks.includes("●"); //=> true
 * ```
 */
export const itemMarks: readonly string[] = [
  "●", "○", "◆", "◇", "■", "□", "★", "☆", "▲", "△", "•", "▪", "►", "➢", "※", "√", "✓", "#", ">", "*", "-",
  "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳",
  "⑴", "⑵", "⑶", "⑷", "⑸", "⑹", "⑺", "⑻", "⑼", "⑽", "⒈", "⒉", "⒊", "⒋", "⒌", "⒍", "⒎", "⒏", "⒐", "⒑",
];

/**
 * The words of a page number line: `第1页 共5页`, `共5页 第1页`.
 *
 * @example
 * ```ts
 * pageNumberWords.page; //=> "页"
 * ```
 */
export const pageNumberWords = { ordinal: "第", page: "页", total: "共" } as const;

/**
 * Dashes that frame a page number on a line of its own: `-1-`, `— 2 —`, `- 3 -`.
 *
 * @example
 * ```ts
 * pageNumberDashes.includes("—"); //=> true
 * ```
 */
export const pageNumberDashes: readonly string[] = ["-", "—", "–", "‒", "―", "~", "〜", "·", "_"];
