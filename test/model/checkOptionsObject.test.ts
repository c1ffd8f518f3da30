import { describe, expect, it } from "vitest";
import { checkOptionsObject } from "../../src/model/checkOptionsObject.js";

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
