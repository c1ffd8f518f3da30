import { describe, expect, it } from "vitest";
import { AdministrativeLevel } from "../../src/model/administrativeLevel.js";

describe("AdministrativeLevel", () => {
  it("holds the three levels of the hierarchy, top down", () => {
    expect(AdministrativeLevel.options).toEqual(["province", "prefecture", "county"]);
    for (const level of AdministrativeLevel.options) expect(AdministrativeLevel.parse(level)).toBe(level);
  });

  it("refuses a Chinese name, another case, a township level and a non-string, at the value's own path", () => {
    for (const input of ["县级", "County", "county ", "township", "city", "", 3, null, undefined]) {
      const result = AdministrativeLevel.safeParse(input);
      expect(result.success, String(input)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([]);
    }
  });

  it("names the allowed levels in a refusal of a string", () => {
    const issue = AdministrativeLevel.safeParse("市级").error?.issues[0];
    expect(issue?.code).toBe("invalid_value");
    expect(issue && "values" in issue ? issue.values : undefined).toEqual(["province", "prefecture", "county"]);
  });
});
