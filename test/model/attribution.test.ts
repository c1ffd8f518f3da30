import { describe, expect, it } from "vitest";
import { Attribution } from "../../src/model/attribution.js";

describe("Attribution", () => {
  it("is own, onBehalfOf or joint", () => {
    expect(Attribution.options).toEqual(["own", "onBehalfOf", "joint"]);
    for (const value of Attribution.options) expect(Attribution.parse(value)).toBe(value);
  });

  it("refuses another spelling, a Chinese word and a missing value", () => {
    for (const input of ["on-behalf-of", "onbehalfof", "Own", "联合", "shared", undefined, null, true]) {
      expect(Attribution.safeParse(input).success, String(input)).toBe(false);
    }
  });

  it("names the allowed values in a refusal", () => {
    const issue = Attribution.safeParse("shared").error?.issues[0];
    expect(issue?.code).toBe("invalid_value");
    expect(issue && "values" in issue ? issue.values : undefined).toEqual(["own", "onBehalfOf", "joint"]);
  });
});
