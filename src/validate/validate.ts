import { deadlineMonthDays } from "../catalog/reportingDeadlines.js";
import type { Issue, Severity } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { Observation } from "../model/observation.js";
import { safeParseModel, unreadable } from "../model/safeParseModel.js";
import { reasonOf, ruleFailed } from "./ruleFailed.js";
import { issueMessage } from "../model/issueMessages.js";
import { renderMessage } from "../model/renderMessage.js";
import type { Rule, RuleContext } from "./rule.js";
import { defaultRules } from "./rules/index.js";
import { type SubjectRead, toSubject } from "./toSubject.js";
import { checkedLocale, checkedMonthDay, checkedRules, checkedSeverity, optionsObject } from "./optionChecks.js";
import { optionNames } from "../model/checkOptionsObject.js";

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

const validateOptionNames = /* @__PURE__ */ optionNames<ValidateOptions>()(["locale", "rules", "severity", "submitBy", "publishBy", "maxDaysToPublish", "actuals"]);

/** The options read and checked once: a wrong option is a programming error, thrown as a TypeError or RangeError naming it. */
interface CheckedOptions {
  readonly locale: Locale;
  readonly rules: readonly Rule[];
  readonly severity: ReadonlyMap<string, Severity | "off">;
  readonly submitBy: string;
  readonly publishBy: string;
  readonly maxDaysToPublish: number;
  readonly actuals: readonly unknown[];
}

function checkOptions(options: unknown): CheckedOptions {
  const fn = "validate";
  const o = optionsObject(fn, options, validateOptionNames);
  const maxDays = o["maxDaysToPublish"] ?? 90;
  if (typeof maxDays !== "number" || !Number.isFinite(maxDays) || maxDays < 0) {
    throw new RangeError("validate: option maxDaysToPublish must be a finite number of days, 0 or more");
  }
  const actuals = o["actuals"] ?? [];
  if (!Array.isArray(actuals)) throw new TypeError("validate: option actuals must be an array of observations");
  const rules = checkedRules(fn, "rules", o["rules"], defaultRules);
  return {
    locale: checkedLocale(fn, o["locale"]),
    rules,
    severity: checkedSeverity(fn, o["severity"], rules),
    submitBy: checkedMonthDay(fn, "submitBy", o["submitBy"], deadlineMonthDays.submitBy),
    publishBy: checkedMonthDay(fn, "publishBy", o["publishBy"], deadlineMonthDays.publishBy),
    maxDaysToPublish: maxDays,
    actuals,
  };
}

/**
 * Checks any model value as a supervisor would and gives what is wrong as
 * structured issues: `{ code, severity, path, message, params }`, plus the
 * text span where the value came from a document. A parsed document's own
 * `issues` (what the parser found in the text: a malformed date, an
 * unreadable number …) come first, their messages in the locale asked for.
 * Takes a `ParsedDocument`,
 * an `AnnualReport`, a `WorkPlan`, an `Observation[]` or an `Agency`; anything
 * else gives a `schema.unknownValue` issue. A field that breaks its schema
 * gives its `schema.*` issues and is left out, and every check that does not
 * depend on it still runs (a list keeps its valid elements, at their paths).
 * Never throws on any value: a rule that fails gives a `validate.ruleFailed`
 * issue, a value that cannot be read a `schema.unreadable` one. Throws a
 * `TypeError` or `RangeError` naming the option for a wrong option (not an
 * object, an unknown locale or severity, `rules` not an array of rules,
 * `submitBy` not `MM-DD` …): that is a programming error.
 *
 * @example
 * ```ts
 * const issues = validate(parseReport(text), { locale: "zh" });
 * issues.map((i) => i.code); //=> ["date.signedBeforePeriodEnd", "date.reportLate", …]
 * ```
 */
export function validate(value: unknown, options: ValidateOptions = {}): Issue[] {
  let checked: CheckedOptions;
  try {
    checked = checkOptions(options);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) throw error;
    throw new TypeError(`validate: the options could not be read (${reasonOf(error)})`);
  }
  const { locale, severity } = checked;
  const withSeverity = (issue: Issue): Issue[] => {
    const level = severity.get(issue.code) ?? issue.severity;
    return level === "off" ? [] : [{ ...issue, severity: level }];
  };
  let read: SubjectRead;
  try {
    read = toSubject(value, locale);
  } catch (error) {
    read = { subject: null, issues: [unreadable(locale, error)] };
  }
  const issues: Issue[] = read.issues.flatMap(withSeverity);
  const subject = read.subject;
  if (subject === null) return issues;
  // What the parser found in the text, given again in the locale asked for.
  for (const found of subject.parseIssues) issues.push(...withSeverity({ ...found, message: issueMessage(found.code, locale, found.params) ?? found.message }));
  const actuals: Observation[] = [];
  checked.actuals.forEach((actual: unknown, i) => {
    const parsed = safeParseModel(Observation, actual, { locale });
    if (parsed.success) actuals.push(parsed.data);
    else issues.push(...parsed.issues.flatMap((issue) => withSeverity({ ...issue, path: ["actuals", i, ...issue.path] })));
  });
  const ruleContext: RuleContext = {
    locale,
    submitBy: checked.submitBy,
    publishBy: checked.publishBy,
    maxDaysToPublish: checked.maxDaysToPublish,
    actuals,
  };
  for (const rule of checked.rules) {
    const configured = severity.get(rule.code);
    if (configured === "off") continue;
    try {
      for (const finding of rule.check(subject, ruleContext)) {
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
      issues.push(ruleFailed(rule.code, error, locale));
    }
  }
  return issues;
}
