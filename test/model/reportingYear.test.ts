import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReportingYear } from "../../src/model/reportingYear.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";

describe("ReportingYear", () => {
  it("is an integer from 1949 to 2100, ends included", () => {
    for (const year of [1949, 2020, 2100]) expect(ReportingYear.parse(year)).toBe(year);
    for (const bad of [1948, 2101, 20.5, Number.NaN, "2021", null]) expect(ReportingYear.safeParse(bad).success, String(bad)).toBe(false);
  });

  it("accepts a year exactly when it is an integer in range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2300 }), (year) => {
        expect(ReportingYear.safeParse(year).success).toBe(year >= 1949 && year <= 2100);
      }),
    );
  });

  it("says which bound a year breaks", () => {
    const low = safeParseModel(ReportingYear, 1900, { locale: "en" });
    const high = safeParseModel(ReportingYear, 2200, { locale: "en" });
    if (low.success || high.success) throw new Error("expected refusals");
    expect(low.issues[0]?.code).toBe("schema.tooSmall");
    expect(low.issues[0]?.message).toContain("1949");
    expect(high.issues[0]?.code).toBe("schema.tooBig");
    expect(high.issues[0]?.message).toContain("2100");
  });
});
