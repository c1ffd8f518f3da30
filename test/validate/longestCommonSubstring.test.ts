import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longestCommonSubstring } from "../../src/validate/longestCommonSubstring.js";

describe("longestCommonSubstring", () => {
  it("measures the longest run two strings share", () => {
    expect(longestCommonSubstring("办理行政复议案件", "行政复议案件数")).toBe(6);
    expect(longestCommonSubstring("罚款", "许可")).toBe(0);
    expect(longestCommonSubstring("", "abc")).toBe(0);
    expect(longestCommonSubstring("abc", "abc")).toBe(3);
  });

  it("is symmetric, at most the shorter length, and finds a shared piece (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 6 }), (a, b, shared) => {
        const n = longestCommonSubstring(a, b);
        expect(longestCommonSubstring(b, a)).toBe(n);
        expect(n).toBeLessThanOrEqual(Math.min(a.length, b.length));
        expect(longestCommonSubstring(a + shared, shared + b)).toBeGreaterThanOrEqual(shared.length);
      }),
    );
  });
});
