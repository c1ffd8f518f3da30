import { Decimal as GlobalDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, safeParseModel, toDecimal } from "../../src/index.js";
import {
  DecimalValue,
  decimalRange,
  decimalVerdict,
  isDecimalString,
} from "../../src/model/index.js";

describe("Decimal", () => {
  it("is exact where floats are not", () => {
    expect(new Decimal("0.1").plus("0.2").toString()).toBe("0.3");
  });

  it("is a private clone: the global decimal.js settings stay as they were", () => {
    expect(GlobalDecimal.precision).toBe(20);
    // 120 since the model's range was stated (issue 10): every sum of values in range is exact.
    expect(Decimal.precision).toBe(120);
    expect(new GlobalDecimal("1e21").toString()).toBe("1e+21");
    expect(new Decimal("1e21").toString()).toBe("1000000000000000000000");
  });
});

describe("isDecimalString", () => {
  it.each(["0", "12", "-0.5", "+3", ".5", "5.", "1.2e+21", "1E-7"])("accepts %s", (s) => {
    expect(isDecimalString(s)).toBe(true);
  });
  it.each(["", "1,286", "85.98%", "NaN", "Infinity", "0x10", " 1", "1 ", "--1", "e5"])("refuses %j", (s) => {
    expect(isDecimalString(s)).toBe(false);
  });
  it("refuses absurdly long strings instead of building huge numbers", () => {
    expect(isDecimalString("9".repeat(2000))).toBe(false);
  });
});

/** A value in range: its significant digits, the exponent of its lowest digit, and its sign, with the exact value as a BigInt at scale 10³⁰. */
const inRange = fc
  .record({ significant: fc.integer({ min: 1, max: 60 }), seed: fc.bigInt({ min: 0n, max: 10n ** 60n }), negative: fc.boolean(), slack: fc.nat(90) })
  .map(({ significant, seed, negative, slack }) => {
    // The digits: `significant` of them, the last one not zero.
    let digits = (seed % 10n ** BigInt(significant)).toString().padStart(significant, "1");
    digits = `${digits.slice(0, -1)}${digits.endsWith("0") ? "7" : digits.slice(-1)}`;
    digits = digits.replace(/^0/, "3");
    const lowest = decimalRange.minExponent + (slack % (decimalRange.maxExponent - decimalRange.minExponent - significant + 2));
    const text = `${negative ? "-" : ""}${digits}e${lowest}`;
    const scaled = (negative ? -1n : 1n) * BigInt(digits) * 10n ** BigInt(lowest + 30);
    return { text, scaled };
  });

/** A BigInt at scale 10³⁰ as a plain decimal string, computed with BigInt alone. */
function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(31, "0");
  const whole = digits.slice(0, -30);
  const fraction = digits.slice(-30).replace(/0+$/, "");
  const text = fraction === "" ? whole : `${whole}.${fraction}`;
  return negative && text !== "0" ? `-${text}` : text;
}

