import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { Estimate } from "../../src/model/estimate.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import { EstimateCell } from "../../src/model/table.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";
import * as arb from "./arbitraries.js";

describe("Estimate", () => {
  it("reads decimal strings, safe integers and Decimals as Decimals", () => {
    // 121万元 + 140余万元
    const fines = Estimate.parse({ value: "2610000", qualifier: "atLeast", lower: 2610000, upper: null });
    expect(fines.value).toBeInstanceOf(Decimal);
    expect(fines.lower).toBeInstanceOf(Decimal);
    expect(fines.value.equals(new Decimal(2610000))).toBe(true);
    expect(fines.lower?.toString()).toBe("2610000");
    expect(fines.upper).toBeNull();
    const rate = Estimate.parse({ value: new Decimal("85.98"), qualifier: "approx", lower: "85.5", upper: "86.5" });
    expect([rate.value.toString(), rate.lower?.toString(), rate.upper?.toString()]).toEqual(["85.98", "85.5", "86.5"]);
  });

  it("writes its decimals to JSON as decimal strings that keep every digit", () => {
    const e = Estimate.parse({ value: "12345678901234567890.123456789", qualifier: "exact", lower: "1e3", upper: null });
    expect(JSON.stringify(e)).toBe('{"value":"12345678901234567890.123456789","qualifier":"exact","lower":"1000","upper":null}');
  });

  it("refuses a float, a number beyond the model's range and a value that is no number, with the model's own checks", () => {
    const refusal = (value: unknown) => {
      const issue = Estimate.safeParse({ value, qualifier: "exact", lower: null, upper: null }).error?.issues[0];
      return [issue?.path, issue && "params" in issue ? issue.params : undefined];
    };
    expect(refusal(0.1)).toEqual([["value"], { fazhi: "decimal.invalid" }]);
    expect(refusal("约121")).toEqual([["value"], { fazhi: "decimal.invalid" }]);
    expect(refusal("１２１")).toEqual([["value"], { fazhi: "decimal.invalid" }]);
    expect(refusal("1e61")).toEqual([["value"], { fazhi: "decimal.outOfRange" }]);
  });

  it("refuses bounds that do not hold the value, at the bound, in the locale asked for", () => {
    const refused = (lower: string | null, upper: string | null) => {
      const result = safeParseModel(Estimate, { value: "100", qualifier: "approx", lower, upper }, { locale: "zh" });
      return result.success ? [] : result.issues.map((i) => [i.code, i.path.join("."), i.message]);
    };
    expect(refused("101", null)).toEqual([["schema.estimate.lowerAboveValue", "lower", "下限不能高于数值"]]);
    expect(refused(null, "99.99")).toEqual([["schema.estimate.upperBelowValue", "upper", "上限不能低于数值"]]);
    expect(refused("101", "99")).toHaveLength(2);
    expect(refused("100", "100")).toEqual([]);
    expect(refused("-1e60", null)).toEqual([]);
    // A table's estimate cell has the same fields and the same check.
    expect(EstimateCell.safeParse({ kind: "estimate", value: "5", qualifier: "atLeast", lower: "6", upper: null, unit: "件" }).error?.issues.map((i) => i.path)).toEqual([["lower"]]);
  });

  it("requires both bounds, null where unknown, and a known qualifier", () => {
    expect(Estimate.safeParse({ value: "1", qualifier: "exact", lower: null }).error?.issues.map((i) => i.path)).toEqual([["upper"]]);
    expect(Estimate.safeParse({ value: "1", qualifier: "余", lower: null, upper: null }).error?.issues.map((i) => i.path)).toEqual([["qualifier"]]);
  });

  it("round-trips through JSON (property)", () => {
    fc.assert(fc.property(arb.estimate, (value) => expectJsonRoundTrip(Estimate, value)), { numRuns: 150 });
  });

  it("gives back equal decimals after a trip through JSON (property)", () => {
    fc.assert(
      fc.property(arb.estimate, (value) => {
        const e = Estimate.parse(value);
        const again = Estimate.parse(JSON.parse(JSON.stringify(e)));
        expect(again.value.equals(e.value)).toBe(true);
        expect(again.lower === null ? e.lower === null : e.lower !== null && again.lower.equals(e.lower)).toBe(true);
        expect(again.upper === null ? e.upper === null : e.upper !== null && again.upper.equals(e.upper)).toBe(true);
      }),
    );
  });
});
