import type { DisclosureReport } from "../../model/disclosureReport.js";
import type { Locale } from "../../model/locale.js";
import type { Finding, Rule } from "../rule.js";

/**
 * Options every disclosure rule can read: the language of messages and the
 * publication deadlines of 条例 第四十九、五十条 as `MM-DD` of the following year.
 *
 * @example
 * ```ts
 * const context: DisclosureRuleContext = { locale: "zh", departmentPublishBy: "01-31", governmentPublishBy: "03-31" };
 * ```
 */
export interface DisclosureRuleContext {
  /** The language of messages. */
  readonly locale: Locale;
  /** A department's report is due by this month and day of the following year (default `01-31`). */
  readonly departmentPublishBy: string;
  /** A government's report is due by this month and day of the following year (default `03-31`). */
  readonly governmentPublishBy: string;
}

/**
 * A check of one 政府信息公开工作年度报告: the shape of `Rule` (code,
 * severity, zh/en messages, a pure check giving `Finding`s) over a
 * `DisclosureReport` instead of a document subject.
 *
 * @example
 * ```ts
 * const noTitle: DisclosureRule = {
 *   code: "disclosure.custom.noTitle",
 *   severity: "info",
 *   messages: { zh: "报告没有标题", en: "The report has no title" },
 *   check: (report) => (report.title === null ? [{ path: ["title"], params: {} }] : []),
 * };
 * ```
 */
export interface DisclosureRule extends Omit<Rule, "check"> {
  /** Finds what is wrong; never throws on a valid report. */
  readonly check: (report: DisclosureReport, context: DisclosureRuleContext) => readonly Finding[];
}

/**
 * A check across consecutive years of one agency's reports: given the earlier
 * and the later report of a pair.
 *
 * @example
 * ```ts
 * const sameTemplate: DisclosureSeriesRule = {
 *   code: "disclosure.series.custom",
 *   severity: "info",
 *   messages: { zh: "模板变化", en: "The template changed" },
 *   check: (before, after) => (before.template !== after.template ? [{ path: ["template"], params: {} }] : []),
 * };
 * ```
 */
export interface DisclosureSeriesRule extends Omit<Rule, "check"> {
  /** Finds what is wrong between two consecutive years; never throws on valid reports. */
  readonly check: (before: DisclosureReport, after: DisclosureReport, context: DisclosureRuleContext) => readonly Finding[];
}
