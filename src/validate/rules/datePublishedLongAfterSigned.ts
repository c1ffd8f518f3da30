import { dateSpan, daysBetween } from "../helpers.js";
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
  messages: {
    zh: "落款日期{signed}后{days}天才发布({published}),超过{limit}天",
    en: "Published on {published}, {days} days after it was signed on {signed} (more than {limit})",
  },
  check(subject, context) {
    const signed = subject.dates?.signed;
    const published = subject.dates?.published;
    if (signed == null || published == null) return [];
    const days = daysBetween(signed, published);
    return days > context.maxDaysToPublish
      ? [{ path: ["dates", "published"], params: { signed, published, days, limit: context.maxDaysToPublish }, ...dateSpan(subject, "published") }]
      : [];
  },
};
