import { describe, expect, it } from "vitest";
import { Qualifier } from "../../src/model/qualifier.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";

describe("Qualifier", () => {
  it("takes the four degrees of exactness", () => {
    expect(Qualifier.options).toEqual(["exact", "approx", "atLeast", "atMost"]);
    for (const q of Qualifier.options) expect(Qualifier.parse(q)).toBe(q);
  });

  it("refuses the words a text writes and other spellings, in either locale", () => {
    for (const bad of ["约", "余", "approximate", "atleast", "AtMost", "", undefined]) expect(Qualifier.safeParse(bad).success, String(bad)).toBe(false);
    const zh = safeParseModel(Qualifier, "about", { locale: "zh" });
    if (zh.success) throw new Error("expected a refusal");
    expect(zh.issues[0]?.code).toBe("schema.invalidValue");
    expect(zh.issues[0]?.message).toContain("“about”不是可选值");
  });
});
