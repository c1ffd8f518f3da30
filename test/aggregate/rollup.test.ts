import { type Agency, rollup } from "fazhi";
import { agency, observation } from "fazhi/testing";
import { describe, expect, it } from "vitest";

describe("rollup options", () => {
  const agencies = [agency()];
  const figures = [observation()];

  it("refuses a level it does not know with a RangeError, as aggregate does", () => {
    const options = { agencies, to: "city" } as unknown as { agencies: Agency[]; to: "prefecture" };
    expect(() => rollup(figures, options)).toThrow(RangeError);
    expect(() => rollup(figures, options)).toThrow('rollup: unknown level "city"; expected one of prefecture, province');
  });

  it("rolls a county department up to its city and to its province", () => {
    expect(rollup(figures, { agencies, to: "prefecture" }).agencies.map((a) => a.divisionCode)).toEqual(["330200"]);
    expect(rollup(figures, { agencies, to: "province" }).agencies.map((a) => a.divisionCode)).toEqual(["330000"]);
  });
});
