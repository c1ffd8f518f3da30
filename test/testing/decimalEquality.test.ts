// decimalEquality: two Decimals equal by value whatever their constructor and zero's sign; anything else left to the default equality.
import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { decimalEquality } from "../../src/testing/decimalEquality.js";

describe("decimalEquality", () => {
  it("compares two Decimals by value", () => {
    expect(decimalEquality(new Decimal("1.50"), new Decimal("1.5"))).toBe(true);
    expect(decimalEquality(new Decimal("0"), new Decimal("-0"))).toBe(true);
    expect(decimalEquality(new Decimal("1.5"), new Decimal("2"))).toBe(false);
    expect(decimalEquality(new Decimal("1.5"), new DecimalJs("1.50"))).toBe(true);
    expect(decimalEquality(new DecimalJs("1e3"), new Decimal("1000.000"))).toBe(true);
  });

  it("gives undefined for anything that is not a pair of Decimals", () => {
    expect(decimalEquality("1.5", 1.5)).toBeUndefined();
    expect(decimalEquality("1.5", new Decimal("1.5"))).toBeUndefined();
    expect(decimalEquality(new Decimal("1.5"), 1.5)).toBeUndefined();
    expect(decimalEquality(null, undefined)).toBeUndefined();
    expect(decimalEquality({ d: 1 }, { d: 1 })).toBeUndefined();
  });

  it("agrees with Decimal#equals on any pair of values, and is symmetric", () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 })).map(([n, scale]) => new Decimal(n.toString()).div(new Decimal(10).pow(scale)));
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(decimalEquality(a, b)).toBe(a.equals(b));
        expect(decimalEquality(b, a)).toBe(decimalEquality(a, b));
        expect(decimalEquality(a, new DecimalJs(a.toString()))).toBe(true);
      }),
    );
  });

  it("as an equality tester, lets toEqual equate Decimals of equal value, from any decimal.js constructor and either zero", () => {
    expect(new Decimal("1.5")).not.toEqual(new DecimalJs("1.50"));
    expect.addEqualityTesters([decimalEquality]);
    expect(new Decimal("0")).toEqual(new Decimal("-0"));
    expect({ total: new Decimal("1.5") }).toEqual({ total: new DecimalJs("1.50") });
    expect([new Decimal("2.0")]).toEqual([new Decimal("2")]);
    expect(new Decimal("1.5")).not.toEqual(new Decimal("1.6"));
    expect({ total: "1.5" }).not.toEqual({ total: new Decimal("1.5") });
  });
});
