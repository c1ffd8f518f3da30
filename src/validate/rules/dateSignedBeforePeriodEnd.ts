import { documentDateSpan } from "../documentDateSpan.js";
import { issueMessages } from "../../model/issueMessages.js";
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
  messages: issueMessages["date.signedBeforePeriodEnd"],
  check(subject) {
    const signed = subject.dates?.signed;
    const year = subject.reportingYear;
    if (subject.documentKind !== "annual-report" || signed == null || year === null) return [];
    return signed < `${year + 1}-01-01` ? [{ path: ["dates", "signed"], params: { signed, year }, ...documentDateSpan(subject, "signed") }] : [];
  },
};
