import { describe, expect, it } from "vitest";
import { checkAgencies, checkParts, readObservations } from "../../src/aggregate/checkInput.js";
import { Decimal } from "../../src/index.js";
import { agencies, obs } from "./helpers.js";

describe("readObservations", () => {
  it("refuses a non-array, naming the function", () => {
    expect(() => readObservations("f", "x")).toThrow(new TypeError("f: observations must be an array of Observation objects"));
  });

  it("keeps the same array when every figure is already in the model's form", () => {
    const list = [obs("a", "enforcement.penaltyCases", 3)];
    expect(readObservations("f", list)).toBe(list);
  });

  it("reads the JSON form (a decimal string value) exactly, in a new array", () => {
    const first = obs("a", "enforcement.penaltyCases", 3);
    const json = { ...obs("b", "enforcement.penaltyCases", 1), quantity: { value: "0.1", unit: "件", qualifier: "exact" } };
    const read = readObservations("f", [first, json]);
    expect(read).toHaveLength(2);
    expect(read[0]).toBe(first);
    expect(Decimal.isDecimal(read[1]?.quantity.value)).toBe(true);
    expect(read[1]?.quantity.value.toString()).toBe("0.1");
  });

  it("reads the JSON form as the Observation schema reads it: the same values, a safe integer too, a float or a value out of range refused", async () => {
    const { Observation } = await import("../../src/model/observation.js");
    const values = ["0.1", "-12.5", "1e5", "123456789012345678901234567890", 42];
    for (const value of values) {
      const json = { ...obs("b", "enforcement.penaltyCases", 1), quantity: { value, unit: "件", qualifier: "atLeast" } };
      const [read] = readObservations("f", [json]);
      expect(read?.quantity.value.equals(Observation.parse(json).quantity.value), String(value)).toBe(true);
      expect(read?.quantity.qualifier).toBe("atLeast");
    }
    for (const value of [0.1, "1e200000000", "1,2", "NaN"]) {
      const json = { ...obs("b", "enforcement.penaltyCases", 1), quantity: { value, unit: "件", qualifier: "exact" } };
      expect(() => readObservations("f", [json]), String(value)).toThrow(/^f: observations\[0\]\.quantity\.value is not an exact decimal/);
    }
  });

  it("names the faulty figure and its field", () => {
    const float = { ...obs("a", "enforcement.penaltyCases", 1), quantity: { value: 0.1, unit: "件", qualifier: "exact" } };
    expect(() => readObservations("aggregate", [obs("a", "enforcement.penaltyCases", 1), float])).toThrow(/^aggregate: observations\[1\]\.quantity\.value is not an exact decimal/);
    expect(() => readObservations("g", [null])).toThrow(/^g: observations\[0\] is not an object; read untrusted/);
    const backwards = obs("a", "enforcement.penaltyCases", 1, { period: { from: "2021-12-31", to: "2021-01-01" } });
    expect(() => readObservations("g", [backwards])).toThrow(/observations\[0\]\.period ends before it starts/);
  });

  it("turns a throwing getter into a TypeError", () => {
    const bad = Object.defineProperty({}, "agency", { get: () => { throw new Error("boom"); } });
    expect(() => readObservations("g", [bad])).toThrow(TypeError);
  });
});

describe("checkAgencies, checkParts", () => {
  it("names the first agency it cannot use", () => {
    expect(() => checkAgencies("f", agencies)).not.toThrow();
    expect(() => checkAgencies("f", "x")).toThrow("f: option agencies must be an array of Agency objects");
    const bad = [agencies[0], { ...agencies[1], divisionCode: "2301" }];
    expect(() => checkAgencies("f", bad)).toThrow(/^f: option agencies\[1\] is not an Agency/);
  });

  it("checks sumEstimate's parts", () => {
    expect(() => checkParts([{ value: new Decimal(1), qualifier: "exact" }])).not.toThrow();
    expect(() => checkParts([{ value: new Decimal(1), qualifier: "exact" }, { value: new Decimal(Number.NaN), qualifier: "exact" }])).toThrow(
      new TypeError("sumEstimate: parts[1] is not { value: Decimal within range, qualifier }"),
    );
    expect(() => checkParts([{ value: new Decimal(1), qualifier: "roughly" }])).toThrow(TypeError);
  });
});
