import { describe, expect, it } from "vitest";
import { Modality, modalities } from "../../src/model/modality.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";

describe("modalities and Modality", () => {
  it("lists actual and target, and the schema takes exactly those", () => {
    expect(modalities).toEqual(["actual", "target"]);
    expect(Modality.options).toEqual([...modalities]);
    for (const modality of modalities) expect(Modality.parse(modality)).toBe(modality);
  });

  it("refuses any other word, with the allowed values in the issue", () => {
    for (const bad of ["Actual", "TARGET", "estimate", "", "目标", 0, null]) expect(Modality.safeParse(bad).success, String(bad)).toBe(false);
    const result = safeParseModel(Modality, "plan", { locale: "en" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues[0]).toMatchObject({ code: "schema.invalidValue", path: [], params: { values: "actual|target" } });
  });
});
