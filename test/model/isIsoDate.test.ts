import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/model/index.js";

describe("isIsoDate", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2021-02-23")).toBe(true);
    expect(isIsoDate("2020-02-29")).toBe(true);
    for (const bad of ["2021-02-29", "2021-13-01", "2021-00-10", "2021-2-23", "2021/02/23", "20210223", "2021-02-23T00:00"]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it("agrees with the UTC calendar for every day, whatever the machine's time zone", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (d) => {
        expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });
});

describe("isIsoDate in the years 0000–0099 (proleptic Gregorian, as ISO 8601)", () => {
  it("reads them as the years they are, not as 1900–1999", () => {
    expect(isIsoDate("0050-06-30")).toBe(true);
    expect(isIsoDate("0000-02-29")).toBe(true); // 0000 is divisible by 400
    expect(isIsoDate("0004-02-29")).toBe(true);
    expect(isIsoDate("0001-02-29")).toBe(false);
    expect(isIsoDate("0099-12-31")).toBe(true);
    expect(isIsoDate("0000-00-10")).toBe(false);
    expect(isIsoDate("0010-13-01")).toBe(false);
  });
  it("agrees with Date.UTC for every day of random years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        expect(isIsoDate(text)).toBe(exists);
      }),
    );
  });
});
