import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuantities, foldText } from "../../src/parse/index.js";

describe("foldText", () => {
  it("folds full-width punctuation, digits, letters and spaces to ASCII, one for one", () => {
    expect(foldText("罚款１２１万元（含滞纳金）；办结率１００％，ＡＢ：ｃ")).toBe("罚款121万元(含滞纳金);办结率100%,AB:c");
    expect(foldText("受理\u3000申请\u00a021件")).toBe("受理 申请 21件");
  });

  it("keeps Chinese text and ASCII as they are (the same string when nothing folds)", () => {
    const text = "一、主要举措和成效:罚款121万元。";
    expect(foldText(text)).toBe(text);
  });

  it("keeps every offset: same length, idempotent, and only folded characters change", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."，：；（）！？０９ＡＺ％\u3000\u00a0a1,:罚款件") }), (text) => {
        const folded = foldText(text);
        expect(folded.length).toBe(text.length);
        expect(foldText(folded)).toBe(folded);
        for (let i = 0; i < text.length; i++) {
          if (folded[i] !== text[i]) expect(text.charCodeAt(i) >= 0xff01 || text[i] === "\u3000" || text[i] === "\u00a0").toBe(true);
        }
      }),
    );
  });

  it("lets extractQuantities read full-width text the same way and slice what it gives from the original", () => {
    const ascii = extractQuantities("办理行政许可(含备案)1,286件;罚款121万元,办结率100%。").quantities;
    const wide = extractQuantities("办理行政许可（含备案）1,286件；罚款１２１万元，办结率１００％。").quantities;
    expect(wide.map((q) => [q.value.toString(), q.unit, q.indicator, q.span])).toEqual(
      ascii.map((q) => [q.value.toString(), q.unit, q.indicator, q.span]),
    );
    expect(wide.map((q) => q.number)).toEqual(["1,286件", "１２１万元", "１００％"]);
  });
});
