import type { Decimal } from "./decimal.js";
import { decimalRange } from "./decimal.js";
import { decimalOfWords, shortInteger, wordDigits } from "./decimalWords.js";

/** The places a quotient below 10²⁰ is rounded at (30: `decimalRange.minExponent`), in words of 7 digits: 4 whole words and 2 digits of a fifth. */
const places = -decimalRange.minExponent;
const fullWords = Math.floor(places / 7);
const lastWordUnit = 10 ** (7 - (places - 7 * fullWords));

/**
 * `quotient(dividend, divisor)` by a long division of two integers in
 * `number`s, for the common case: both values of at most 15 significant
 * digits, whose ratio reads as `x / y` with `x` a safe integer and `y` below
 * 9 × 10¹⁴ (so a remainder times 10 stays one; below 9 × 10⁸ the division
 * goes a word of 7 digits at a time), and so a quotient below 2⁵³: rounded,
 * as `quotient` rounds any quotient below 10²⁰, at 30 decimal places,
 * half-even. `undefined` otherwise, and for a zero dividend or divisor or a
 * quotient that rounds to 0. The result is written straight into
 * decimal.js's digit words (base 10⁷, the decimal point on a word boundary)
 * and is `quotient`'s, digit for digit (property-tested against it); a mean
 * or a rate of report figures is this case, at a tenth of the cost of
 * decimal.js's division.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * shortQuotient(new Decimal(2956), new Decimal(3))?.toString(); //=> "985.333333333333333333333333333333"
 * shortQuotient(new Decimal("1e40"), new Decimal(3)); //=> undefined
 * ```
 *
 * @internal
 */
export function shortQuotient(dividend: Decimal, divisor: Decimal): Decimal | undefined {
  const a = shortInteger(dividend);
  const b = shortInteger(divisor);
  if (a === null || b === null) return undefined;
  // dividend / divisor = x / y with integers: the power of ten goes to whichever side keeps it whole.
  const shift = a.exponent - b.exponent;
  if (shift > 22 || shift < -22) return undefined;
  const x = shift >= 0 ? a.integer * 10 ** shift : a.integer;
  const y = shift >= 0 ? b.integer : b.integer * 10 ** -shift;
  if (!(x <= Number.MAX_SAFE_INTEGER) || !(y < 9e14)) return undefined;
  const whole = Math.floor(x / y);
  let remainder = x - whole * y;
  // The fraction's words: 4 of 7 digits, then a fifth whose 2 first digits are kept (its other 5 and the remainder round them).
  // Each word by one step of 10⁷ while a remainder times 10⁷ stays a safe integer, else by 7 steps of 10.
  const base = y < 9e8 ? 1e7 : 10;
  const steps = base === 10 ? 7 : 1;
  const fraction = [0, 0, 0, 0, 0];
  for (let i = 0; i <= fullWords; i++) {
    let word = 0;
    for (let step = 0; step < steps; step++) {
      remainder *= base;
      const digits = Math.floor(remainder / y);
      word = word * base + digits;
      remainder -= digits * y;
    }
    fraction[i] = word;
  }
  const lastFull = fraction[fullWords] as number;
  const kept = lastFull - (lastFull % lastWordUnit);
  const rest = lastFull - kept;
  const half = lastWordUnit / 2;
  // Half-even: above half a unit of the last place kept, or exactly half (nothing left after it) with an odd last digit.
  const up = rest > half || (rest === half && (remainder > 0 || (kept / lastWordUnit) % 2 === 1));
  fraction[fullWords] = kept;
  if (up) {
    // The carry never reaches the whole part, nor the first word: digits 8 to 30 all nines, rounded up,
    // would put x / y within 10⁻³⁰ of a multiple m of 10⁻⁷, so 0 < |x·10⁷ − m·y| < y·10⁻²³ < 1 for integers.
    let i = fullWords;
    fraction[i] = (fraction[i] as number) + lastWordUnit;
    while ((fraction[i] as number) >= 1e7) {
      fraction[i] = (fraction[i] as number) - 1e7;
      i--;
      fraction[i] = (fraction[i] as number) + 1;
    }
  }
  return fromWords(a.sign * b.sign, whole, fraction);
}

/** The `Decimal` of `sign × (integer + 0.fraction)`, `fraction` in words of 7 digits; `undefined` when it is 0. */
function fromWords(sign: number, integer: number, fraction: readonly number[]): Decimal | undefined {
  let last = fraction.length - 1;
  while (last >= 0 && fraction[last] === 0) last--;
  const words: number[] = [];
  let exponent: number;
  if (integer > 0) {
    // Below 2⁵³: at most 3 words before the point.
    const high = Math.floor(integer / 1e14);
    const middle = Math.floor((integer - high * 1e14) / 1e7);
    const low = integer - high * 1e14 - middle * 1e7;
    if (high > 0) words.push(high, middle, low);
    else if (middle > 0) words.push(middle, low);
    else words.push(low);
    exponent = 7 * (words.length - 1) + wordDigits(words[0] as number) - 1;
    // Trailing zero words dropped, as decimal.js keeps none.
    for (let i = 0; i <= last; i++) words.push(fraction[i] as number);
    while (words[words.length - 1] === 0) words.pop();
  } else {
    let first = 0;
    while (first <= last && fraction[first] === 0) first++;
    if (first > last) return undefined;
    for (let i = first; i <= last; i++) words.push(fraction[i] as number);
    exponent = -7 * (first + 1) + wordDigits(words[0] as number) - 1;
  }
  // A copy of its own length: a list grown by push keeps room for 16 words more, and a mean or rate is kept in its row.
  return decimalOfWords(sign, exponent, words.slice());
}
