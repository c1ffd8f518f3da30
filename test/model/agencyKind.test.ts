import { describe, expect, it } from "vitest";
import { AgencyKind } from "../../src/model/agencyKind.js";

describe("AgencyKind", () => {
  it("is a government or a department", () => {
    expect(AgencyKind.options).toEqual(["government", "department"]);
    expect(AgencyKind.parse("government")).toBe("government");
    expect(AgencyKind.parse("department")).toBe("department");
  });

  it("refuses the Chinese words, an agency ending and another case", () => {
    for (const input of ["人民政府", "工作部门", "bureau", "Department", "", 0, null]) {
      expect(AgencyKind.safeParse(input).success, String(input)).toBe(false);
    }
  });

  it("names the two kinds in a refusal", () => {
    const issue = AgencyKind.safeParse("bureau").error?.issues[0];
    expect(issue?.code).toBe("invalid_value");
    expect(issue && "values" in issue ? issue.values : undefined).toEqual(["government", "department"]);
  });
});
