import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { Issue } from "../../src/model/issue.js";
import { valueOutOfRange } from "../../src/render/exportIssue.js";

describe("valueOutOfRange", () => {
  const huge = new Decimal("123456789012345678901234567890123.5");

  it("is a warning export.valueOutOfRange at the path given, with the value written out and the column", () => {
    const issue = valueOutOfRange([0, "quantities", 2, "value"], huge, "value", "en");
    expect(issue).toEqual({
      code: "export.valueOutOfRange",
      severity: "warning",
      path: [0, "quantities", 2, "value"],
      message:
        "The value 123456789012345678901234567890123.5 does not fit DECIMAL(38,6) (at most 32 integer digits and 6 decimals): column value is left empty, never rounded; value_text keeps it",
      params: { value: "123456789012345678901234567890123.5", column: "value" },
    });
  });

  it("writes its message in Chinese, the value in plain notation (never 1e-7)", () => {
    expect(valueOutOfRange([], new Decimal("0.0000001"), "value", "zh").message).toBe(
      "数值0.0000001超出 DECIMAL(38,6) 的范围（至多32位整数、6位小数）：value列留空，不作舍入，原值见value_text列",
    );
  });

  it("copies the path, so that the caller's array is not shared", () => {
    const path = ["requests", "naturalPerson"];
    const issue = valueOutOfRange(path, huge, "value", "en");
    path.push("changed");
    expect(issue.path).toEqual(["requests", "naturalPerson"]);
  });

  it("is an Issue of the model for any value, path and column", () => {
    const value = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((n) => new Decimal(`${n}e-${Number((n < 0n ? -n : n) % 12n)}`));
    const path = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(100)), { maxLength: 5 });
    fc.assert(
      fc.property(path, value, fc.string({ maxLength: 12 }), fc.constantFrom("zh" as const, "en" as const), (p, v, column, locale) => {
        const issue = valueOutOfRange(p, v, column, locale);
        expect(Issue.safeParse(issue).success).toBe(true);
        expect(issue.params).toEqual({ value: v.toString(), column });
        expect(issue.message).toContain(v.toString());
      }),
      { numRuns: 200 },
    );
  });
});
