import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { formatDecimal } from "../../src/render/formatDecimal.js";

const d = (v: string) => new Decimal(v);

describe("formatDecimal", () => {
  it("groups thousands and rounds half up to 2 digits by default", () => {
    expect(formatDecimal(d("1210000"))).toBe("1,210,000");
    expect(formatDecimal(d("85.8221"))).toBe("85.82");
    expect(formatDecimal(d("0.005"))).toBe("0.01");
    expect(formatDecimal(d("2.5"), { fractionDigits: 0 })).toBe("3");
  });

  it("rounds negatives half away from zero and keeps their sign", () => {
    expect(formatDecimal(d("-1234.565"))).toBe("-1,234.57");
    expect(formatDecimal(d("-2"))).toBe("-2");
  });

  it("writes huge values exactly, never through a float", () => {
    expect(formatDecimal(d("123456789012345678901234567890"))).toBe("123,456,789,012,345,678,901,234,567,890");
    expect(formatDecimal(d("9007199254740993"))).toBe("9,007,199,254,740,993");
  });

  it("writes 万 and 亿 from 10,000 up, negatives too", () => {
    expect(formatDecimal(d("9999"), { style: "wan" })).toBe("9,999");
    expect(formatDecimal(d("10000"), { style: "wan" })).toBe("1万");
    expect(formatDecimal(d("-26000"), { style: "wan" })).toBe("-2.6万");
    expect(formatDecimal(d("150000000"), { style: "wan" })).toBe("1.5亿");
    expect(formatDecimal(d("1234567"), { style: "wan" })).toBe("123.4567万");
  });

  it("never writes a percentage in 万", () => {
    expect(formatDecimal(d("12345"), { style: "wan", unit: "%" })).toBe("12,345");
    expect(formatDecimal(d("12345"), { style: "wan", unit: "‰" })).toBe("12,345");
    expect(formatDecimal(d("12345"), { style: "wan", unit: "元" })).toBe("1.2345万");
  });
});
