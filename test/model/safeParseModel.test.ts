import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Agency, Observation, safeParseModel } from "../../src/index.js";
import { Span } from "../../src/model/index.js";

const daowai = {
  id: "230104-gov",
  name: "哈尔滨市道外区人民政府",
  kind: "government",
  level: "county",
  sector: null,
  divisionCode: "230104",
};

describe("safeParseModel", () => {
  it("gives the parsed value", () => {
    const result = safeParseModel(Agency, daowai);
    expect(result).toEqual({ success: true, data: daowai });
  });

  it("gives zod's checks as issues in Chinese or English", () => {
    const zh = safeParseModel(Agency, { ...daowai, kind: "bureau" }, { locale: "zh" });
    const en = safeParseModel(Agency, { ...daowai, kind: "bureau" }, { locale: "en" });
    expect(zh.success || en.success).toBe(false);
    if (zh.success || en.success) return;
    expect(zh.issues[0]).toMatchObject({ code: "schema.invalidValue", severity: "error", path: ["kind"] });
    expect(zh.issues[0]?.message).toBe("“bureau”不是可选值，应为“government”、“department”之一");
    expect(en.issues[0]?.message).toBe("“bureau” is not allowed; expected one of “government”, “department”");
    expect(zh.issues[0]?.params["values"]).toBe("government|department");
  });

  it("says in its own words what zod's checks found, never zod's generic 无效输入", () => {
    const zh = safeParseModel(Agency, { ...daowai, name: 5, id: "" }, { locale: "zh" });
    const en = safeParseModel(Agency, { ...daowai, name: 5, id: "" }, { locale: "en" });
    if (zh.success || en.success) throw new Error("expected issues");
    expect(zh.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["id", "不能为空"],
      ["name", "应为字符串，实际为整数"],
    ]);
    expect(en.issues.map((i) => i.message)).toEqual(["Must not be empty", "Expected a string, got an integer"]);
    const missing = safeParseModel(Agency, { id: "x" }, { locale: "zh" });
    if (missing.success) throw new Error("expected issues");
    expect(missing.issues.every((i) => !/无效输入|Invalid input/.test(i.message))).toBe(true);
    expect(missing.issues[0]?.message).toMatch(/^缺少必填项/);
  });

  it("suggests the indicator code a misspelt one was meant to be, in a short message", () => {
    const figure = {
      agency: "a",
      indicator: "enforcment.fineAmount",
      period: 2021,
      quantity: { value: "1", unit: "元", qualifier: "exact" },
      modality: "actual",
      attribution: "own",
    };
    const zh = safeParseModel(Observation, figure, { locale: "zh" });
    if (zh.success) throw new Error("expected issues");
    expect(zh.issues).toEqual([
      {
        code: "schema.invalidValue",
        severity: "error",
        path: ["indicator"],
        message: "未知的指标代码“enforcment.fineAmount”，是否为“enforcement.fineAmount”？",
        params: { suggestion: "enforcement.fineAmount" },
      },
    ]);
    const far = safeParseModel(Observation, { ...figure, indicator: "budget.total" }, { locale: "en" });
    if (far.success) throw new Error("expected issues");
    expect(far.issues[0]?.message).toBe("Unknown indicator code “budget.total”; see indicatorCodes");
    expect(far.issues[0]?.message.length).toBeLessThan(80);
  });

  it("gives the library's own checks with their own codes and messages", () => {
    const zh = safeParseModel(Agency, { ...daowai, creditCode: "11330203MB1025728J" }, { locale: "zh" });
    expect(zh.success).toBe(false);
    if (zh.success) return;
    expect(zh.issues).toEqual([
      {
        code: "schema.creditCode.invalid",
        severity: "error",
        path: ["creditCode"],
        message: "应为18位统一社会信用代码，且校验码正确",
        params: {},
      },
    ]);
  });

  it("reports every problem with its path", () => {
    const result = safeParseModel(Observation, {
      agency: "",
      indicator: "no.such",
      period: { from: "2021-12-31", to: "2020-01-01" },
      quantity: { value: 0.1, unit: "件", qualifier: "exact" },
      modality: "actual",
      attribution: "own",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["agency", "indicator", "quantity.value"]),
    );
    expect(result.issues.find((i) => i.path.join(".") === "quantity.value")?.code).toBe("schema.decimal.invalid");
  });

  it("leaves zod's global configuration alone", () => {
    safeParseModel(Span, { start: 2, end: 1 }, { locale: "zh" });
    const plain = z.string().safeParse(1);
    expect(plain.error?.issues[0]?.message).toMatch(/expected string/);
  });

  it("never throws, whatever the input", () => {
    for (const input of [undefined, null, 1, "x", [], { constructor: 1 }, Symbol("s"), () => 1, new Map()]) {
      expect(() => safeParseModel(Agency, input)).not.toThrow();
    }
  });
});
