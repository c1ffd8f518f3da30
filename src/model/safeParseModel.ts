import type * as z from "zod";
import type { Issue, IssueParam } from "./issue.js";
import type { Locale } from "./locale.js";
import { issueMessage, issueMessages } from "./issueMessages.js";
import { issueSuggestion, zodIssueMessage } from "./zodIssueMessages.js";

/**
 * Options of `safeParseModel`.
 *
 * @example
 * ```ts
 * const options: SafeParseModelOptions = { locale: "zh" };
 * ```
 */
export interface SafeParseModelOptions {
  /** The language of the messages; English by default. */
  readonly locale?: Locale;
}

/**
 * What `safeParseModel` gives: the parsed value, or the issues that stopped it.
 *
 * @example
 * ```ts
 * function show<T>(result: ModelParseResult<T>): string {
 *   return result.success ? "ok" : result.issues.map((i) => i.message).join("\n");
 * }
 * ```
 */
export type ModelParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly Issue[] };


function camel(code: string): string {
  return code.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function toParam(value: unknown): IssueParam | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value) && value.every((item) => ["string", "number", "boolean"].includes(typeof item))) {
    return value.join("|");
  }
  return undefined;
}

function toIssue(issue: z.core.$ZodIssue, locale: Locale): Issue {
  const params: Record<string, IssueParam> = {};
  let code = `schema.${camel(issue.code)}`;
  let message = issue.message;
  const suggestion = issueSuggestion(issue);
  if (suggestion !== undefined) params["suggestion"] = suggestion;
  for (const [key, value] of Object.entries(issue)) {
    // The list of every indicator code says nothing the message does not.
    if (key === "values" && suggestion !== undefined) continue;
    if (key === "code" || key === "path" || key === "message" || key === "input" || key === "params") continue;
    const param = toParam(value);
    if (param !== undefined) params[key] = param;
  }
  if (issue.code === "custom") {
    const own = issue.params?.["fazhi"];
    if (typeof own === "string") {
      code = `schema.${own}`;
      message = issueMessage(code, locale, {}) ?? message;
    }
  }
  return {
    code,
    severity: "error",
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    message,
    params,
  };
}

/**
 * Parses a value with any of the model's schemas without throwing, and gives
 * its problems as `Issue`s (code `schema.<zod code>` or `schema.<own check>`,
 * severity `error`) with messages in Chinese or English. The locale applies to
 * this call only; zod's global configuration is not touched.
 *
 * @example
 * ```ts
 * const result = safeParseModel(Agency, { id: "x", name: "某局" }, { locale: "zh" });
 * if (!result.success) console.log(result.issues[0]?.message); // 应为字符串,实际为…
 * ```
 */
export function safeParseModel<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: SafeParseModelOptions = {},
): ModelParseResult<z.output<S>> {
  if (typeof options !== "object" || options === null) throw new TypeError("fazhi safeParseModel: options must be an object");
  const locale: unknown = options.locale ?? "en";
  if (locale !== "zh" && locale !== "en") {
    throw new RangeError(`fazhi safeParseModel: option locale must be "zh" or "en", not ${typeof locale === "string" ? JSON.stringify(locale.slice(0, 20)) : typeof locale}`);
  }
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== "function") {
    throw new TypeError("fazhi safeParseModel: schema must be a zod schema");
  }
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    // Without an error map first: zod's parse with one is several times slower, and only a failure needs its messages.
    result = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
    // Messages in fazhi's words, for this call only (zod's global configuration is untouched).
    if (!result.success) {
      result = schema.safeParse(input, { error: (issue) => zodIssueMessage(issue, locale), reportInput: true }) as z.ZodSafeParseResult<z.output<S>>;
    }
    if (result.success) return { success: true, data: result.data };
    // zod makes its messages when the error is read: inside the guard too.
    return { success: false, issues: result.error.issues.map((issue) => toIssue(issue, locale)) };
  } catch (error) {
    // A getter that throws, a proxy, a cycle the schema walks into: the value cannot be read, which is an issue, not a crash.
    return { success: false, issues: [unreadable(locale, error)] };
  }
}

/**
 * The issue of a value that could not be read at all (reading a property
 * threw): the one maker of `schema.unreadable`, for `safeParseModel` and `validate`.
 *
 * @internal
 */
export function unreadable(locale: Locale, error: unknown): Issue {
  let reason: string;
  try {
    reason = error instanceof Error ? String(error.message).slice(0, 200) : "unknown";
  } catch {
    reason = "unknown";
  }
  return {
    code: "schema.unreadable",
    severity: "error",
    path: [],
    message: issueMessages["schema.unreadable"][locale],
    params: { reason },
  };
}
