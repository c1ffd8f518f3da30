import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { Quantity } from "../../src/model/quantity.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import * as arb from "./arbitraries.js";

describe("Quantity", () => {
  it("reads the value as an exact Decimal from a string, an integer or a Decimal", () => {
    const fine = Quantity.parse({ value: "1400000", unit: "元", qualifier: "atLeast" });
    expect(fine.value).toBeInstanceOf(Decimal);
    expect(fine.value.toString()).toBe("1400000");
    expect(Quantity.parse({ value: 152, unit: "件", qualifier: "exact" }).value.equals(152)).toBe(true);
    expect(Quantity.parse({ value: new Decimal("0.5"), unit: "%", qualifier: "approx" }).value.toString()).toBe("0.5");
  });

  it("refuses a float, with the decimal check's own code at quantity.value", () => {
    const result = safeParseModel(Quantity, { value: 0.1, unit: "件", qualifier: "exact" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["schema.decimal.invalid", ["value"]]]);
  });

  it("takes a unit of 1 to 20 characters", () => {
    expect(Quantity.safeParse({ value: "1", unit: "x".repeat(20), qualifier: "exact" }).success).toBe(true);
    for (const unit of ["", "x".repeat(21)]) {
      const result = safeParseModel(Quantity, { value: "1", unit, qualifier: "exact" });
      if (result.success) throw new Error(`expected a refusal of ${unit}`);
      expect(result.issues[0]?.path).toEqual(["unit"]);
      expect(result.issues[0]?.code).toBe(unit === "" ? "schema.tooSmall" : "schema.tooBig");
    }
  });

  it("refuses an unknown qualifier and a missing field, each at its path", () => {
    const result = safeParseModel(Quantity, { value: "1", qualifier: "about" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["unit", "qualifier"]);
  });

  it("round-trips through JSON, keeping every digit", () => {
    fc.assert(
      fc.property(arb.quantity, (value) => {
        const parsed = Quantity.parse(value);
        const json = JSON.stringify(parsed);
        const again = Quantity.parse(JSON.parse(json));
        expect(again).toEqual(parsed);
        expect(JSON.stringify(again)).toBe(json);
      }),
      { numRuns: 150 },
    );
  });
});
