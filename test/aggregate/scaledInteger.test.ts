import { Decimal as GlobalDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toScaledInteger } from "../../src/aggregate/scaledInteger.js";
import { Decimal } from "../../src/index.js";

describe("toScaledInteger (the fast path of exact sums)", () => {
  it("is exactly value × 10⁴ whenever it gives a number", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 8 }), (digits, scale) => {
        const value = new Decimal(`${digits}e-${scale}`);
        const scaled = toScaledInteger(value);
        const expected = value.times(10000);
        if (scaled === null) {
          expect(!expected.isInteger() || expected.abs().greaterThan(Number.MAX_SAFE_INTEGER)).toBe(true);
        } else {
          expect(new Decimal(scaled).equals(expected)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads Decimals of another decimal.js copy and the edges right", () => {
    expect(toScaledInteger(new GlobalDecimal("85.98") as unknown as Decimal)).toBe(859800);
    expect(toScaledInteger(new Decimal("900719925474.0991"))).toBe(9007199254740991);
    expect(toScaledInteger(new Decimal("900719925474.0992"))).toBeNull();
    expect(toScaledInteger(new Decimal("0.00001"))).toBeNull();
    expect(toScaledInteger(new Decimal(0))).toBe(0);
    expect(toScaledInteger(new Decimal(Number.NaN))).toBeNull();
    expect(toScaledInteger(new Decimal(Number.POSITIVE_INFINITY))).toBeNull();
  });
});
