import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "../../src/model/closestMatch.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting", 10)).toBe(3);
    expect(editDistance("", "abc", 10)).toBe(3);
    expect(editDistance("罚款金额", "罚没金额", 10)).toBe(1);
  });

  it("stops at limit + 1 once the distance is known to exceed the limit", () => {
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });

  it("is symmetric and zero only for equal strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 30);
        expect(d).toBe(editDistance(b, a, 30));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe("closestMatch", () => {
  const codes = ["enforcement.fineAmount", "enforcement.penaltyCases", "litigation.lossRate"];

  it("gives the nearest candidate within a third of the input's length", () => {
    expect(closestMatch("enforcment.fineAmount", codes)).toBe("enforcement.fineAmount");
    expect(closestMatch("litigation.losRate", codes)).toBe("litigation.lossRate");
  });

  it("gives nothing when no candidate is near, or there are none", () => {
    expect(closestMatch("budget", codes)).toBeUndefined();
    expect(closestMatch("litigation.lossRate", [])).toBeUndefined();
  });

  it("compares only inputs of up to 100 characters", () => {
    expect(closestMatch(`${"x".repeat(100)}enforcement.fineAmount`, codes)).toBeUndefined();
  });
});
