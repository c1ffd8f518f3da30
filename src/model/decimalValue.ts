import * as z from "zod";
import { type Decimal, type DecimalInput, buildDecimal, decimalVerdict } from "./decimal.js";

// The schema of a decimal, apart from the arithmetic (decimal.ts): what reads figures (fazhi/parse,
// its worker threads) never loads zod in Node.js.

// The check before the transform keeps a missing value out of it: zod 4.3.0 (the lowest peer
// supported) runs an `exactOptional` field's transform on an absent key, and a value there must
// never be made up.
const invalidDecimal = {
  params: { fazhi: "decimal.invalid" },
  message: "Expected an exact decimal: a Decimal, a decimal string or a safe integer",
};

/**
 * Schema of an exact decimal value. Accepts a `Decimal` (from any copy of
 * decimal.js), a decimal string, or a safe integer `number`, within
 * `decimalRange` (at most 60 significant digits between 10⁻³⁰ and 10⁶⁰);
 * always gives a `Decimal` of this library. Floats are refused
 * (`schema.decimal.invalid`: `0.1` as a number is not an exact value), and so
 * are values outside the range, NaN and infinities (`schema.decimal.outOfRange`),
 * without ever being expanded. In JSON a `Decimal` is a decimal string and
 * never loses a digit.
 *
 * @example
 * ```ts
 * DecimalValue.parse("12345678901234567890.123456789").toString();
 * //=> "12345678901234567890.123456789"
 * DecimalValue.safeParse(0.1).success; //=> false
 * DecimalValue.safeParse("1e200000000").success; //=> false
 * ```
 */
export const DecimalValue = /* @__PURE__ */ z.custom<DecimalInput>((value) => value !== undefined, invalidDecimal).transform((value, context): Decimal => {
  const verdict = decimalVerdict(value);
  if (verdict === "ok") return buildDecimal(value);
  context.addIssue({
    code: "custom",
    params: { fazhi: `decimal.${verdict}` },
    message: verdict === "invalid" ? invalidDecimal.message : "Expected a decimal with at most 60 significant digits between 1e-30 and 1e60",
  });
  return z.NEVER;
});
