import type { IssueParam } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import type { Observation } from "../model/observation.js";
import type { Severity } from "../model/issue.js";
import type { Span } from "../model/span.js";
import type { Path, Subject } from "./subject.js";

/**
 * What a rule finds: where, with which parameters (they fill the message), and
 * optionally a text span and a severity other than the rule's own.
 *
 * @example
 * ```ts
 * const finding: Finding = { path: ["dates", "published"], params: { published: "2021-07-02", deadline: "2021-04-01" } };
 * ```
 */
export interface Finding {
  /** The path to the value concerned. */
  readonly path: Path;
  /** The facts the message is built from. */
  readonly params: Readonly<Record<string, IssueParam>>;
  /** Where it stands in the document's text, if known. */
  readonly span?: Span;
  /** A severity for this finding, instead of the rule's. */
  readonly severity?: Severity;
}

/**
 * Options every rule can read.
 *
 * @example
 * ```ts
 * const context: RuleContext = { locale: "zh", submitBy: "03-01", publishBy: "04-01", maxDaysToPublish: 90, actuals: [] };
 * ```
 */
export interface RuleContext {
  /** The language of messages. */
  readonly locale: Locale;
  /** A department's report is due by this month and day of the following year (`MM-DD`). */
  readonly submitBy: string;
  /** Every report is public by this month and day of the following year (`MM-DD`). */
  readonly publishBy: string;
  /** Publication more than this many days after signing is flagged. */
  readonly maxDaysToPublish: number;
  /** Actual figures to check a plan's targets against. */
  readonly actuals: readonly Observation[];
}

/**
 * A validation rule: a stable code, a default severity, messages in Chinese
 * and English (with `{param}` placeholders filled from each finding's params),
 * and a pure check. Write your own with the same shape and pass it in
 * `validate(value, { rules: [...defaultRules, myRule] })`.
 *
 * @example
 * ```ts
 * const noTitle: Rule = {
 *   code: "custom.noTitle",
 *   severity: "info",
 *   messages: { zh: "文件没有标题", en: "The document has no title" },
 *   check: (subject) => (subject.document && subject.document.title === null ? [{ path: ["title"], params: {} }] : []),
 * };
 * ```
 */
export interface Rule {
  /** The code of the issues it raises (`date.reportLate`). */
  readonly code: string;
  /** Its default severity. */
  readonly severity: Severity;
  /** Message templates; `{name}` is replaced by the finding's param `name`. */
  readonly messages: Readonly<Record<Locale, string>>;
  /** Finds what is wrong; never throws on a valid subject. */
  readonly check: (subject: Subject, context: RuleContext) => readonly Finding[];
}
