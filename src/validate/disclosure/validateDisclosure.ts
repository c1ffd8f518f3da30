import type { DisclosureReport } from "../../model/disclosureReport.js";
import { reasonOf, ruleFailed } from "../ruleFailed.js";
import type { Issue, Severity } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";
import { renderMessage } from "../../model/renderMessage.js";
import type { Finding } from "../rule.js";
import type { DisclosureRule, DisclosureRuleContext, DisclosureSeriesRule } from "./disclosureRule.js";
import { disclosureRules, disclosureSeriesRules } from "./disclosureRules.js";
import { disclosureDeadlineMonthDays } from "../../catalog/disclosureDeadlines.js";
import { checkedLocale, checkedMonthDay, checkedRules, checkedSeverity, optionsObject } from "../optionChecks.js";
import { optionNames } from "../../model/checkOptionsObject.js";

/**
 * Options of `validateDisclosure` and `validateDisclosureSeries`.
 *
 * @example
 * ```ts
 * const options: ValidateDisclosureOptions = { locale: "zh", governmentPublishBy: "03-31", severity: { "disclosure.cells.blank": "off" } };
 * ```
 */
export interface ValidateDisclosureOptions {
  /** The language of messages (default `en`). */
  readonly locale?: Locale;
  /** The rules to run on each report (default `disclosureRules`). */
  readonly rules?: readonly DisclosureRule[];
  /** The rules to run on consecutive years (default `disclosureSeriesRules`). */
  readonly seriesRules?: readonly DisclosureSeriesRule[];
  /** Per code: another severity, or `off`. */
  readonly severity?: Readonly<Record<string, Severity | "off">>;
  /** A department's report is public by this `MM-DD` of the following year (default `01-31`); another form is a RangeError. */
  readonly departmentPublishBy?: string;
  /** A government's report is public by this `MM-DD` of the following year (default `03-31`); another form is a RangeError. */
  readonly governmentPublishBy?: string;
}

const validateDisclosureOptionNames = /* @__PURE__ */ optionNames<ValidateDisclosureOptions>()(["locale", "rules", "seriesRules", "severity", "departmentPublishBy", "governmentPublishBy"]);

/** The options read and checked once: a wrong option is a programming error, thrown as a TypeError or RangeError naming it. */
interface CheckedOptions {
  readonly context: DisclosureRuleContext;
  readonly rules: readonly DisclosureRule[];
  readonly seriesRules: readonly DisclosureSeriesRule[];
  readonly severity: ReadonlyMap<string, Severity | "off">;
}

function checkOptions(fn: string, options: unknown): CheckedOptions {
  try {
    return readOptions(fn, options);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) throw error;
    throw new TypeError(`${fn}: the options could not be read (${reasonOf(error)})`);
  }
}

function readOptions(fn: string, options: unknown): CheckedOptions {
  const o = optionsObject(fn, options, validateDisclosureOptionNames);
  const rules = checkedRules(fn, "rules", o["rules"], disclosureRules);
  const seriesRules = checkedRules(fn, "seriesRules", o["seriesRules"], disclosureSeriesRules);
  return {
    context: {
      locale: checkedLocale(fn, o["locale"]),
      departmentPublishBy: checkedMonthDay(fn, "departmentPublishBy", o["departmentPublishBy"], disclosureDeadlineMonthDays.departmentPublishBy),
      governmentPublishBy: checkedMonthDay(fn, "governmentPublishBy", o["governmentPublishBy"], disclosureDeadlineMonthDays.governmentPublishBy),
    },
    rules,
    seriesRules,
    severity: checkedSeverity(fn, o["severity"], [...rules, ...seriesRules]),
  };
}

function run(
  rule: DisclosureRule | DisclosureSeriesRule,
  find: () => readonly Finding[],
  { context, severity }: CheckedOptions,
  prefix: readonly (string | number)[],
): Issue[] {
  const configured = severity.get(rule.code);
  if (configured === "off") return [];
  try {
    return find().map((finding) => ({
      code: rule.code,
      severity: configured ?? finding.severity ?? rule.severity,
      path: [...prefix, ...finding.path],
      message: renderMessage(rule.messages[context.locale], finding.params),
      params: { ...finding.params },
      ...(finding.span ? { span: finding.span } : {}),
    }));
  } catch (error) {
    return [ruleFailed(rule.code, error, context.locale, prefix)];
  }
}

