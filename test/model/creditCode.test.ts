import { describe, expect, it } from "vitest";
import { CreditCode } from "../../src/model/index.js";

describe("CreditCode schema", () => {
  it("parses a valid code and reports an invalid one with its own issue", () => {
    expect(CreditCode.parse("11330203MB1025728K")).toBe("11330203MB1025728K");
    const result = CreditCode.safeParse("11330203MB1025728J");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("custom");
  });
});
