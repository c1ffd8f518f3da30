import { issueMessages } from "../../model/issueMessages.js";
import { renderMessage } from "../../model/renderMessage.js";
import type { Issue, IssueParam } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";


/**
 * An issue of the disclosure report reader, its message in the locale.
 *
 * @internal
 */
export function readIssue(
  code: "disclosure.cellsUnreadable" | "disclosure.rowMissing" | "disclosure.rowRepeated" | "disclosure.rowUnknown" | "disclosure.tableMissing" | "disclosure.templateUndetermined",
  severity: Issue["severity"],
  path: readonly (string | number)[],
  params: Readonly<Record<string, IssueParam>>,
  locale: Locale,
  span?: { start: number; end: number },
): Issue {
  const message = renderMessage(issueMessages[code][locale], params);
  return { code, severity, path: [...path], message, params: { ...params }, ...(span ? { span } : {}) };
}
