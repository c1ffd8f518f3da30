import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `document.nothingRead`: a parsed document of which nothing was read, no
 * title, agency (not even its kind, as 我局 tells), reporting year, figure nor task: an empty file, or a text
 * that is no report or plan on rule-of-law government (a page of another kind,
 * a README). Without it such a file would pass `validate` as a clean report.
 *
 * @example
 * ```ts
 * documentNothingRead.code; //=> "document.nothingRead"
 * ```
 */
export const documentNothingRead: Rule = {
  code: "document.nothingRead",
  severity: "warning",
  messages: issueMessages["document.nothingRead"],
  check(subject) {
    const doc = subject.document;
    if (subject.kind !== "document" || doc === null) return [];
    const read = doc.title !== null || doc.agency.name !== null || doc.agency.kind !== null || doc.reportingYear !== null || subject.figures.length > 0 || subject.tasks.length > 0;
    return read ? [] : [{ path: [], params: {} }];
  },
};
