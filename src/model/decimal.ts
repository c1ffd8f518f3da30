import { Decimal as DecimalJs } from "decimal.js";
import * as z from "zod";

/**
 * The library's own `Decimal` constructor: a private clone of decimal.js, so a
 * host application's global `Decimal.set(…)` is never touched nor relied on.
 * 50 significant digits, half-even rounding inside computations, and plain
 * (never exponential) notation in `toString()` and JSON.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * new Decimal("0.1").plus("0.2").toString(); //=> "0.3"
 * ```
 */
export const Decimal = /* @__PURE__ */ (() =>
  DecimalJs.clone({
    precision: 50,
    rounding: DecimalJs.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
  }))();

/**
 * A `Decimal` value (the instance type of decimal.js).
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const fine: Decimal = new Decimal("1210000");
 * ```
 */
export type Decimal = DecimalJs;

const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether a string is a finite decimal number in plain or exponential notation
 * (`"12"`, `"-0.5"`, `"1.2e+21"`), the JSON form of a `Decimal`.
 *
 * @example
 * ```ts
 * isDecimalString("85.98"); //=> true
 * isDecimalString("85.98%"); //=> false
 * ```
 */
export function isDecimalString(value: string): boolean {
  return value.length <= 1000 && decimalPattern.test(value);
}

/**
 * What `DecimalValue` accepts: a `Decimal`, a decimal string, or a safe integer.
 *
 * @example
 * ```ts
 * const inputs: DecimalInput[] = [new Decimal("1.5"), "85.98", 152];
 * ```
 */
export type DecimalInput = DecimalJs | string | number;

/**
 * Whether a value is something `DecimalValue` accepts: a finite `Decimal`
 * (from any copy of decimal.js), a decimal string, or a safe integer.
 *
 * @example
 * ```ts
 * isDecimalInput("121"); //=> true
 * isDecimalInput(0.1); //=> false (a float is not an exact value)
 * ```
 */
export function isDecimalInput(value: unknown): value is DecimalInput {
  if (typeof value === "string") return isDecimalString(value);
  if (typeof value === "number") return Number.isSafeInteger(value);
  return DecimalJs.isDecimal(value) && (value as DecimalJs).isFinite();
}

/**
 * Makes an exact `Decimal` of this library from a decimal string, a safe
 * integer or a Decimal of any decimal.js copy, stored compactly (decimal.js
 * parses strings into oversized digit arrays; a copy trims them, which halves
 * the memory of a million figures). Throws a `RangeError` on anything else;
 * for untrusted input use `DecimalValue.safeParse`.
 *
 * @example
 * ```ts
 * toDecimal("140.5").plus(toDecimal(2)).toString(); //=> "142.5"
 * ```
 */
export function toDecimal(value: DecimalInput): Decimal {
  if (!isDecimalInput(value)) throw new RangeError(`fazhi: not an exact decimal: ${String(value)}`);
  // Constructing from a Decimal copies its digit words into an array of exactly their length.
  return new Decimal(new Decimal(typeof value === "object" ? value.toString() : value));
}

/**
 * Schema of an exact decimal value. Accepts a `Decimal` (from any copy of
 * decimal.js), a decimal string, or a safe integer `number`; always gives a
 * `Decimal` of this library. Floats are refused: `0.1` as a number is not an
 * exact value. In JSON a `Decimal` is a decimal string and never loses a digit.
 *
 * @example
 * ```ts
 * DecimalValue.parse("12345678901234567890.123456789").toString();
 * //=> "12345678901234567890.123456789"
 * DecimalValue.safeParse(0.1).success; //=> false
 * ```
 */
export const DecimalValue = /* @__PURE__ */ z
  .custom<DecimalInput>(isDecimalInput, {
    params: { fazhi: "decimal.invalid" },
    message: "Expected an exact decimal: a Decimal, a decimal string or a safe integer",
  })
  .transform((value): Decimal => toDecimal(value));
