import { Decimal as GlobalDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/index.js";
import { DecimalValue, isDecimalInput } from "../../src/model/index.js";

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

  it("keeps the value of any decimal string in range", () => {
    // Within the range (60 significant digits, 30 decimals): fc.bigInt() alone reaches 78 digits, now refused.
    const sixtyDigits = 10n ** 60n;
    fc.assert(
      fc.property(fc.bigInt({ min: -(sixtyDigits - 1n), max: sixtyDigits - 1n }), fc.nat(30), (digits, scale) => {
        const s = scale === 0 ? digits.toString() : `${digits}e-${scale}`;
        expect(DecimalValue.parse(s).equals(new GlobalDecimal(s))).toBe(true);
      }),
    );
  });
});
