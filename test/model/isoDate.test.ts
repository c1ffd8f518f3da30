import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DateRange, IsoDate, Period, isIsoDate } from "../../src/index.js";

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

  it("is what the IsoDate schema checks", () => {
    expect(IsoDate.safeParse("2021年2月23日").success).toBe(false);
  });
});

describe("Period", () => {
  it("is a year or an ordered date range", () => {
    expect(Period.parse(2021)).toBe(2021);
    expect(Period.parse({ from: "2020-01-01", to: "2021-12-31" })).toEqual({ from: "2020-01-01", to: "2021-12-31" });
    expect(DateRange.safeParse({ from: "2021-12-31", to: "2020-01-01" }).success).toBe(false);
    expect(Period.safeParse(1800).success).toBe(false);
  });
});
