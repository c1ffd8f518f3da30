import { documentDateSpan } from "../documentDateSpan.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `date.publishedBeforeSigned`: a document published before the date it was signed.
 *
 * @example
 * ```ts
 * datePublishedBeforeSigned.code; //=> "date.publishedBeforeSigned"
 * ```
 */
export const datePublishedBeforeSigned: Rule = {
  code: "date.publishedBeforeSigned",
  severity: "error",
  messages: issueMessages["date.publishedBeforeSigned"],
  check(subject) {
    const signed = subject.dates?.signed;
    const published = subject.dates?.published;
    if (signed == null || published == null) return [];
    return published < signed ? [{ path: ["dates", "published"], params: { signed, published }, ...documentDateSpan(subject, "published") }] : [];
  },
};
