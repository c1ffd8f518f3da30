import { describe, expect, it } from "vitest";
import {
  DivisionCode,
  divisionLevelOf,
  isDivisionCode,
  prefectureCodeOf,
  provinceCodeOf,
} from "../../src/model/index.js";

describe("division codes", () => {
  it("accepts six digits with a province prefix", () => {
    expect(isDivisionCode("230104")).toBe(true);
    expect(isDivisionCode("820000")).toBe(true);
    for (const bad of ["23010", "2301045", "990104", "10000", "a30104", "２３０１０４"]) {
      expect(isDivisionCode(bad), bad).toBe(false);
      expect(DivisionCode.safeParse(bad).success).toBe(false);
    }
  });

  it("reads the level, province and prefecture from the digits", () => {
    expect(divisionLevelOf("230000")).toBe("province");
    expect(divisionLevelOf("230100")).toBe("prefecture");
    expect(divisionLevelOf("230104")).toBe("county");
    expect(provinceCodeOf("230104")).toBe("230000");
    expect(prefectureCodeOf("230104")).toBe("230100");
    expect(prefectureCodeOf("230100")).toBe("230100");
    expect(prefectureCodeOf("230000")).toBeNull();
  });
});
