import { dateSpan } from "../helpers.js";
import type { Rule } from "../rule.js";

/**
 * `date.signedBeforePeriodEnd`: an annual report signed before the year it
 * reports on is over (often a typo for the following year).
 *
 * @example
 * ```ts
 * dateSignedBeforePeriodEnd.severity; //=> "error"
 * ```
 */
export const dateSignedBeforePeriodEnd: Rule = {
  code: "date.signedBeforePeriodEnd",
  severity: "error",
  messages: {
    zh: "报告落款日期{signed}早于所报告年度{year}年结束",
    en: "The report is signed on {signed}, before the year it reports on ({year}) is over",
  },
  check(subject) {
    const signed = subject.dates?.signed;
    const year = subject.reportingYear;
    if (subject.documentKind !== "annual-report" || signed == null || year === null) return [];
    return signed < `${year + 1}-01-01` ? [{ path: ["dates", "signed"], params: { signed, year }, ...dateSpan(subject, "signed") }] : [];
  },
};