describe("the range of a model Decimal", () => {
  it("refuses huge exponents without expanding them", () => {
    for (const huge of ["1e200000000", "1e10000000", "-1e-10000000", "9.9e999999999999999999", "1e61", "1e-31", "1".repeat(61)]) {
      expect(decimalVerdict(huge), huge).toBe("outOfRange");
      const result = safeParseModel(DecimalValue, huge, { locale: "zh" });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues[0]?.code).toBe("schema.decimal.outOfRange");
      expect(() => toDecimal(huge)).toThrow(RangeError);
    }
    // Zero is zero whatever its exponent.
    expect(DecimalValue.parse("0e999999999999").isZero()).toBe(true);
  });

  it("refuses Decimals outside the range, NaN and infinities, of any copy of decimal.js", () => {
    for (const bad of [new GlobalDecimal("1e100"), new GlobalDecimal("1e-40"), new GlobalDecimal(Number.NaN), new GlobalDecimal(Number.POSITIVE_INFINITY)]) {
      expect(decimalVerdict(bad)).toBe("outOfRange");
    }
    expect(decimalVerdict(new GlobalDecimal("1e60"))).toBe("ok");
  });

  it("refuses objects that only look like a Decimal, and getters that throw, without throwing", () => {
    const throwing = Object.defineProperty({ toStringTag: "[object Decimal]" }, "d", {
      get() {
        throw new Error("boom");
      },
    });
    for (const fake of [{ toStringTag: "[object Decimal]" }, { toStringTag: "[object Decimal]", s: 1, e: 0, d: ["5"] }, throwing]) {
      expect(decimalVerdict(fake)).toBe("invalid");
      expect(DecimalValue.safeParse(fake).success).toBe(false);
    }
    // A well-formed one is read from its fields, not from its methods.
    expect(DecimalValue.parse({ toStringTag: "[object Decimal]", s: -1, e: 1, d: [12] }).toString()).toBe("-12");
  });

  it("reads a Decimal in range to the same value and the same stored words as its string, of any decimal.js copy", () => {
    fc.assert(
      fc.property(inRange, fc.boolean(), ({ text }, global) => {
        const given = global ? new GlobalDecimal(text) : new Decimal(text);
        const read = DecimalValue.parse(given);
        const fromText = DecimalValue.parse(text);
        expect(read).toBeInstanceOf(Decimal);
        // This library's Decimal is kept (decimals are immutable); another copy's is rebuilt, as it computes with its own precision.
        if (global) expect(read).not.toBe(given);
        else expect(read).toBe(given);
        expect(read.toString()).toBe(fromText.toString());
        expect({ s: read.s, e: read.e, d: read.d }).toEqual({ s: fromText.s, e: fromText.e, d: fromText.d });
        expect(toDecimal(given).toString()).toBe(fromText.toString());
      }),
    );
    // Safe integers, one word or more, negative zero.
    for (const n of [0, 7, -9_999_999, 10_000_000, -123_456_789_012, Number.MAX_SAFE_INTEGER]) {
      expect(DecimalValue.parse(n).toString()).toBe(String(n));
      expect(DecimalValue.parse(n).d).toEqual(new Decimal(String(n)).d);
    }
    expect(DecimalValue.parse(new Decimal("-0")).isNegative()).toBe(true);
  });

  it("keeps only a true Decimal of this library: one on the shared prototype with getters, or another constructor, is rebuilt", () => {
    const own = new Decimal("12.5");
    expect(DecimalValue.parse(own)).toBe(own);
    const shifty = Object.create(Decimal.prototype, {
      constructor: { value: Decimal },
      s: { value: 1 },
      e: { value: 1 },
      d: { get: () => [12, 5000000] },
    }) as Decimal;
    const read = DecimalValue.parse(shifty);
    expect(read).not.toBe(shifty);
    expect(read.toString()).toBe("12.5");
    const borrowed = Object.assign(Object.create(Decimal.prototype) as object, { constructor: GlobalDecimal, s: 1, e: 0, d: [3] });
    expect(DecimalValue.parse(borrowed)).not.toBe(borrowed);
  });

  it("reads a Decimal-like value whose words are not in decimal.js's form by its digits", () => {
    // The first word holds one digit too many for exponent 0, or a zero word trails: read as the digits say.
    expect(DecimalValue.parse({ toStringTag: "[object Decimal]", s: 1, e: 0, d: [12] }).toString()).toBe("1.2");
    expect(DecimalValue.parse({ toStringTag: "[object Decimal]", s: 1, e: 7, d: [1, 0] }).toString()).toBe("10000000");
    expect(DecimalValue.parse({ toStringTag: "[object Decimal]", s: 1, e: 3, d: [0] }).toString()).toBe("0");
  });

  it("sums values in range exactly (1e60 + 1, 1e60 + 1e-30)", () => {
    expect(new Decimal("1e60").plus(1).toString()).toBe(`1${"0".repeat(59)}1`);
    expect(new Decimal("1e60").plus("1e-30").toString()).toBe(`1${"0".repeat(60)}.${"0".repeat(29)}1`);
    expect(new Decimal("-1e60").minus("1e-30").plus("1e60").toString()).toBe("-0.000000000000000000000000000001");
    fc.assert(
      fc.property(fc.array(inRange, { minLength: 1, maxLength: 40 }), (values) => {
        const sum = values.reduce((acc, v) => acc.plus(DecimalValue.parse(v.text)), new Decimal(0));
        const exact = values.reduce((acc, v) => acc + v.scaled, 0n);
        expect(sum.toFixed()).toBe(fromScaled(exact));
      }),
    );
  });

  it("reads strings by the same range as decimal.js would place them", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{0,70}(\.\d{0,40})?(e-?\d{1,3})?$/), (text) => {
        const verdict = decimalVerdict(text);
        let parsed: InstanceType<typeof GlobalDecimal> | null = null;
        try {
          parsed = new GlobalDecimal(text);
        } catch {
          parsed = null;
        }
        if (parsed === null) {
          expect(verdict).toBe("invalid");
          return;
        }
        const inside = parsed.isZero() || (parsed.e <= decimalRange.maxExponent && parsed.e - parsed.sd() + 1 >= decimalRange.minExponent && parsed.sd() <= decimalRange.significantDigits);
        expect(verdict).toBe(inside ? "ok" : "outOfRange");
        if (inside) expect(DecimalValue.parse(text).equals(parsed)).toBe(true);
      }),
    );
  });
});
