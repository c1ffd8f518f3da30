import { Decimal } from "../model/decimal.js";

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
  // W = the words read as one integer, without the zeros that pad the last word; value = W × 10^p.
  let last = words[words.length - 1] ?? 0;
  let trailing = 0;
  while (last % 10 === 0 && trailing < 7) {
    last /= 10;
    trailing++;
  }
  let whole = 0;
  for (let i = 0; i < words.length - 1; i++) {
    whole = whole * 1e7 + (words[i] ?? 0);
    if (whole > Number.MAX_SAFE_INTEGER) return null;
  }
  whole = whole * (powers[7 - trailing] ?? 1) + last;
  if (whole > Number.MAX_SAFE_INTEGER) return null;
  const firstDigits = first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1;
  const p = value.e - (firstDigits - 1) - 7 * (words.length - 1) + trailing;
  const shift = p + fastScale;
  if (shift < 0) return null; // more than four decimals
  const power = powers[shift];
  if (power === undefined) return null;
  const scaled = whole * power;
  if (!Number.isSafeInteger(scaled) || scaled / power !== whole) return null;
  return value.s < 0 ? -scaled : scaled;
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
  if (sum.exact) return sum.exact;
  // A whole number: from the number itself (exact for a safe integer, and compact).
  if (sum.scaled % scaleFactor === 0) return new Decimal(sum.scaled / scaleFactor);
  // Otherwise written out as a decimal string: exact, and cheaper than a division.
  const digits = String(Math.abs(sum.scaled)).padStart(fastScale + 1, "0");
  const fraction = digits.slice(-fastScale).replace(/0+$/, "");
  return new Decimal(`${sum.scaled < 0 ? "-" : ""}${digits.slice(0, -fastScale)}${fraction === "" ? "" : `.${fraction}`}`);
}
