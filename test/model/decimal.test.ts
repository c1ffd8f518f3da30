import { Decimal as GlobalDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, DecimalValue, isDecimalInput, isDecimalString } from "../../src/index.js";

describe("Decimal", () => {
  it("is exact where floats are not", () => {
    expect(new Decimal("0.1").plus("0.2").toString()).toBe("0.3");
  });

  it("is a private clone: the global decimal.js settings stay as they were", () => {
    expect(GlobalDecimal.precision).toBe(20);
    expect(Decimal.precision).toBe(50);
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

describe("DecimalValue", () => {
  it("accepts decimal strings, Decimals of any decimal.js copy and safe integers", () => {
    expect(DecimalValue.parse("121").toString()).toBe("121");
    expect(DecimalValue.parse(new GlobalDecimal("1.5")).toString()).toBe("1.5");
    expect(DecimalValue.parse(152).toString()).toBe("152");
    expect(DecimalValue.parse(new GlobalDecimal("1.5"))).toBeInstanceOf(Decimal);
  });

  it("refuses floats, non-finite values and other things", () => {
    for (const bad of [0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, new Decimal(Number.NaN), null, {}, [], "1,2"]) {
      expect(DecimalValue.safeParse(bad).success, String(bad)).toBe(false);
      expect(isDecimalInput(bad)).toBe(false);
    }
  });

  it("keeps the value of any decimal string", () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.nat(30), (digits, scale) => {
        const s = scale === 0 ? digits.toString() : `${digits}e-${scale}`;
        expect(DecimalValue.parse(s).equals(new GlobalDecimal(s))).toBe(true);
      }),
    );
  });
});
