import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/index.js";
import { DecimalValue, decimalRange, decimalVerdict, quotient } from "../../src/model/index.js";

/** A value in the model's range: 1 to 60 significant digits (the last not zero), its lowest digit at any allowed power of ten. */
const inRange = fc
  .record({ digits: fc.stringMatching(/^[1-9]\d{0,58}[1-9]$|^[1-9]$/), lowest: fc.integer({ min: decimalRange.minExponent, max: decimalRange.maxExponent }), negative: fc.boolean() })
  .filter(({ digits, lowest }) => lowest + digits.length - 1 <= decimalRange.maxExponent)
  .map(({ digits, lowest, negative }) => ({ text: `${negative ? "-" : ""}${digits}e${lowest}` }));

describe("quotient", () => {
  it("gives quotients to 50 digits or 30 decimals, rounded once half-even, and none for a zero divisor", () => {
    expect(quotient(new Decimal(2956), new Decimal(3))?.toString()).toBe("985.333333333333333333333333333333");
    expect(quotient(new Decimal(1), new Decimal(3))?.toString()).toBe("0.333333333333333333333333333333");
    expect(quotient(new Decimal(2), new Decimal(3))?.toString()).toBe("0.666666666666666666666666666667");
    expect(quotient(new Decimal("1e20"), new Decimal(3))?.toString()).toBe("33333333333333333333.333333333333333333333333333333");
    expect(quotient(new Decimal("1e40"), new Decimal(3))?.toString()).toBe(`${"3".repeat(40)}.${"3".repeat(10)}`);
    expect(quotient(new Decimal("-5e-30"), new Decimal(10))?.toString()).toBe("0"); // -0.5e-30 to even
    expect(quotient(new Decimal("-15e-30"), new Decimal(10))?.toString()).toBe("-0.000000000000000000000000000002");
    expect(quotient(new Decimal(1), new Decimal(0))).toBeNull();
    // Within the range whenever the magnitude is: a quotient can be read back.
    fc.assert(
      fc.property(inRange, inRange, (a, b) => {
        const q = quotient(DecimalValue.parse(a.text), DecimalValue.parse(b.text));
        if (q?.abs().lessThan("1e60")) expect(decimalVerdict(q)).toBe("ok");
        // Half-even at 10⁻³⁰ or 50 digits: the exact quotient is within half a unit of the last place.
        if (q !== null) {
          const unit = Decimal.max(new Decimal(10).pow(q.e - 49), new Decimal("1e-30"));
          const exactTimesB = q.times(DecimalValue.parse(b.text)).minus(DecimalValue.parse(a.text)).abs();
          expect(exactTimesB.lessThanOrEqualTo(unit.div(2).times(DecimalValue.parse(b.text).abs()))).toBe(true);
        }
      }),
    );
  });
});
