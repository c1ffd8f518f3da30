import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import { Span } from "../../src/model/span.js";

describe("Span", () => {
  it("gives offsets that String.prototype.slice takes", () => {
    const text = "罚款121万元";
    const span = Span.parse({ start: 2, end: 7 });
    expect(text.slice(span.start, span.end)).toBe("121万元");
    expect(Span.parse({ start: 4, end: 4 })).toEqual({ start: 4, end: 4 });
  });

  it("refuses negative, fractional and missing offsets", () => {
    for (const bad of [{ start: -1, end: 2 }, { start: 0, end: 1.5 }, { start: 0 }, { start: "0", end: 1 }, null]) {
      expect(Span.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("refuses a start after the end, at path end with its own code", () => {
    const result = safeParseModel(Span, { start: 5, end: 2 }, { locale: "zh" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues).toEqual([
      { code: "schema.span.reversed", severity: "error", path: ["end"], message: "文本区间的起点不能在终点之后", params: {} },
    ]);
  });

  it("accepts a pair of offsets exactly when start <= end", () => {
    fc.assert(
      fc.property(fc.nat(10000), fc.nat(10000), (start, end) => {
        expect(Span.safeParse({ start, end }).success).toBe(start <= end);
      }),
    );
  });
});
