import { describe, expect, it } from "vitest";
import { formatDateZh } from "../../src/render/formatDateZh.js";

describe("formatDateZh", () => {
  it("writes an ISO date in Chinese without leading zeros", () => {
    expect(formatDateZh("2021-02-23")).toBe("2021年2月23日");
    expect(formatDateZh("2020-12-01")).toBe("2020年12月1日");
    expect(formatDateZh("2024-02-29")).toBe("2024年2月29日");
  });

  it("writes a dash for null, blanks and what is not an ISO date", () => {
    for (const date of [null, "", " ", "2021-2-23", "2021年2月23日", "２０２１-02-23", "2021-02-23T00:00", "20210223"]) expect(formatDateZh(date)).toBe("—");
  });

  it("writes a dash for an impossible day", () => {
    expect(formatDateZh("2021-13-01")).toBe("—");
    expect(formatDateZh("2021-00-10")).toBe("—");
  });
});
