import { describe, expect, it } from "vitest";
import { IsoDate } from "../../src/model/index.js";

describe("IsoDate", () => {
  it("checks what isIsoDate checks, with its own issue", () => {
    expect(IsoDate.parse("2021-02-23")).toBe("2021-02-23");
    expect(IsoDate.safeParse("2021年2月23日").success).toBe(false);
    const result = IsoDate.safeParse("2021-02-29");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "custom", params: { fazhi: "date.invalid" } });
  });

  it("refuses what is not a string", () => {
    expect(IsoDate.safeParse(20210223).success).toBe(false);
  });
});
