import type { Issue, Severity } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { Observation } from "../model/observation.js";
import { safeParseModel } from "../model/safeParseModel.js";
import { renderMessage } from "./renderMessage.js";
import type { Rule, RuleContext } from "./rule.js";
import { defaultRules } from "./rules/index.js";
import { toSubject } from "./toSubject.js";

/**
 * Options of `validate`.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { locale: "zh", severity: { "consistency.duplicateFact": "off" } };
 * ```
 */
export interface ValidateOptions {
  /** The language of messages (default `en`). */
  readonly locale?: Locale;
  /** The rules to run (default `defaultRules`); add your own to that list. */
  readonly rules?: readonly Rule[];
  /** Per code: another severity, or `off`. */
  readonly severity?: Readonly<Record<string, Severity | "off">>;
  /** Month and day by which a department's report is due in the following year (default `03-01`). */
  readonly submitBy?: string;
  /** Month and day by which every report is public in the following year (default `04-01`). */
  readonly publishBy?: string;
  /** Days from signing to publication before `date.publishedLongAfterSigned` (default 90). */
  readonly maxDaysToPublish?: number;
  /** Actual figures to check a work plan's targets against (`task.targetNotMet`); read with the Observation schema. */
  readonly actuals?: readonly unknown[];
}

const monthDay = /^\d{2}-\d{2}$/;

/**
 * Checks any model value as a supervisor would and gives what is wrong as
 * structured issues: `{ code, severity, path, message, params }`, plus the
 * text span where the value came from a document. Takes a `ParsedDocument`,
 * an `AnnualReport`, a `WorkPlan`, an `Observation[]` or an `Agency`; anything
 * else, or a value that breaks its schema, gives `schema.*` issues. Never
 * throws: a rule that fails gives a `validate.ruleFailed` issue.
 *
 * @example
 * ```ts
 * const issues = validate(parseReport(text), { locale: "zh" });
 * issues.map((i) => i.code); //=> ["date.signedBeforePeriodEnd", "date.reportLate", …]
 * ```
 */
export function validate(value: unknown, options: ValidateOptions = {}): Issue[] {
  const locale = options.locale === "zh" ? "zh" : "en";
  const read = toSubject(value, locale);
  if ("issues" in read) {
    return read.issues.flatMap((issue) => {
      const severity = options.severity?.[issue.code] ?? issue.severity;
      return severity === "off" ? [] : [{ ...issue, severity }];
    });
  }
  const context: RuleContext = {
    locale,
    submitBy: options.submitBy !== undefined && monthDay.test(options.submitBy) ? options.submitBy : "03-01",
    publishBy: options.publishBy !== undefined && monthDay.test(options.publishBy) ? options.publishBy : "04-01",
    maxDaysToPublish:
      typeof options.maxDaysToPublish === "number" && Number.isFinite(options.maxDaysToPublish) ? options.maxDaysToPublish : 90,
    actuals: [],
  };
  const issues: Issue[] = [];
  const actuals: Observation[] = [];
  (Array.isArray(options.actuals) ? options.actuals : []).forEach((actual: unknown, i) => {
    const parsed = safeParseModel(Observation, actual, { locale });
    if (parsed.success) actuals.push(parsed.data);
    else issues.push(...parsed.issues.map((issue) => ({ ...issue, path: ["actuals", i, ...issue.path] })));
  });
  const ruleContext: RuleContext = { ...context, actuals };
  for (const rule of options.rules ?? defaultRules) {
    const configured = options.severity?.[rule.code];
    if (configured === "off") continue;
    try {
      for (const finding of rule.check(read.subject, ruleContext)) {
        issues.push({
          code: rule.code,
          severity: configured ?? finding.severity ?? rule.severity,
          path: [...finding.path],
          message: renderMessage(rule.messages[locale], finding.params),
          params: { ...finding.params },
          ...(finding.span ? { span: finding.span } : {}),
        });
      }
    } catch (error) {
      issues.push({
        code: "validate.ruleFailed",
        severity: "error",
        path: [],
        message: locale === "zh" ? `规则${rule.code}执行失败` : `The rule ${rule.code} failed`,
        params: { rule: rule.code, error: error instanceof Error ? error.message : String(error) },
      });
    }
  }
  return issues;
}
