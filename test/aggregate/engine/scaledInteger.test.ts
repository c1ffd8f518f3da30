import { Decimal as GlobalDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledToDecimal, toScaledInteger } from "../../../src/aggregate/engine/scaledInteger.js";
import { Decimal } from "../../../src/index.js";

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

describe("scaledToDecimal (sums back to Decimals without a string)", () => {
  const expectSame = (scaled: number) => {
    const built = scaledToDecimal(scaled);
    const expected = new Decimal(scaled).div(10000);
    expect(built.equals(expected)).toBe(true);
    expect(built.toString()).toBe(expected.toString());
    // The same digit words as decimal.js makes, so every later operation sees a normal Decimal.
    expect([built.s, built.e, built.d]).toEqual([expected.s, expected.e, expected.d]);
  };

  it("is scaled / 10⁴ with decimal.js's own representation, for any safe integer", () => {
    fc.assert(fc.property(fc.maxSafeInteger(), expectSame), { numRuns: 3000 });
    fc.assert(fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), expectSame), { numRuns: 2000 });
  });

  it("handles word boundaries, zeros and the ends of the safe range", () => {
    for (const scaled of [0, 1, -1, 10, 9999, 10000, 10001, 99_990_000, 100_000_000_000, 100_000_000_001, 123_456_789_012_345, 2 ** 53 - 1, -(2 ** 53 - 1)]) {
      expectSame(scaled);
    }
    expect(scaledToDecimal(1234500).toString()).toBe("123.45");
    expect(scaledToDecimal(-45).toString()).toBe("-0.0045");
    expect(scaledToDecimal(100_000_000_000).plus("0.5").toString()).toBe("10000000.5");
  });
});
