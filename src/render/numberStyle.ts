/**
 * How numbers are written for Chinese readers: `grouped` with thousands
 * separators (`1,210,000 元`), or `wan` in 万 and 亿 (`121万元`).
 *
 * @example
 * ```ts
 * const style: NumberStyle = "wan";
 * ```
 */
export type NumberStyle = "grouped" | "wan";

/**
 * Options shared by the renderers.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { numbers: "wan", fractionDigits: 2 };
 * ```
 */
export interface RenderOptions {
  /** How to write numbers (default `grouped`). */
  readonly numbers?: NumberStyle;
  /** The most fraction digits shown (default 2; values are rounded half up for display only). */
  readonly fractionDigits?: number;
}
