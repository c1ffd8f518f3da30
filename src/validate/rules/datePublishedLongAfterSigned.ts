import { daysBetween } from "../../model/daysBetween.js";
import { documentDateSpan } from "../documentDateSpan.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `date.publishedLongAfterSigned`: published more than `maxDaysToPublish`
 * days (90 unless set) after it was signed.
 *
 * @example
 * ```ts
 * datePublishedLongAfterSigned.severity; //=> "warning"
 * ```
 */
export const datePublishedLongAfterSigned: Rule = {
  code: "date.publishedLongAfterSigned",
  severity: "warning",
  messages: issueMessages["date.publishedLongAfterSigned"],
  check(subject, context) {
    const signed = subject.dates?.signed;
    const published = subject.dates?.published;
    if (signed == null || published == null) return [];
    const days = daysBetween(signed, published);
    return days > context.maxDaysToPublish
      ? [{ path: ["dates", "published"], params: { signed, published, days, limit: context.maxDaysToPublish }, ...documentDateSpan(subject, "published") }]
      : [];
  },
};
