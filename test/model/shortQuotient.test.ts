import { Decimal as GlobalDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/index.js";
import { quotient } from "../../src/model/index.js";
import { shortQuotient } from "../../src/model/shortQuotient.js";

/** The rule `quotient` states for a quotient below 10¹⁹, computed apart: 200 digits, then half-even at 30 places (a quotient by a short divisor never has 170 nines or zeros in a row to make that a double rounding). */
const Wide = GlobalDecimal.clone({ precision: 200, rounding: GlobalDecimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
const reference = (a: Decimal, b: Decimal) => new Decimal(new Wide(a.toString()).div(b.toString()).toDecimalPlaces(30, GlobalDecimal.ROUND_HALF_EVEN) as unknown as Decimal);

/** A Decimal of up to 15 significant digits at a power of ten. */
const short = (maxDigits: number, powers: number) =>
  fc.record({ digits: fc.integer({ min: 1, max: 10 ** maxDigits - 1 }), power: fc.integer({ min: -powers, max: powers }), negative: fc.boolean() }).map(({ digits, power, negative }) => new Decimal(`${negative ? "-" : ""}${digits}e${power}`));

const expectQuotient = (a: Decimal, b: Decimal, got: Decimal) => {
  const expected = reference(a, b);
  expect(got.toString()).toBe(expected.toString());
  // decimal.js's own representation (its digit words, exponent and sign), so every later operation sees a normal Decimal.
  expect([got.s, got.e, got.d]).toEqual([expected.s, expected.e, expected.d]);
};

describe("shortQuotient (quotient by a long division in numbers)", () => {
  it("is the quotient rounded at 30 places, half-even, in decimal.js's own words, whenever it gives one", () => {
    let given = 0;
    fc.assert(
      fc.property(short(15, 12), short(9, 6), (a, b) => {
        const got = shortQuotient(a, b);
        if (got === undefined) return;
        given++;
        expectQuotient(a, b, got);
      }),
      { numRuns: 3000 },
    );
    // Most of these are in its reach (the test is not vacuous).
    expect(given).toBeGreaterThan(300);
  });

  it("gives every mean and rate of report figures: a sum of values with up to 4 decimals over a count, a count over a count × 100", () => {
    const sum = fc.record({ scaled: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), places: fc.integer({ min: 0, max: 4 }) }).map(({ scaled, places }) => new Decimal(scaled).div(10 ** places));
    fc.assert(
      fc.property(sum, fc.integer({ min: 1, max: 5_000_000 }), (total, count) => {
        const got = shortQuotient(total, new Decimal(count));
        if (total.isZero()) {
          expect(got).toBeUndefined();
          return;
        }
        expect(got).toBeDefined();
        expectQuotient(total, new Decimal(count), got as Decimal);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), (part, whole) => {
        const a = new Decimal(part).times(100);
        const got = shortQuotient(a, new Decimal(whole));
        expect(got).toBeDefined();
        expectQuotient(a, new Decimal(whole), got as Decimal);
      }),
      { numRuns: 2000 },
    );
  });

  it("carries a rounding through nines, keeps signs, and leaves zero and what is out of its reach to decimal.js", () => {
    expect(shortQuotient(new Decimal(2), new Decimal(3))?.toString()).toBe("0.666666666666666666666666666667");
    expect(shortQuotient(new Decimal(-2956), new Decimal(3))?.toString()).toBe("-985.333333333333333333333333333333");
    expect(shortQuotient(new Decimal(1), new Decimal(-8))?.toString()).toBe("-0.125");
    // 21 / 209 = 0.100478468899521531100478468899|52…: the 30th and 29th places' nines carry into the word before.
    expect(shortQuotient(new Decimal(21), new Decimal(209))?.toString()).toBe("0.1004784688995215311004784689");
    expect(shortQuotient(new Decimal("9999999"), new Decimal("10000000.00000000000000000000000001"))).toBeUndefined(); // a divisor of 33 digits
    expect(shortQuotient(new Decimal(0), new Decimal(3))).toBeUndefined();
    expect(shortQuotient(new Decimal(1), new Decimal(0))).toBeUndefined();
    expect(shortQuotient(new Decimal("1e40"), new Decimal(3))).toBeUndefined(); // above 2⁵³: 50 digits, decimal.js's
    expect(shortQuotient(new Decimal(1), new Decimal("3e15"))).toBeUndefined(); // a divisor of 9 × 10¹⁴ or more
    // Exactly half a unit of the 30th place (1 / (2²⁹ × 100) = 5²⁹ × 10⁻³¹), by 10 a step: to the even digit, down and up.
    expect(shortQuotient(new Decimal(1), new Decimal("53687091200"))?.toString()).toBe("0.000000000018626451492309570312");
    expect(shortQuotient(new Decimal(3), new Decimal("53687091200"))?.toString()).toBe("0.000000000055879354476928710938");
    expect(shortQuotient(new Decimal(Number.NaN), new Decimal(3))).toBeUndefined();
    // A quotient that rounds to 0 at 30 places: quotient's own rule gives its sign.
    expect(shortQuotient(new Decimal("1e-25"), new Decimal("3e7"))).toBeUndefined();
  });

  it("is what quotient gives, through either path", () => {
    fc.assert(
      fc.property(short(15, 12), short(15, 12), (a, b) => {
        const q = quotient(a, b);
        if (q === null || q.abs().greaterThanOrEqualTo("1e19")) return;
        expectQuotient(a, b, q);
      }),
      { numRuns: 2000 },
    );
  });
});
