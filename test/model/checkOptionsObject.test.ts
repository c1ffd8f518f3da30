import { describe, expect, it } from "vitest";
import { checkOptionsObject, optionNames } from "../../src/model/checkOptionsObject.js";

describe("checkOptionsObject", () => {
  it("accepts an object and an absent optional one", () => {
    expect(() => checkOptionsObject("f", undefined)).not.toThrow();
    expect(() => checkOptionsObject("f", {})).not.toThrow();
    expect(() => checkOptionsObject("f", Object.create(null))).not.toThrow();
  });

  it("refuses arrays, null, other types and an absent required one, naming the function", () => {
    expect(() => checkOptionsObject("f", [])).toThrow(new TypeError("f: options must be an object"));
    expect(() => checkOptionsObject("f", null)).toThrow(new TypeError("f: options must be an object"));
    expect(() => checkOptionsObject("aggregate", "by")).toThrow(new TypeError("aggregate: options must be an object"));
    expect(() => checkOptionsObject("f", undefined, true)).toThrow(new TypeError("f: options must be an object"));
  });
});

describe("checkOptionsObject with the names of the options", () => {
  it("refuses an option it does not know, naming the closest; an option set to undefined is none", () => {
    const names = ["by", "measures", "includeJoint"];
    expect(() => checkOptionsObject("aggregate", { by: [], measures: [] }, true, names)).not.toThrow();
    expect(() => checkOptionsObject("aggregate", { by: [], measure: undefined }, true, names)).not.toThrow();
    expect(() => checkOptionsObject("aggregate", { by: [], measure: ["min"] }, true, names)).toThrow(
      new RangeError('aggregate: unknown option "measure" (did you mean "measures"?); its options are by, measures, includeJoint'),
    );
    expect(() => checkOptionsObject("aggregate", { by: [], lang: "zh" }, true, names)).toThrow(new RangeError('aggregate: unknown option "lang"; its options are by, measures, includeJoint'));
  });

  it("optionNames gives the names it is given (their completeness is checked by the compiler)", () => {
    expect(optionNames<{ readonly a: number; readonly b?: string }>()(["a", "b"])).toEqual(["a", "b"]);
  });
});

describe("the functions that take options, given one they do not know or of the wrong type", () => {
  it.each([
    ["aggregate", async () => (await import("../../src/aggregate/aggregate.js")).aggregate([], { by: ["indicator"], measure: ["min"] } as never), 'aggregate: unknown option "measure" (did you mean "measures"?)'],
    ["rollup", async () => (await import("../../src/aggregate/rollup.js")).rollup([], { agencies: [], to: "prefecture", includejoint: true } as never), 'rollup: unknown option "includejoint" (did you mean "includeJoint"?)'],
    ["coverage", async () => (await import("../../src/aggregate/coverage.js")).coverage([], { agencys: [] } as never), 'coverage: unknown option "agencys" (did you mean "agencies"?)'],
    ["compositeScore", async () => (await import("../../src/aggregate/compositeScore.js")).compositeScore([], { weights: { "enforcement.fineAmount": 2 } } as never), 'compositeScore: option weights: unknown option "enforcement.fineAmount"'],
    ["targetAttainment", async () => (await import("../../src/aggregate/targets.js")).targetAttainment([], { tolerances: {} } as never), 'targetAttainment: unknown option "tolerances" (did you mean "tolerance"?)'],
    ["validate", async () => (await import("../../src/validate/validate.js")).validate([], { lang: "zh" } as never), 'validate: unknown option "lang"'],
    ["validate severity", async () => (await import("../../src/validate/validate.js")).validate([], { severity: { "date.reportLat": "off" } }), 'validate: option severity names no issue code "date.reportLat" (did you mean "date.reportLate"?)'],
  ])("%s throws a RangeError naming it", async (_, call, message) => {
    await expect(call()).rejects.toThrow(RangeError);
    await expect(call()).rejects.toThrow(message);
  });

  it("refuses an includeJoint that is not true or false", async () => {
    const { aggregate } = await import("../../src/aggregate/aggregate.js");
    expect(() => aggregate([], { by: ["indicator"], includeJoint: "yes" } as never)).toThrow(new TypeError("aggregate: option includeJoint must be true or false"));
  });
});
