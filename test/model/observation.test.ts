import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Observation } from "../../src/model/observation.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import * as arb from "./arbitraries.js";

const fines = {
  agency: "hrb-transport",
  indicator: "enforcement.fineAmount",
  period: 2020,
  quantity: { value: "1210000", unit: "元", qualifier: "exact" },
  modality: "actual",
  attribution: "own",
};

describe("Observation", () => {
  it("takes one figure about one agency, its value an exact Decimal", () => {
    const parsed = Observation.parse(fines);
    expect(parsed.quantity.value.toString()).toBe("1210000");
    expect(parsed.period).toBe(2020);
    expect("source" in parsed).toBe(false);
  });

  it("takes a date-range period and a source", () => {
    const parsed = Observation.parse({
      ...fines,
      period: { from: "2020-01-01", to: "2021-12-31" },
      source: { document: "000.txt", span: { start: 2, end: 7 }, quote: "罚款121万元" },
    });
    expect(parsed.period).toEqual({ from: "2020-01-01", to: "2021-12-31" });
    expect(parsed.source?.span).toEqual({ start: 2, end: 7 });
  });

  it("refuses a source given as undefined: an optional field is absent or valid", () => {
    expect(Observation.safeParse({ ...fines, source: undefined }).success).toBe(false);
  });

  it("gives each problem at its own path", () => {
    const result = safeParseModel(Observation, {
      ...fines,
      agency: "",
      modality: "planned",
      attribution: "theirs",
      quantity: { value: "1", unit: "", qualifier: "exact" },
    });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["agency", "quantity.unit", "modality", "attribution"]);
  });

  it("refuses a reversed period and an unknown indicator", () => {
    const reversed = safeParseModel(Observation, { ...fines, period: { from: "2021-12-31", to: "2021-01-01" } });
    if (reversed.success) throw new Error("expected a refusal");
    expect(reversed.issues.some((i) => i.path[0] === "period")).toBe(true);
    const unknown = safeParseModel(Observation, { ...fines, indicator: "enforcement.fines" });
    if (unknown.success) throw new Error("expected a refusal");
    expect(unknown.issues.map((i) => [i.code, i.path])).toEqual([["schema.invalidValue", ["indicator"]]]);
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(arb.observation, (value) => {
        const parsed = Observation.parse(value);
        const json = JSON.stringify(parsed);
        const again = Observation.parse(JSON.parse(json));
        expect(again).toEqual(parsed);
        expect(JSON.stringify(again)).toBe(json);
      }),
      { numRuns: 150 },
    );
  });
});
