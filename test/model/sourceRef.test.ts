import { describe, expect, it } from "vitest";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import { SourceRef } from "../../src/model/sourceRef.js";

const ref = { document: "000.txt", span: { start: 812, end: 817 }, quote: "罚款121万元" };

describe("SourceRef", () => {
  it("takes a document name, a span and the quoted words (which may be empty)", () => {
    expect(SourceRef.parse(ref)).toEqual(ref);
    expect(SourceRef.parse({ ...ref, quote: "" }).quote).toBe("");
  });

  it("refuses an empty document name and a missing span", () => {
    const result = safeParseModel(SourceRef, { document: "", quote: "x" }, { locale: "en" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["document", "schema.tooSmall"],
      ["span", "schema.invalidType"],
    ]);
  });

  it("checks its span: a reversed one is refused at span.end", () => {
    const result = safeParseModel(SourceRef, { ...ref, span: { start: 817, end: 812 } });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["schema.span.reversed", ["span", "end"]]]);
  });
});
