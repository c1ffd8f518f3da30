import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, parseChineseNumber } from "../../src/index.js";

function value(s: string): string | null {
  const result = parseChineseNumber(s);
  return result.ok ? result.value.toString() : null;
}

const digits = "零一二三四五六七八九";

/** Writes a whole number in Chinese numerals, the way reports do (test-only formatter). */
function toChinese(n: bigint): string {
  if (n === 0n) return "零";
  const groups: string[] = [];
  let rest = n;
  while (rest > 0n) {
    groups.push(String(rest % 10000n).padStart(4, "0"));
    rest /= 10000n;
  }
  const groupUnits = ["", "万", "亿", "万亿"];
  let out = "";
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g] ?? "0000";
    if (group === "0000") {
      pendingZero = out !== "";
      continue;
    }
    const smallUnits = ["千", "百", "十", ""];
    for (let k = 0; k < 4; k++) {
      const d = Number(group[k]);
      if (d === 0) {
        if (out !== "") pendingZero = true;
        continue;
      }
      if (pendingZero) out += "零";
      pendingZero = false;
      out += `${digits[d]}${smallUnits[k]}`;
    }
    out += groupUnits[g] ?? "";
  }
  return out;
}

describe("parseChineseNumber", () => {
  it.each([
    ["两百", "200"],
    ["两千零二十三", "2023"],
    ["一亿零二百万", "102000000"],
    ["零点五", "0.5"],
    ["九十五点三", "95.3"],
    ["十二", "12"],
    ["二百三十六", "236"],
    ["一千零五十", "1050"],
    ["二〇二三", "2023"],
    ["三十五万六千", "356000"],
    ["一万零五", "10005"],
    ["十万", "100000"],
    ["壹万贰仟叁佰", "12300"],
    ["贰拾", "20"],
    ["3.2万", "32000"],
    ["1.19万", "11900"],
    ["12.5亿", "1250000000"],
    ["1,286", "1286"],
    ["1，286", "1286"],
    ["1,234,567.5", "1234567.5"],
    ["１２８６", "1286"],
    ["85.98", "85.98"],
    ["12345678901234567890.123456789", "12345678901234567890.123456789"],
  ])("reads %s as %s", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each(["", " ", "二三百", "三四", "两三", "七八九", "十十", "百", "万", "亿万", "abc", "1.2.3", "1,28", "12,34", "点五", "3.2千克", "一二三四五六七八九十百千万亿".repeat(40)])(
    "refuses %j with an issue",
    (input) => {
      const result = parseChineseNumber(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issue.code).toBe("number.unreadable");
    },
  );

  it("reads every whole number written in Chinese numerals", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
        expect(value(toChinese(n))).toBe(n.toString());
      }),
      { numRuns: 500 },
    );
  });

  it("reads every number written with digits and thousands separators", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.nat(99), (n, cents) => {
        const written = `${n.toLocaleString("en-US")}.${String(cents).padStart(2, "0")}`;
        expect(value(written)).toBe(new Decimal(`${n}.${String(cents).padStart(2, "0")}`).toString());
      }),
    );
  });

  it.each([
    ["一万二", "12000"],
    ["两万三", "23000"],
    ["三千五", "3500"],
    ["一百五", "150"],
    ["一万二千五", "12500"],
    ["一亿二", "120000000"],
    ["十五", "15"],
    ["一万零二", "10002"],
    ["一千零五", "1005"],
    ["负五", "-5"],
    ["-3.5", "-3.5"],
    ["-1.2万", "-12000"],
  ])("reads %s, as people say it, as %s", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each(["三万四万", "一万二点五", "万万"])("refuses %j, which is not one number", (input) => {
    expect(value(input)).toBeNull();
  });

  it("reads a digit said without its unit as the next place down", () => {
    const units = [
      ["百", 100n],
      ["千", 1000n],
      ["万", 10000n],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(...units), (a, b, [unit, place]) => {
        const written = `${digits[a]}${unit}${digits[b]}`;
        expect(value(written)).toBe((BigInt(a) * place + (BigInt(b) * place) / 10n).toString());
        // With 零 the digit is a one: 一万零二.
        expect(value(`${digits[a]}${unit}零${digits[b]}`)).toBe((BigInt(a) * place + BigInt(b)).toString());
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,，点零一二两三十百千万亿壹贰拾佰仟负a ") }), (s) => {
        expect(() => parseChineseNumber(s)).not.toThrow();
      }),
    );
  });
});

describe("parseChineseNumber on plain digits", () => {
  it("reads them as the general path reads the same digits with a space before them", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 60 }), (digits) => {
        const plain = parseChineseNumber(digits);
        const spaced = parseChineseNumber(` ${digits}`);
        expect(plain.ok).toBe(spaced.ok);
        if (plain.ok && spaced.ok) expect(plain.value.toString()).toBe(spaced.value.toString());
        if (!plain.ok && !spaced.ok) expect(plain.issue.code).toBe(spaced.issue.code);
      }),
    );
  });

  it("gives decimal.js's own representation of the digits, on both sides of the 7-digit number path", () => {
    const same = (digits: string) => {
      const read = parseChineseNumber(digits);
      const expected = new Decimal(digits);
      expect(read.ok).toBe(true);
      if (read.ok) expect([read.value.s, read.value.e, read.value.d]).toEqual([expected.s, expected.e, expected.d]);
    };
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 9 }), same), { numRuns: 2000 });
    for (const digits of ["0", "0000000", "0000001", "1000000", "9999999", "10000000", "00000010", "1234567", "12345678"]) same(digits);
  });
});

describe("parseChineseNumber on digits written in parts", () => {
  it.each([
    ["12万3千", "123000"],
    ["1万2千3百", "12300"],
    ["3千5百万", "35000000"],
    ["1亿2000万", "120000000"],
    ["12万3000", "123000"],
    ["1亿20000000", "120000000"],
    ["１２万３千", "123000"],
  ])("reads %s as Chinese numerals are read: %s", (input, value) => {
    const read = parseChineseNumber(input);
    expect(read.ok && read.value.toString()).toBe(value);
  });

  it.each(["12万3", "12万30000", "2万1万", "3千4千", "1.5万3千", "1,200万3千"])("refuses %s: no one number", (input) => {
    expect(parseChineseNumber(input).ok).toBe(false);
  });
});
