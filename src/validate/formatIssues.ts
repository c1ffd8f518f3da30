import type { Issue, Severity } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { renderMessage } from "./renderMessage.js";
import type { Rule } from "./rule.js";
import { defaultRules } from "./rules/index.js";

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
  /** Rules whose messages to use besides the default ones (your own rules). */
  readonly rules?: readonly Rule[];
}

const severityNames: Readonly<Record<Locale, Readonly<Record<Severity, string>>>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** Line and column (both from 1) of an offset, counting lines by \n. */
/** Where each line of a text starts, for line:column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineColumn(starts: readonly number[], offset: number): string {
  // The last line start at or before the offset (binary search).
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return `${low + 1}:${offset - (starts[low] ?? 0) + 1}`;
}

/**
 * A readable list of issues, one a line: where (line:column from the span
 * when the text is given, else the path), severity, code and message in the
 * chosen language.
 *
 * @example
 * ```ts
 * formatIssues(validate(doc), { locale: "zh", text: doc.text });
 * //=> "117:161  警告  date.malformed  日期“2022225”书写不规范,按2022-02-25理解\n…"
 * ```
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  const locale = options.locale === "zh" ? "zh" : "en";
  const rules = [...(options.rules ?? []), ...defaultRules];
  const starts = options.text === undefined ? null : lineStarts(options.text);
  return issues
    .map((issue) => {
      const template = rules.find((rule) => rule.code === issue.code)?.messages[locale];
      const message = template === undefined ? issue.message : renderMessage(template, issue.params);
      const where =
        starts !== null && issue.span ? lineColumn(starts, issue.span.start) : issue.path.join(".") || "-";
      return `${where}  ${severityNames[locale][issue.severity]}  ${issue.code}  ${message}`;
    })
    .join("\n");
}
