import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { exportDecimal, exportDecimalText, scaledOfText, toExportDecimal } from "../../src/render/exportDecimal.js";

const d = (v: string) => new Decimal(v);

describe("exportDecimal", () => {
  it("is DECIMAL(38, 6)", () => {
    expect(exportDecimal).toEqual({ precision: 38, scale: 6 });
  });

  it("scales a value by 10^6 exactly, negatives included", () => {
    expect(toExportDecimal(d("85.82"))).toBe(85820000n);
    expect(toExportDecimal(d("-2"))).toBe(-2000000n);
    expect(toExportDecimal(d("-0.5"))).toBe(-500000n);
    expect(toExportDecimal(d("0"))).toBe(0n);
    expect(toExportDecimal(d("0.000001"))).toBe(1n);
    expect(toExportDecimal(d("-0.000001"))).toBe(-1n);
  });

  it("never rounds: 7 decimals do not fit", () => {
    expect(toExportDecimal(d("0.1234567"))).toBeNull();
    expect(toExportDecimal(d("0.123456"))).toBe(123456n);
  });

  it("keeps 32 integer digits and refuses 33, either sign", () => {
    const max = "9".repeat(32);
    expect(toExportDecimal(d(max))).toBe(BigInt(`${max}000000`));
    expect(toExportDecimal(d(`-${max}`))).toBe(-BigInt(`${max}000000`));
    expect(toExportDecimal(d("1e32"))).toBeNull();
    expect(toExportDecimal(d("-1e32"))).toBeNull();
  });

  it("refuses what is not finite", () => {
    expect(toExportDecimal(d("Infinity"))).toBeNull();
    expect(toExportDecimal(d("NaN"))).toBeNull();
  });

  it("reads plain text digit by digit", () => {
    expect(scaledOfText("-12.5")).toBe(-12500000n);
    expect(scaledOfText("1210000")).toBe(1210000000000n);
    expect(scaledOfText("1.0000001")).toBeNull();
  });

  it("writes the unscaled integer back without trailing zeros", () => {
    expect(exportDecimalText(85820000n)).toBe("85.82");
    expect(exportDecimalText(-500000n)).toBe("-0.5");
    expect(exportDecimalText(1210000000000n)).toBe("1210000");
    expect(exportDecimalText(0n)).toBe("0");
    expect(exportDecimalText(-1n)).toBe("-0.000001");
  });

  it("round-trips through text", () => {
    for (const v of ["0.000001", "-123456789.123456", "99999999999999999999999999999999.999999"]) {
      const scaled = toExportDecimal(d(v));
      expect(scaled).not.toBeNull();
      expect(exportDecimalText(scaled as bigint)).toBe(v);
    }
  });
});
