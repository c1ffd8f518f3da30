import type * as z from "zod";
import { closestMatch } from "./closestMatch.js";
import { indicatorCodes } from "./indicatorCode.js";
import type { Locale } from "./locale.js";

const typeNames: Readonly<Record<string, readonly [string, string]>> = {
  string: ["字符串", "a string"],
  number: ["数字", "a number"],
  int: ["整数", "an integer"],
  boolean: ["布尔值", "true or false"],
  object: ["对象", "an object"],
  array: ["数组", "an array"],
  null: ["null", "null"],
  undefined: ["未填写", "nothing"],
  bigint: ["大整数", "a bigint"],
};

function typeName(type: unknown, locale: Locale): string {
  const names = typeof type === "string" ? typeNames[type] : undefined;
  return names ? names[locale === "zh" ? 0 : 1] : String(type);
}

function received(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input === "number" && Number.isInteger(input) ? "int" : typeof input;
}

/** A value as a message shows it: strings quoted, numbers and the like as written, anything else by its type (never `String(value)`, which can throw). */
const shown = (value: unknown): string => {
  const text =
    typeof value === "string"
      ? `“${value}”`
      : typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value === null || value === undefined
        ? String(value)
        : received(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/** The fields of a zod issue that tell a misspelt indicator code. */
interface ValueIssue {
  readonly code: string;
  readonly input?: unknown;
  readonly values?: readonly unknown[];
}

/** Whether the allowed values of an issue are the indicator codes. */
const listsIndicators = (values: readonly unknown[] | undefined): boolean =>
  values !== undefined && values.length === indicatorCodes.length && values.includes(indicatorCodes[0]);

/** The indicator code a misspelt one was probably meant to be. */
function suggestedIndicator(issue: ValueIssue): string | undefined {
  if (issue.code !== "invalid_value" || typeof issue.input !== "string" || !listsIndicators(issue.values)) return undefined;
  return closestMatch(issue.input, indicatorCodes);
}

/**
 * The message of one of zod's own checks (a wrong type, a value not in a list, a number out of
 * range …) in fazhi's words, Chinese or English, for `safeParseModel`. A misspelt indicator
 * code gets a short "did you mean" instead of the list of every code.
 *
 * @example
 * ```ts
 * zodIssueMessage({ code: "invalid_type", expected: "string", input: 5, path: [] }, "zh"); //=> "应为字符串，实际为整数"
 * zodIssueMessage({ code: "invalid_value", values: indicatorCodes, input: "enforcment.fineAmount", path: [] }, "en");
 * //=> "Unknown indicator code “enforcment.fineAmount”; did you mean “enforcement.fineAmount”?"
 * ```
 */
export function zodIssueMessage(issue: z.core.$ZodRawIssue, locale: Locale): string {
  const zh = locale === "zh";
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return zh ? `缺少必填项，应为${typeName(issue.expected, locale)}` : `Missing: expected ${typeName(issue.expected, locale)}`;
      return zh
        ? `应为${typeName(issue.expected, locale)}，实际为${typeName(received(issue.input), locale)}`
        : `Expected ${typeName(issue.expected, locale)}, got ${typeName(received(issue.input), locale)}`;
    case "invalid_value": {
      const suggestion = suggestedIndicator(issue);
      const input = shown(issue.input);
      if (listsIndicators(issue.values)) {
        if (suggestion) return zh ? `未知的指标代码${input}，是否为“${suggestion}”？` : `Unknown indicator code ${input}; did you mean “${suggestion}”?`;
        return zh ? `未知的指标代码${input}，见 indicatorCodes` : `Unknown indicator code ${input}; see indicatorCodes`;
      }
      const list = issue.values.map((value) => shown(value)).join(zh ? "、" : ", ");
      return zh ? `${input}不是可选值，应为${list}之一` : `${input} is not allowed; expected one of ${list}`;
    }
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return zh ? "不能为空" : "Must not be empty";
      return zh ? `不能小于${String(issue.minimum)}` : `Must be at least ${String(issue.minimum)}`;
    case "too_big":
      return zh ? `不能大于${String(issue.maximum)}` : `Must be at most ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return zh ? `有未知字段：${issue.keys.join("、")}` : `Unknown fields: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return zh ? "不符合任何一种允许的形式" : "Matches none of the allowed forms";
    case "invalid_format":
      return zh ? `格式不符（${issue.format}）` : `Wrong format (${issue.format})`;
    default:
      return zh ? "不符合要求" : "Not valid here";
  }
}

/**
 * The "did you mean" of an issue about a misspelt indicator code, for the issue's params.
 *
 * @internal
 */
export function issueSuggestion(issue: ValueIssue): string | undefined {
  return suggestedIndicator(issue);
}
