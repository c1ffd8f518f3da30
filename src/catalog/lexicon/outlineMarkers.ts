/**
 * The Chinese numerals that number headings (`一、`, `(十二)`, `三是`).
 *
 * @example
 * ```ts
 * outlineNumerals.includes("十"); //=> true
 * ```
 */
export const outlineNumerals: readonly string[] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * The word after a numeral that numbers a point inside a paragraph (`一是`, `二是`).
 *
 * @example
 * ```ts
 * `二${inlinePointMarker}加强学习`; //=> "二是加强学习"
 * ```
 */
export const inlinePointMarker = "是";

/**
 * Characters that end a heading's lead sentence (`1.优化政府机构职能。紧跟…`).
 *
 * @example
 * ```ts
 * headingEnds.includes("。"); //=> true
 * ```
 */
export const headingEnds: readonly string[] = ["。"];

/**
 * Circled numerals that number sub-points (`①完善制度`), read at the level of `(1)`.
 *
 * @example
 * ```ts
 * circledNumerals[0]; //=> "①"
 * ```
 */
export const circledNumerals: readonly string[] = [..."①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"];
