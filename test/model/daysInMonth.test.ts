// daysInMonth: the month lengths of the proleptic Gregorian calendar, as isIsoDate reads dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "../../src/model/daysInMonth.js";
import { isIsoDate } from "../../src/model/isIsoDate.js";

describe("daysInMonth", () => {
  it("gives 28 to 31 days, February 29 in a leap year (2000 and 2024, not 1900 nor 2100)", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2000, 2024, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 28]);
  });

  it("agrees with the calendar of Date (UTC) for every month of 1900–2200 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
        const last = `${year}-${String(month).padStart(2, "0")}-${daysInMonth(year, month)}`;
        expect(isIsoDate(last)).toBe(true);
      }),
    );
  });
});
