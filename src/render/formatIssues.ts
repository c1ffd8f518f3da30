import { severityNames } from "../model/severityNames.js";
import type { Issue } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { lineColumnOf } from "../model/lineColumn.js";
import { issueMessage } from "../model/issueMessages.js";
import { renderMessage } from "../model/renderMessage.js";
import { checkedLocale } from "../validate/optionChecks.js";
import type { Rule } from "../validate/rule.js";
import { checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";

/**
 * Options of `formatIssues`.
 *
 * @example
 * ```ts
 * const options: FormatIssuesOptions = { locale: "zh", text: doc.text };
 * ```
 */
export interface FormatIssuesOptions {
  /** The language of the list (default `en`); messages are rendered again in it. */
  readonly locale?: Locale;
  /** The text the spans refer to, for line:column. */
  readonly text?: string;
  /** Your own rules, whose messages are used for their codes (fazhi's codes take theirs from `issueMessages`). */
  readonly rules?: readonly Rule[];
}

const formatIssuesOptionNames = /* @__PURE__ */ optionNames<FormatIssuesOptions>()(["locale", "text", "rules"]);

/**
 * A readable list of issues, one a line: where (line:column from the span
 * when the text is given, else the path), severity, code and message in the
 * chosen language (rendered again from `issueMessages` with the issue's params,
 * so issues found in one language, or while parsing, list in either).
 *
 * @example
 * ```ts
 * formatIssues(validate(doc), { locale: "zh", text: doc.text });
 * //=> "117:161  警告  date.malformed  日期“2022225”书写不规范，按2022-02-25理解\n…"
 * ```
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  if (!Array.isArray(issues as unknown)) throw new TypeError("formatIssues: issues must be a list of issues (what validate gives)");
  checkOptionsObject("formatIssues", options, false, formatIssuesOptionNames);
  const locale = checkedLocale("formatIssues", options.locale);
  const rules = options.rules ?? [];
  const positionOf = options.text === undefined ? null : lineColumnOf(options.text);
  return issues
    .map((issue) => {
      const template = rules.find((rule) => rule.code === issue.code)?.messages[locale];
      const message = template === undefined ? (issueMessage(issue.code, locale, issue.params) ?? issue.message) : renderMessage(template, issue.params);
      const position = positionOf !== null && issue.span ? positionOf(issue.span.start) : null;
      const where = position !== null ? `${position.line}:${position.column}` : issue.path.join(".") || "-";
      return `${where}  ${severityNames[locale][issue.severity]}  ${issue.code}  ${message}`;
    })
    .join("\n");
}
