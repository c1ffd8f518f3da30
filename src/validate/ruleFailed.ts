import type { Issue } from "../model/issue.js";
import { issueMessages } from "../model/issueMessages.js";
import type { Locale } from "../model/locale.js";
import { renderMessage } from "../model/renderMessage.js";

/**
 * The reason a rule or a read failed, as a short string, whatever was thrown
 * (even a value whose `message` throws when read).
 *
 * @internal
 */
export function reasonOf(error: unknown): string {
  try {
    return (error instanceof Error ? String(error.message) : String(error)).slice(0, 200);
  } catch {
    return "unknown";
  }
}

/**
 * The issue of a rule that threw: the one maker of `validate.ruleFailed`, for
 * `validate` and `validateDisclosure`.
 *
 * @internal
 */
export function ruleFailed(rule: string, error: unknown, locale: Locale, path: readonly (string | number)[] = []): Issue {
  const params = { rule, error: reasonOf(error) };
  return {
    code: "validate.ruleFailed",
    severity: "error",
    path: [...path],
    message: renderMessage(issueMessages["validate.ruleFailed"][locale], params),
    params,
  };
}
