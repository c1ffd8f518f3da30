import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DateRange, Period } from "../../src/model/period.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import * as arb from "./arbitraries.js";

describe("Period", () => {
  it("is a year or an ordered date range", () => {
    expect(Period.parse(2021)).toBe(2021);
    expect(Period.parse({ from: "2020-01-01", to: "2021-12-31" })).toEqual({ from: "2020-01-01", to: "2021-12-31" });
    expect(DateRange.safeParse({ from: "2021-12-31", to: "2020-01-01" }).success).toBe(false);
    expect(Period.safeParse(1800).success).toBe(false);
  });

  it("refuses a year out of range, a date string alone and a range with a date that does not exist", () => {
    for (const bad of [1948, 2101, 2021.5, "2021", "2021-01-01", { from: "2021-02-29", to: "2021-03-01" }, { from: "2021-01-01" }]) {
      expect(Period.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(arb.period, (value) => {
        const parsed = Period.parse(value);
        expect(Period.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 150 },
    );
  });
});

describe("DateRange", () => {
  it("includes both ends: a one-day range is valid", () => {
    expect(DateRange.parse({ from: "2021-06-30", to: "2021-06-30" })).toEqual({ from: "2021-06-30", to: "2021-06-30" });
  });

  it("refuses a reversed range at path to, with its own code and message", () => {
    const zh = safeParseModel(DateRange, { from: "2021-12-31", to: "2020-01-01" }, { locale: "zh" });
    const en = safeParseModel(DateRange, { from: "2021-12-31", to: "2020-01-01" }, { locale: "en" });
    if (zh.success || en.success) throw new Error("expected refusals");
    expect(zh.issues.map((i) => [i.code, i.path, i.message])).toEqual([["schema.period.reversed", ["to"], "起始日期不能晚于截止日期"]]);
    expect(en.issues[0]?.message).toBe("`from` must not be after `to`");
  });

  it("accepts two real dates exactly when the first is not after the second", () => {
    fc.assert(
      fc.property(arb.isoDate, arb.isoDate, (from, to) => {
        expect(DateRange.safeParse({ from, to }).success).toBe(from <= to);
      }),
    );
  });
});
