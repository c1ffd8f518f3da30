import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/model/issue.js";
import { formatIssues } from "../../src/render/formatIssues.js";
import type { Rule } from "../../src/validate/rule.js";

const issue = (over: Partial<Issue>): Issue => ({ code: "test.custom", severity: "warning", path: ["dates", "signed"], message: "原文", params: {}, ...over });

describe("formatIssues", () => {
  it("writes the path, severity, code and message, in English by default", () => {
    expect(formatIssues([issue({})])).toBe("dates.signed  warning  test.custom  原文");
    expect(formatIssues([issue({ severity: "error" })], { locale: "zh" })).toBe("dates.signed  错误  test.custom  原文");
  });

  it("writes line:column when the text is given, counting Chinese characters as one", () => {
    const text = "第一行\n罚款121万元";
    const start = text.indexOf("121");
    expect(formatIssues([issue({ span: { start, end: start + 3 }, severity: "info" })], { text, locale: "zh" })).toBe("2:3  提示  test.custom  原文");
  });

  it("writes a dash for an empty path and nothing for no issues", () => {
    expect(formatIssues([issue({ path: [] })])).toBe("-  warning  test.custom  原文");
    expect(formatIssues([])).toBe("");
  });

  it("renders a known code's message again in the locale asked", () => {
    const found = issue({ code: "date.malformed", message: "x", params: { raw: "2022225", reading: "2022-02-25" } });
    const zh = formatIssues([found], { locale: "zh" });
    const en = formatIssues([found], { locale: "en" });
    expect(zh).toContain("2022225");
    expect(en).toContain("2022225");
    expect(zh).not.toBe(en);
    expect(zh).not.toContain("  x");
  });

  it("uses a custom rule's messages for its code", () => {
    const rules: Rule[] = [{ code: "test.custom", severity: "warning", messages: { zh: "自定义{n}", en: "custom {n}" }, check: () => [] }];
    expect(formatIssues([issue({ params: { n: 3 } })], { rules })).toBe("dates.signed  warning  test.custom  custom 3");
  });
});

describe("formatIssues on wrong arguments", () => {
  it("throws a TypeError or RangeError naming them, where it gave English for any locale", () => {
    expect(() => formatIssues([], { locale: "fr" } as never)).toThrow(new RangeError('formatIssues: option locale must be "zh" or "en", not "fr"'));
    expect(() => formatIssues([], { lang: "zh" } as never)).toThrow(new RangeError('formatIssues: unknown option "lang"; its options are locale, text, rules'));
    expect(() => formatIssues(null as never)).toThrow(new TypeError("formatIssues: issues must be a list of issues (what validate gives)"));
    expect(formatIssues([], { locale: "zh" })).toBe("");
  });
});
