import { describe, expect, it } from "vitest";
import { ResponsibleUnit, UnitRole } from "../../src/model/responsibleUnit.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";

describe("UnitRole", () => {
  it("takes responsible, lead and cooperating only", () => {
    expect(UnitRole.options).toEqual(["responsible", "lead", "cooperating"]);
    for (const bad of ["牵头", "Lead", "cooperate", ""]) expect(UnitRole.safeParse(bad).success, bad).toBe(false);
  });
});

describe("ResponsibleUnit", () => {
  it("takes a unit's name as written with its role", () => {
    expect(ResponsibleUnit.parse({ name: "各县（市、区）人民政府", role: "lead" })).toEqual({ name: "各县（市、区）人民政府", role: "lead" });
  });

  it("refuses an empty name and an unknown role, each at its path", () => {
    const result = safeParseModel(ResponsibleUnit, { name: "", role: "owner" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["name", "schema.tooSmall"],
      ["role", "schema.invalidValue"],
    ]);
  });
});
