import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { indicatorCodes } from "../../src/model/indicatorCode.js";
import type { Locale } from "../../src/model/locale.js";
import { issueSuggestion, zodIssueMessage } from "../../src/model/zodIssueMessages.js";
import { asciiPunctuationInChinese } from "../helpers/chinesePunctuation.js";

type RawIssue = Parameters<typeof zodIssueMessage>[0];

const both = (issue: RawIssue): [string, string] => [zodIssueMessage(issue, "zh"), zodIssueMessage(issue, "en")];

/** The message zod's own check of `schema` on `input` gets, in a locale. */
function messageOf(schema: z.ZodType, input: unknown, locale: Locale): string | undefined {
  return schema.safeParse(input, { error: (issue) => zodIssueMessage(issue, locale), reportInput: true }).error?.issues[0]?.message;
}

const codes = [...indicatorCodes];

describe("zodIssueMessage", () => {
  it("tells a missing value from a value of the wrong type", () => {
    expect(both({ code: "invalid_type", expected: "string", input: undefined, path: [] })).toEqual(["缺少必填项，应为字符串", "Missing: expected a string"]);
    expect(both({ code: "invalid_type", expected: "string", input: 5, path: [] })).toEqual(["应为字符串，实际为整数", "Expected a string, got an integer"]);
  });

  it("names the type received: an integer, a number, null, an array, an object, true or false", () => {
    const got = (input: unknown) => both({ code: "invalid_type", expected: "string", input, path: [] });
    expect(got(1.5)).toEqual(["应为字符串，实际为数字", "Expected a string, got a number"]);
    expect(got(null)).toEqual(["应为字符串，实际为null", "Expected a string, got null"]);
    expect(got(["a"])).toEqual(["应为字符串，实际为数组", "Expected a string, got an array"]);
    expect(got({})).toEqual(["应为字符串，实际为对象", "Expected a string, got an object"]);
    expect(got(true)).toEqual(["应为字符串，实际为布尔值", "Expected a string, got true or false"]);
    expect(got(1n)).toEqual(["应为字符串，实际为大整数", "Expected a string, got a bigint"]);
  });

  it("writes a type it has no name for as zod names it", () => {
    expect(both({ code: "invalid_type", expected: "symbol", input: 1, path: [] })).toEqual(["应为symbol，实际为整数", "Expected symbol, got an integer"]);
  });

  it("lists the allowed values of a value not in a list, strings quoted", () => {
    expect(both({ code: "invalid_value", values: ["a", "b"], input: "c", path: [] })).toEqual(["“c”不是可选值，应为“a”、“b”之一", "“c” is not allowed; expected one of “a”, “b”"]);
    expect(both({ code: "invalid_value", values: [1, 2], input: 3, path: [] })).toEqual(["3不是可选值，应为1、2之一", "3 is not allowed; expected one of 1, 2"]);
  });

  it("shows a value that is no primitive by its type, and cuts a long one at 60 characters", () => {
    const [zh] = both({ code: "invalid_value", values: ["a"], input: { toString: () => "never shown" }, path: [] });
    expect(zh).toBe("object不是可选值，应为“a”之一");
    const long = "法".repeat(100);
    const [, en] = both({ code: "invalid_value", values: ["a"], input: long, path: [] });
    expect(en).toBe(`“${"法".repeat(59)}… is not allowed; expected one of “a”`);
  });

  it("suggests the indicator code a misspelt one was meant to be, without listing every code", () => {
    expect(both({ code: "invalid_value", values: codes, input: "enforcment.fineAmount", path: [] })).toEqual([
      "未知的指标代码“enforcment.fineAmount”，是否为“enforcement.fineAmount”？",
      "Unknown indicator code “enforcment.fineAmount”; did you mean “enforcement.fineAmount”?",
    ]);
    expect(both({ code: "invalid_value", values: codes, input: "budget.total", path: [] })).toEqual([
      "未知的指标代码“budget.total”，见 indicatorCodes",
      "Unknown indicator code “budget.total”; see indicatorCodes",
    ]);
    expect(zodIssueMessage({ code: "invalid_value", values: codes, input: 7, path: [] }, "en")).toBe("Unknown indicator code 7; see indicatorCodes");
  });

  it("lists the values of a shorter list that holds some indicator codes", () => {
    const values = ["enforcement.penaltyCases", "enforcement.fineAmount"];
    expect(zodIssueMessage({ code: "invalid_value", values, input: "enforcement.fines", path: [] }, "en")).toBe(
      "“enforcement.fines” is not allowed; expected one of “enforcement.penaltyCases”, “enforcement.fineAmount”",
    );
  });

  it("says an empty string is empty, and gives other bounds with their number", () => {
    expect(both({ code: "too_small", origin: "string", minimum: 1, input: "", path: [] })).toEqual(["不能为空", "Must not be empty"]);
    expect(both({ code: "too_small", origin: "number", minimum: 1949, input: 1900, path: [] })).toEqual(["不能小于1949", "Must be at least 1949"]);
    expect(both({ code: "too_small", origin: "array", minimum: 1, input: [], path: [] })).toEqual(["不能小于1", "Must be at least 1"]);
    expect(both({ code: "too_big", origin: "number", maximum: 2100, input: 2101, path: [] })).toEqual(["不能大于2100", "Must be at most 2100"]);
  });

  it("names unknown fields, a union none of whose forms fits, and a wrong format", () => {
    expect(both({ code: "unrecognized_keys", keys: ["a", "b"], input: {}, path: [] })).toEqual(["有未知字段：a、b", "Unknown fields: a, b"]);
    expect(both({ code: "invalid_union", errors: [], input: 1, path: [] })).toEqual(["不符合任何一种允许的形式", "Matches none of the allowed forms"]);
    expect(both({ code: "invalid_format", format: "regex", input: "x", path: [] })).toEqual(["格式不符（regex）", "Wrong format (regex)"]);
  });

  it("gives a general message for the checks it has no words of its own for", () => {
    expect(both({ code: "custom", input: 1, path: [] })).toEqual(["不符合要求", "Not valid here"]);
    expect(both({ code: "not_multiple_of", divisor: 2, origin: "number", input: 3, path: [] })).toEqual(["不符合要求", "Not valid here"]);
  });

  it("is what zod's own checks say through it, in either language", () => {
    expect(messageOf(z.object({ name: z.string() }), {}, "zh")).toBe("缺少必填项，应为字符串");
    expect(messageOf(z.string().min(1), "", "en")).toBe("Must not be empty");
    expect(messageOf(z.int().min(1949).max(2100), 2101, "zh")).toBe("不能大于2100");
    expect(messageOf(z.enum(["zh", "en"]), "fr", "zh")).toBe("“fr”不是可选值，应为“zh”、“en”之一");
    expect(messageOf(z.enum(indicatorCodes), "litigation.losRate", "en")).toBe("Unknown indicator code “litigation.losRate”; did you mean “litigation.lossRate”?");
    expect(messageOf(z.strictObject({ a: z.string() }), { a: "x", b: 1 }, "zh")).toBe("有未知字段：b");
    expect(messageOf(z.string().regex(/^\d+$/), "x", "en")).toBe("Wrong format (regex)");
  });

  it("uses full-width ，：；（） in Chinese", () => {
    const zh = [
      zodIssueMessage({ code: "invalid_type", expected: "string", input: undefined, path: [] }, "zh"),
      zodIssueMessage({ code: "invalid_type", expected: "string", input: 5, path: [] }, "zh"),
      zodIssueMessage({ code: "invalid_value", values: codes, input: "enforcment.fineAmount", path: [] }, "zh"),
      zodIssueMessage({ code: "invalid_value", values: codes, input: "x", path: [] }, "zh"),
      zodIssueMessage({ code: "invalid_value", values: ["a", "b"], input: "c", path: [] }, "zh"),
      zodIssueMessage({ code: "unrecognized_keys", keys: ["a", "b"], input: {}, path: [] }, "zh"),
      zodIssueMessage({ code: "invalid_format", format: "regex", input: "x", path: [] }, "zh"),
    ];
    expect(zh.filter((m) => asciiPunctuationInChinese.test(m))).toEqual([]);
  });

  it("never throws, and never writes an object out, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom<Locale>("zh", "en"), (input, locale) => {
        const typed = zodIssueMessage({ code: "invalid_type", expected: "string", input, path: [] }, locale);
        const listed = zodIssueMessage({ code: "invalid_value", values: ["a"], input, path: [] }, locale);
        for (const message of [typed, listed]) {
          expect(message).not.toMatch(/\[object /);
          expect(message.length).toBeLessThan(120);
        }
      }),
    );
  });
});

describe("issueSuggestion", () => {
  it("gives the code a misspelt indicator code was meant to be", () => {
    expect(issueSuggestion({ code: "invalid_value", values: codes, input: "enforcment.fineAmount" })).toBe("enforcement.fineAmount");
  });

  it("gives nothing when no code is near, the input is no string, the list is not the indicator codes, or the issue is another", () => {
    expect(issueSuggestion({ code: "invalid_value", values: codes, input: "budget.total" })).toBeUndefined();
    expect(issueSuggestion({ code: "invalid_value", values: codes, input: 5 })).toBeUndefined();
    expect(issueSuggestion({ code: "invalid_value", values: ["enforcement.fineAmount"], input: "enforcment.fineAmount" })).toBeUndefined();
    expect(issueSuggestion({ code: "invalid_type", input: "enforcment.fineAmount" })).toBeUndefined();
  });
});