/**
 * Checks one 政府信息公开工作年度报告 as a supervisor would: table 三's printed
 * identity per column (`disclosure.requests.balance`), its results total
 * (`requests.resultsSum`) and row totals (`requests.rowTotal`), table 四's
 * group totals (`reviews.groupTotal`), prose against tables
 * (`text.mismatch`), negative or fractional counts, the blank cells (once,
 * `cells.blank`), the six sections, an empty §五, fees not explained and late
 * publication. A relation with blank cells is reported only when no
 * non-negative values of the blanks make it hold. Each issue's params carry
 * `cells` (comma-joined paths), `left` (the stated side) and `right` (what the
 * parts give, `≥n` when blanks make it a lower bound). Never throws on a
 * report; what is no report (no tables) and a wrong option are a `TypeError`
 * or `RangeError` naming it.
 *
 * @example
 * ```ts
 * const issues = validateDisclosure(parseDisclosureReport(text), { locale: "zh" });
 * issues.map((i) => i.code); //=> ["disclosure.reviews.groupTotal", …]
 * ```
 */
export function validateDisclosure(report: DisclosureReport, options: ValidateDisclosureOptions = {}): Issue[] {
  const checked = checkOptions("validateDisclosure", options);
  const given: unknown = report;
  // What parseDisclosureReport gives: its tables at least (anything else would fail every rule, each with an internal message).
  if (typeof given !== "object" || given === null || ["active", "requests", "reviews"].some((table) => typeof (given as Record<string, unknown>)[table] !== "object")) {
    throw new TypeError(`validateDisclosure expects a report of parseDisclosureReport (with its tables active, requests and reviews), not ${given === null ? "null" : Array.isArray(given) ? "a list" : typeof given === "object" ? "an object without them" : typeof given}`);
  }
  return checked.rules.flatMap((rule) => run(rule, () => rule.check(report, checked.context), checked, []));
}

/**
 * Checks several years of reports across years: reports are grouped by agency
 * (division code and name, else name) and ordered by reporting year; each
 * pair of consecutive years (t−1, t) is checked — 上年结转(t) = 结转下年度(t−1) per
 * column (`disclosure.series.carryOver`, an error) and 现行有效 continuity
 * (`disclosure.series.inForce`, a warning). Issue paths start with the index
 * of the later report in `reports`. Never throws on a report (what is not one
 * is left out); a wrong option is a `TypeError` or `RangeError` naming it.
 *
 * @example
 * ```ts
 * const issues = validateDisclosureSeries([report2023, report2024]);
 * issues.length; //=> 0
 * ```
 */
export function validateDisclosureSeries(reports: readonly DisclosureReport[], options: ValidateDisclosureOptions = {}): Issue[] {
  const checked = checkOptions("validateDisclosureSeries", options);
  const byAgency = new Map<string, { report: DisclosureReport; index: number }[]>();
  if (!Array.isArray(reports)) throw new TypeError("validateDisclosureSeries: reports must be an array of DisclosureReport objects");
  reports.forEach((report, index) => {
    // Only reports with a year and an agency can be paired; anything else (null, a broken object) is left out.
    if (typeof report !== "object" || report === null || typeof report.reportingYear !== "number" || typeof report.agency !== "object" || report.agency === null) return;
    const key = report.agency.divisionCode !== null && report.agency.name !== null
      ? `${report.agency.divisionCode}|${report.agency.name}`
      : (report.agency.name ?? "");
    if (key === "") return;
    const list = byAgency.get(key) ?? [];
    list.push({ report, index });
    byAgency.set(key, list);
  });
  const issues: Issue[] = [];
  for (const list of byAgency.values()) {
    list.sort((a, b) => (a.report.reportingYear ?? 0) - (b.report.reportingYear ?? 0));
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1];
      const after = list[i];
      if (!before || !after || (after.report.reportingYear ?? 0) - (before.report.reportingYear ?? 0) !== 1) continue;
      for (const rule of checked.seriesRules) {
        issues.push(...run(rule, () => rule.check(before.report, after.report, checked.context), checked, [after.index]));
      }
    }
  }
  return issues;
}
