import { describe, expect, it } from "vitest";
import { Locale } from "../../src/model/locale.js";

describe("Locale", () => {
  it("is zh or en", () => {
    expect(Locale.options).toEqual(["zh", "en"]);
    expect(Locale.parse("zh")).toBe("zh");
    expect(Locale.parse("en")).toBe("en");
  });

  it("refuses a region tag, another case and a language it has no messages in", () => {
    for (const input of ["zh-CN", "zh-Hans", "en-US", "ZH", "En", "fr", "中文", "", null, undefined]) {
      expect(Locale.safeParse(input).success, String(input)).toBe(false);
    }
  });

  it("names the two locales in a refusal", () => {
    const issue = Locale.safeParse("zh-CN").error?.issues[0];
    expect(issue?.code).toBe("invalid_value");
    expect(issue && "values" in issue ? issue.values : undefined).toEqual(["zh", "en"]);
  });
});
