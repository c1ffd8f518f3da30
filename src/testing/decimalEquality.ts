import { Decimal } from "../model/decimal.js";

const isDecimal = (value: unknown): value is Decimal => Decimal.isDecimal(value);

/**
 * An equality tester for vitest's and jest's `expect.addEqualityTesters`: two `Decimal`s are
 * equal when their values are, whichever decimal.js constructor made them (fazhi's private
 * clone or the application's own `decimal.js`) and whatever the sign of a zero; `toEqual`
 * alone compares their fields and constructors, so it fails on both. Returns `undefined`
 * for anything that is not a pair of `Decimal`s, so the default equality decides.
 *
 * @example
 * ```ts
 * // in a vitest setup file: expect.addEqualityTesters([decimalEquality]);
 * decimalEquality(new Decimal("1.50"), new Decimal("1.5")); //=> true
 * decimalEquality(new Decimal("0"), new Decimal("-0")); //=> true
 * decimalEquality(new Decimal("1.5"), new Decimal("2")); //=> false
 * decimalEquality("1.5", 1.5); //=> undefined
 * ```
 */
export function decimalEquality(a: unknown, b: unknown): boolean | undefined {
  if (isDecimal(a) && isDecimal(b)) return a.equals(b);
  return undefined;
}
