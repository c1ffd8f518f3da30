import { Decimal as DecimalJs } from "decimal.js";
import { Decimal, decimalRange } from "./decimal.js";
import { shortQuotient } from "./shortQuotient.js";

/** Quotients are rounded once, to `quotientDigits`, half-even. */
const QuotientDecimal = /* @__PURE__ */ (() => DecimalJs.clone({
  precision: decimalRange.quotientDigits,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
}))();

/** 10^−minExponent, the scale a quotient below 10²⁰ (most rates and means) is rounded at: made once. */
const scaleOfQuotients = /* @__PURE__ */ (() => new Decimal(10).pow(-decimalRange.minExponent))();

/**
 * `dividend / divisor` rounded once, half-even, to 50 significant digits or
 * to 30 decimal places, whichever keeps fewer digits, so that a quotient
 * stays within `decimalRange` where its magnitude allows and can be read back
 * by the model's schemas: what a mean, a rate or a growth is given to.
 * Division by zero gives `null` rather than an infinity.
 *
 * @example
 * ```ts
 * quotient(new Decimal(2956), new Decimal(3))?.toString(); //=> "985.333333333333333333333333333333"
 * quotient(new Decimal(2), new Decimal(3e9))?.toString(); //=> "0.000000000666666666666666666667"
 * quotient(new Decimal(1), new Decimal(0)); //=> null
 * ```
 */
export function quotient(dividend: Decimal, divisor: Decimal | number): Decimal | null {
  const by = new Decimal(divisor);
  if (by.isZero() || !by.isFinite() || !dividend.isFinite()) return null;
  // Most quotients (a mean or a rate of report figures) by a long division in numbers; the others by decimal.js.
  const short = shortQuotient(dividend, by);
  if (short !== undefined) return short;
  const rounded = new QuotientDecimal(dividend).div(new QuotientDecimal(by));
  if (rounded.isZero() || rounded.e - (decimalRange.quotientDigits - 1) >= decimalRange.minExponent) return new Decimal(rounded);
  // Fifty digits reach below 10⁻³⁰: round at 10⁻³⁰ instead, exactly, by an integer division and its remainder.
  const scale = scaleOfQuotients;
  const numerator = dividend.times(scale);
  const whole = numerator.divToInt(by);
  const remainder = numerator.minus(whole.times(by)).abs().times(2);
  const divisorSize = by.abs();
  const sign = numerator.isNegative() !== by.isNegative() ? -1 : 1;
  const up = remainder.greaterThan(divisorSize) || (remainder.equals(divisorSize) && !whole.mod(2).isZero());
  const result = up ? whole.plus(sign) : whole;
  return result.div(scale);
}
