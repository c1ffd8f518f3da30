import { Decimal } from "./decimal.js";

/**
 * The number of decimal digits of a positive integer below 10⁷: of one of
 * decimal.js's digit words (`d`, base 10⁷, most significant first; the first
 * word unpadded, the others 7 digits each).
 *
 * @example
 * ```ts
 * wordDigits(9_999_999); //=> 7
 * wordDigits(42); //=> 2
 * ```
 *
 * @internal
 */
export function wordDigits(word: number): number {
  return word >= 1e6 ? 7 : word >= 1e5 ? 6 : word >= 1e4 ? 5 : word >= 1e3 ? 4 : word >= 100 ? 3 : word >= 10 ? 2 : 1;
}

/**
 * How many zeros end a digit word (at most 7): the zeros that pad the last
 * word of decimal.js's digit words, which are not significant digits (1.5 is
 * `[1, 5000000]`: 6 of them).
 *
 * @example
 * ```ts
 * paddingZeros(5_000_000); //=> 6
 * paddingZeros(1_234_567); //=> 0
 * ```
 *
 * @internal
 */
export function paddingZeros(word: number): number {
  let zeros = 0;
  for (let rest = word; zeros < 7 && rest % 10 === 0; rest /= 10) zeros++;
  return zeros;
}

/**
 * A nonzero finite `Decimal` of at most 15 significant digits as
 * `sign × integer × 10^exponent`, `integer` without trailing zeros (so every
 * step of integer arithmetic on it is exact in a `number`), or `null` for
 * zero, NaN, an infinity or more digits. Read from decimal.js's digit words
 * and exponent, without a string.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * shortInteger(new Decimal("-12.50")); //=> { sign: -1, integer: 125, exponent: -1 }
 * shortInteger(new Decimal("3e20")); //=> { sign: 1, integer: 3, exponent: 20 }
 * shortInteger(new Decimal("0.1234567890123456")); //=> null
 * ```
 *
 * @internal
 */
export function shortInteger(value: Decimal): { sign: number; integer: number; exponent: number } | null {
  const words = value.d as number[] | null; // null for NaN and ±Infinity
  const first = words?.[0];
  if (!words || first === undefined || first === 0 || words.length > 3) return null;
  // The zeros padding the last word are read off first: 1.5 is 15 × 10⁻¹.
  const trailing = paddingZeros(words[words.length - 1] as number);
  const last = (words[words.length - 1] as number) / 10 ** trailing;
  const digits = wordDigits(first) + 7 * (words.length - 1) - trailing;
  if (digits > 15) return null;
  // Below 10¹⁵ at every step: exact.
  let integer = words.length === 1 ? last : first;
  for (let i = 1; i < words.length - 1; i++) integer = integer * 1e7 + (words[i] as number);
  if (words.length > 1) integer = integer * 10 ** (7 - trailing) + last;
  const exponent = value.e + 1 - digits;
  return { sign: value.s, integer, exponent };
}

/**
 * The `Decimal` of digit words as decimal.js keeps them (`d`: base 10⁷, most
 * significant first, the decimal point on a word boundary, the first word
 * unpadded, no zero word at either end; `e`: the exponent of the first digit;
 * `s`: the sign), written straight into a fresh instance instead of through a
 * string, which is what costs most when many are made. The caller vouches for
 * the form: tests compare the result's fields with decimal.js's own.
 *
 * @example
 * ```ts
 * decimalOfWords(1, 2, [123, 4_500_000]).toString(); //=> "123.45"
 * decimalOfWords(-1, -3, [10_000]).toString(); //=> "-0.001"
 * ```
 *
 * @internal
 */
export function decimalOfWords(sign: number, exponent: number, words: number[]): Decimal {
  const result = new Decimal(0);
  // decimal.js declares its fields readonly; this fresh instance is written once, before anyone sees it.
  const fields = result as unknown as { s: number; e: number; d: number[] };
  fields.s = sign;
  fields.e = exponent;
  fields.d = words;
  return result;
}
