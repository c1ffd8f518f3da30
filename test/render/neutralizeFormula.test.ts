import { describe, expect, it } from "vitest";
import { neutralizeFormula } from "../../src/render/neutralizeFormula.js";

describe("neutralizeFormula", () => {
  it("prefixes a quote to every formula trigger", () => {
    for (const text of ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx", '=HYPERLINK("http://x")']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
  });

  it("leaves ordinary and Chinese text alone", () => {
    expect(neutralizeFormula("罚款121万元")).toBe("罚款121万元");
    expect(neutralizeFormula("a=b")).toBe("a=b");
    expect(neutralizeFormula(" =1")).toBe(" =1");
    expect(neutralizeFormula("'quoted")).toBe("'quoted");
  });

  it("leaves the empty string empty", () => {
    expect(neutralizeFormula("")).toBe("");
  });

  it("does not treat full-width signs as formulas", () => {
    expect(neutralizeFormula("＝1")).toBe("＝1");
    expect(neutralizeFormula("－2")).toBe("－2");
  });

  it("quotes only once: the result starts with a quote, not a trigger", () => {
    const once = neutralizeFormula("=1");
    expect(neutralizeFormula(once)).toBe(once);
  });
});
