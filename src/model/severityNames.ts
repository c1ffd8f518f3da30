import type { Severity } from "./issue.js";
import type { Locale } from "./locale.js";

/**
 * What each severity of an issue is called in each locale, wherever issues
 * are listed for a reader (`formatIssues`, the Markdown of disclosure checks,
 * the command line's summaries).
 *
 * @internal
 *
 * @example
 * ```ts
 * severityNames.zh.warning; //=> "警告"
 * ```
 */
export const severityNames: Readonly<Record<Locale, Readonly<Record<Severity, string>>>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};
