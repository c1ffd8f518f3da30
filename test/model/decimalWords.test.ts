import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/index.js";
import { decimalOfWords, paddingZeros, shortInteger, wordDigits } from "../../src/model/decimalWords.js";

describe("wordDigits", () => {
  it("counts the digits of a word below 10⁷", () => {
    expect([1, 9, 10, 99, 100, 1_000, 10_000, 100_000, 999_999, 1_000_000, 9_999_999].map(wordDigits)).toEqual([1, 1, 2, 2, 3, 4, 5, 6, 6, 7, 7]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 9_999_999 }), (word) => {
        expect(wordDigits(word)).toBe(String(word).length);
      }),
    );
  });
});

describe("paddingZeros", () => {
  it("counts the zeros that end a word, at most 7", () => {
    expect([1, 10, 5_000_000, 1_234_567, 1_200_000, 0].map(paddingZeros)).toEqual([0, 1, 6, 0, 5, 7]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (word) => {
        expect(paddingZeros(word)).toBe(/0*$/.exec(String(word))?.[0].length);
      }),
    );
  });
});

describe("shortInteger (a Decimal of up to 15 digits as integer × 10^exponent)", () => {
  it("reads the value back exactly, without trailing zeros in the integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 15 - 1 }), fc.integer({ min: -40, max: 40 }), fc.boolean(), (digits, power, negative) => {
        const value = new Decimal(`${negative ? "-" : ""}${digits}e${power}`);
        const got = shortInteger(value);
        expect(got).not.toBeNull();
        if (got === null) return;
        expect(got.integer % 10).not.toBe(0);
        expect(Number.isSafeInteger(got.integer)).toBe(true);
        expect(new Decimal(got.integer).times(new Decimal(10).pow(got.exponent)).times(got.sign).equals(value)).toBe(true);
      }),
    );
  });

  it("refuses zero, NaN, infinities and more than 15 significant digits", () => {
    expect(shortInteger(new Decimal("-12.50"))).toEqual({ sign: -1, integer: 125, exponent: -1 });
    expect(shortInteger(new Decimal("3e20"))).toEqual({ sign: 1, integer: 3, exponent: 20 });
    expect(shortInteger(new Decimal("999999999999999"))).toEqual({ sign: 1, integer: 999_999_999_999_999, exponent: 0 });
    for (const refused of ["0", "-0", "NaN", "Infinity", "-Infinity", "1234567890123456", "0.1234567890123456", "1000000000000001e5"]) {
      expect(shortInteger(new Decimal(refused)), refused).toBeNull();
    }
  });
});

describe("decimalOfWords", () => {
  it("builds the Decimal whose fields decimal.js would give", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[1-9]\d{0,20}(\.\d{0,20}[1-9])?$/), (text) => {
        const expected = new Decimal(text);
        const built = decimalOfWords(expected.s, expected.e, [...expected.d]);
        expect(built.toString()).toBe(text);
        expect([built.s, built.e, built.d]).toEqual([expected.s, expected.e, expected.d]);
        expect(built.plus(1).equals(expected.plus(1))).toBe(true);
      }),
    );
    expect(decimalOfWords(1, 2, [123, 4_500_000]).toString()).toBe("123.45");
    expect(decimalOfWords(-1, -3, [10_000]).toString()).toBe("-0.001");
  });
});
