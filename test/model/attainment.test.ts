import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attainment } from "../../src/model/attainment.js";
import { Decimal } from "../../src/model/decimal.js";

describe("attainment", () => {
  const target = (comparator: ">=" | "<=" | "=" | "≈", value: string, tolerance?: string) => ({
    indicator: null,
    comparator,
    ...(tolerance ? { tolerance: new Decimal(tolerance) } : {}),
    quantity: { value: new Decimal(value), unit: "%", qualifier: "exact" as const },
  });
  const actual = (value: string, qualifier: "exact" | "approx" | "atLeast" | "atMost" = "exact") => ({ value: new Decimal(value), unit: "%", qualifier });

  it("decides what bounds allow and leaves the rest unknown", () => {
    expect(attainment(target(">=", "90"), actual("95"))).toBe("met");
    expect(attainment(target(">=", "90"), actual("85"))).toBe("notMet");
    expect(attainment(target(">=", "90"), actual("85", "atLeast"))).toBe("unknown");
    expect(attainment(target(">=", "90"), actual("95", "atLeast"))).toBe("met");
    expect(attainment(target(">=", "90"), actual("85", "atMost"))).toBe("notMet");
    expect(attainment(target("<=", "5"), actual("3"))).toBe("met");
    expect(attainment(target("<=", "5"), actual("6", "atLeast"))).toBe("notMet");
    expect(attainment(target("=", "100"), actual("100"))).toBe("met");
    expect(attainment(target("≈", "70", "5"), actual("73"))).toBe("met");
    expect(attainment(target("≈", "70", "5"), actual("76"))).toBe("notMet");
    expect(attainment(target("≈", "70"), actual("70", "approx"))).toBe("met");
    expect(attainment(target(">=", "90"), actual("95", "approx"))).toBe("unknown");
    expect(attainment(target(">=", "90"), { value: new Decimal(95), unit: "件", qualifier: "exact" })).toBe("unknown");
  });

  it("agrees with the bounds: an exact actual is always decided, and a one-sided bound never contradicts its exact values", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.constantFrom(">=", "<=", "=") as fc.Arbitrary<">=" | "<=" | "=">, (t, v, d, comparator) => {
        const exact = attainment(target(comparator, String(t)), actual(String(v)));
        expect(exact).not.toBe("unknown");
        // "at least v" holds every value v + d; a decided answer must be the answer for each of them.
        const atLeast = attainment(target(comparator, String(t)), actual(String(v), "atLeast"));
        if (atLeast !== "unknown") expect(attainment(target(comparator, String(t)), actual(String(v + d)))).toBe(atLeast);
        const atMost = attainment(target(comparator, String(t)), actual(String(v), "atMost"));
        if (atMost !== "unknown") expect(attainment(target(comparator, String(t)), actual(String(v - d)))).toBe(atMost);
      }),
    );
  });
});
