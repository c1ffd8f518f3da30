import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/model/daysBetween.js";

const isoDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("daysBetween", () => {
  it("counts calendar days, across month ends, leap days and years", () => {
    expect(daysBetween("2022-02-10", "2022-03-01")).toBe(19);
    expect(daysBetween("2020-02-28", "2020-03-01")).toBe(2);
    expect(daysBetween("2021-02-28", "2021-03-01")).toBe(1);
    expect(daysBetween("2021-12-31", "2022-01-01")).toBe(1);
    expect(daysBetween("2022-03-01", "2022-02-10")).toBe(-19);
    expect(daysBetween("2022-05-05", "2022-05-05")).toBe(0);
  });

  it("gives days since 1970-01-01 for the Parquet DATE columns, years below 100 as written", () => {
    expect(daysBetween("1970-01-01", "1970-01-01")).toBe(0);
    expect(daysBetween("1970-01-01", "2000-03-01")).toBe(11017);
    expect(daysBetween("0050-01-01", "0051-01-01")).toBe(365);
  });

  it("agrees with date-fns' differenceInCalendarDays and adds up", () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (a, b, c) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });
});
