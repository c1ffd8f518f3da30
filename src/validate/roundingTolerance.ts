import { Decimal } from "../model/decimal.js";

/**
 * How far a stated value may be from a computed one and still be the same
 * figure rounded (or truncated) to the stated decimals: one unit of its last place.
 *
 * @internal
 * @example
 * ```ts
 * roundingTolerance(new Decimal("95.2")).toString(); //=> "0.1"
 * roundingTolerance(new Decimal("12")).toString(); //=> "1"
 * ```
 */
export function roundingTolerance(stated: Decimal): Decimal {
  return new Decimal(`1e-${stated.decimalPlaces()}`);
}
