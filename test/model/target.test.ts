import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import { Comparator, Target } from "../../src/model/target.js";
import * as arb from "./arbitraries.js";

const onlineRate = {
  indicator: "services.onlineRate",
  comparator: "≈",
  tolerance: "5",
  quantity: { value: "70", unit: "%", qualifier: "approx" },
};

describe("Comparator", () => {
  it("takes >=, <=, = and ≈ only", () => {
    expect(Comparator.options).toEqual([">=", "<=", "=", "≈"]);
    for (const bad of [">", "<", "==", "~", "≥", "≤"]) expect(Comparator.safeParse(bad).success, bad).toBe(false);
  });
});

describe("Target", () => {
  it("takes an indicator, a comparator, a quantity and a tolerance as a Decimal", () => {
    const target = Target.parse(onlineRate);
    expect(target.tolerance?.toString()).toBe("5");
    expect(target.quantity.value.toString()).toBe("70");
  });

  it("takes null for an indicator the catalog has not, and no tolerance", () => {
    const { tolerance: _, ...rest } = onlineRate;
    const target = Target.parse({ ...rest, indicator: null, comparator: ">=" });
    expect(target.indicator).toBeNull();
    expect("tolerance" in target).toBe(false);
  });

  it("takes a zero tolerance and refuses a negative one with its own code", () => {
    expect(Target.parse({ ...onlineRate, tolerance: "0" }).tolerance?.isZero()).toBe(true);
    const result = safeParseModel(Target, { ...onlineRate, tolerance: "-0.5" }, { locale: "zh" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.code, i.path, i.message])).toEqual([["schema.target.negativeTolerance", ["tolerance"], "容差不能为负数"]]);
  });

  it("refuses an unknown indicator, a missing comparator and a bad quantity, each at its path", () => {
    const result = safeParseModel(Target, { indicator: "services.online", quantity: { value: 0.7, unit: "%", qualifier: "approx" } });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["indicator", "comparator", "quantity.value"]);
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(arb.target, (value) => {
        const parsed = Target.parse(value);
        const json = JSON.stringify(parsed);
        const again = Target.parse(JSON.parse(json));
        expect(again).toEqual(parsed);
        expect(JSON.stringify(again)).toBe(json);
      }),
      { numRuns: 150 },
    );
  });
});
