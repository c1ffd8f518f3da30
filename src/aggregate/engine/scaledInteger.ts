import { Decimal } from "../../model/decimal.js";
import { decimalOfWords, paddingZeros, wordDigits } from "../../model/decimalWords.js";

/** @internal The scale of the fast path: values with up to four decimals (money in 元 has two). */
export const fastScale = 4;
const scaleFactor = 10 ** fastScale;
const powers = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A `Decimal` times 10⁴ as a safe integer `number`, or `null` when that is
 * not exact: more than four decimals, or a scaled magnitude of 2⁵³ or more.
 * Read from decimal.js's digit words (`d`, base 10⁷, most significant first),
 * exponent `e` and sign `s`, with integer arithmetic only, so the result is
 * exactly `value × 10⁴` whenever it is not `null` (property-tested against
 * decimal.js).
 *
 * @internal
 */
export function toScaledInteger(value: Decimal): number | null {
  const words = value.d as number[] | null; // null for NaN and ±Infinity
  const first = words?.[0];
  if (!words || first === undefined) return null;
  if (first === 0) return 0;
  // value = W × 10^p, W the words read as one integer.
  const count = words.length;
  let whole = first;
  for (let i = 1; i < count; i++) whole = whole * 1e7 + (words[i] ?? 0);
  // Zeros padding the last word can make W too large for a number even when the value is not: read them off first.
  if (whole > Number.MAX_SAFE_INTEGER) return withoutPadding(words, value.e, value.s);
  const shift = value.e - (wordDigits(first) - 1) - 7 * (count - 1) + fastScale;
  if (shift < 0) {
    // More than four decimal places in the words: exact only when what lies beyond them is zeros.
    const divisor = powers[-shift];
    if (divisor === undefined || whole % divisor !== 0) return null;
    return value.s < 0 ? -(whole / divisor) : whole / divisor;
  }
  const power = powers[shift];
  if (power === undefined) return null;
  const scaled = whole * power;
  if (scaled > Number.MAX_SAFE_INTEGER) return null;
  return value.s < 0 ? -scaled : scaled;
}

/** `toScaledInteger` for words whose integer is too large for a number until the zeros padding the last word are read off. */
function withoutPadding(words: readonly number[], exponent: number, sign: number): number | null {
  const trailing = paddingZeros(words[words.length - 1] ?? 0);
  const last = (words[words.length - 1] ?? 0) / (powers[trailing] ?? 1);
  let whole = 0;
  for (let i = 0; i < words.length - 1; i++) {
    whole = whole * 1e7 + (words[i] ?? 0);
    if (whole > Number.MAX_SAFE_INTEGER) return null;
  }
  whole = whole * (powers[7 - trailing] ?? 1) + last;
  if (whole > Number.MAX_SAFE_INTEGER) return null;
  const shift = exponent - (wordDigits(words[0] ?? 1) - 1) - 7 * (words.length - 1) + trailing + fastScale;
  if (shift < 0) return null; // more than four decimals
  const power = powers[shift];
  if (power === undefined) return null;
  const scaled = whole * power;
  if (!Number.isSafeInteger(scaled) || scaled / power !== whole) return null;
  return sign < 0 ? -scaled : scaled;
}

/**
 * A running exact sum: safe integers at scale 10⁴ while they suffice, a
 * `Decimal` from the first value or total that does not fit.
 *
 * @internal
 */
export interface ScaledSum {
  /** The sum at scale 10⁴ while `exact` is null. */
  scaled: number;
  /** The sum as a Decimal once the fast path gave out. */
  exact: Decimal | null;
}

/** @internal Adds a value to a running sum, exactly. */
export function addScaled(sum: ScaledSum, value: Decimal): void {
  if (sum.exact !== null) {
    sum.exact = sum.exact.plus(value);
    return;
  }
  const scaled = toScaledInteger(value);
  const next = scaled === null ? Number.NaN : sum.scaled + scaled;
  if (Number.isSafeInteger(next)) {
    sum.scaled = next;
    return;
  }
  sum.exact = new Decimal(sum.scaled).div(scaleFactor).plus(value);
}

/** @internal Adds one running sum to another, exactly, without leaving the fast path when both are on it. */
export function addSums(sum: ScaledSum, other: ScaledSum): void {
  if (sum.exact === null && other.exact === null) {
    const next = sum.scaled + other.scaled;
    if (Number.isSafeInteger(next)) {
      sum.scaled = next;
      return;
    }
  }
  const total = scaledValue(sum).plus(scaledValue(other));
  sum.exact = total;
}

/** @internal The value of a running sum. */
export function scaledValue(sum: ScaledSum): Decimal {
  return sum.exact ?? scaledToDecimal(sum.scaled);
}

/**
 * The `Decimal` of a safe integer at scale 10⁴ (`scaled / 10⁴`), written
 * straight into decimal.js's digit words (base 10⁷, the decimal point on a
 * word boundary, no trailing zero words) instead of through a string, which
 * is what costs most when a table of sums is built. Property-tested against
 * `new Decimal(scaled).div(10⁴)`.
 *
 * @internal
 */
export function scaledToDecimal(scaled: number): Decimal {
  // A whole number below 10⁷ (most counts): decimal.js's own constructor is as direct.
  if (scaled % scaleFactor === 0 && Math.abs(scaled) < 1e7 * scaleFactor) return new Decimal(scaled / scaleFactor);
  const magnitude = Math.abs(scaled);
  const whole = Math.floor(magnitude / scaleFactor);
  const fraction = (magnitude - whole * scaleFactor) * 10 ** (7 - fastScale);
  let words: number[];
  let exponent: number;
  if (whole === 0) {
    words = [fraction];
    exponent = wordDigits(fraction) - 8;
  } else {
    // A safe integer over 10⁴ has at most two words before the point.
    const high = Math.floor(whole / 1e7);
    const low = whole - high * 1e7;
    // Each list made at its length: one grown by push keeps room for 16 more words (136 bytes a value, a sixth of a plain row's memory).
    if (high === 0) words = fraction === 0 ? [low] : [low, fraction];
    else if (fraction !== 0) words = [high, low, fraction];
    else words = low === 0 ? [high] : [high, low];
    exponent = wordDigits(high === 0 ? low : high) - 1 + (high === 0 ? 0 : 7);
  }
  return decimalOfWords(scaled < 0 ? -1 : 1, exponent, words);
}
