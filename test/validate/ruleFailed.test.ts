import { describe, expect, it } from "vitest";
import { reasonOf, ruleFailed } from "../../src/validate/ruleFailed.js";

describe("ruleFailed", () => {
  it("turns what a rule threw into a validate.ruleFailed issue, in the locale asked for", () => {
    expect(ruleFailed("x.y", new Error("boom"), "en", ["quantities", 0])).toEqual({
      code: "validate.ruleFailed",
      severity: "error",
      path: ["quantities", 0],
      message: "The rule x.y failed",
      params: { rule: "x.y", error: "boom" },
    });
    expect(ruleFailed("x.y", "boom", "zh").message).toBe("规则x.y执行失败");
  });

  it("reads a reason from anything thrown, at most 200 characters, and never throws itself", () => {
    expect(reasonOf(new Error("boom"))).toBe("boom");
    expect(reasonOf(42)).toBe("42");
    expect(reasonOf("x".repeat(500))).toHaveLength(200);
    const hostile = {
      toString() {
        throw new Error("no");
      },
    };
    expect(reasonOf(hostile)).toBe("unknown");
  });
});
