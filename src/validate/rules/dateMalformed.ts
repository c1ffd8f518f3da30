import { parseDate } from "../../parse/dates.js";
import { dateSpan, maxRawDate } from "../helpers.js";
import type { Finding, Rule } from "../rule.js";

/**
 * `date.malformed`: a signing or publication date written so that it is not a
 * well-formed date (`2022225`); gives its reading where there is exactly one.
 *
 * @example
 * ```ts
 * dateMalformed.code; //=> "date.malformed"
 * ```
 */
export const dateMalformed: Rule = {
  code: "date.malformed",
  severity: "warning",
  messages: {
    zh: "日期“{raw}”书写不规范,{readingZh}",
    en: "The date {raw} is not well-formed; {readingEn}",
  },
  check(subject) {
    const findings: Finding[] = [];
    for (const field of ["signed", "published"] as const) {
      const raw = subject.dates?.[`${field}Raw`];
      if (raw == null) continue;
      // A raw text longer than any date is no date: not read at all.
      const { date, issue } = raw.length > maxRawDate ? { date: null, issue: true } : parseDate(raw);
      if (!issue) continue;
      findings.push({
        path: ["dates", field],
        params: {
          raw: raw.length > maxRawDate ? `${raw.slice(0, maxRawDate)}…` : raw,
          reading: date,
          readingZh: date === null ? "无法确定日期" : `按${date}理解`,
          readingEn: date === null ? "it has no single reading" : `read as ${date}`,
        },
        severity: date === null ? "error" : "warning",
        ...dateSpan(subject, field),
      });
    }
    return findings;
  },
};
