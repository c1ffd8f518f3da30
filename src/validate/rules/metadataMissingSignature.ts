import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";
import { documentNothingRead } from "./documentNothingRead.js";

/**
 * `metadata.missingSignature`: a parsed annual report without a 落款, the
 * signing agency and the date that close it (`某市生态环境局` / `2024年1月25日`
 * on lines of their own): the parser found no signing date, not even a
 * malformed one (`date.malformed` tells of that). A text that stops
 * mid-sentence (an excerpt, a page cut short: the parser's `dates.cutShort`)
 * may have lost its 落款 with its end and is not flagged, nor is a text of
 * which nothing was read (`document.nothingRead`), a work plan, or a value
 * other than a parsed document (an `AnnualReport` built by hand may leave
 * its dates out).
 *
 * @example
 * ```ts
 * metadataMissingSignature.code; //=> "metadata.missingSignature"
 * ```
 */
export const metadataMissingSignature: Rule = {
  code: "metadata.missingSignature",
  severity: "warning",
  messages: issueMessages["metadata.missingSignature"],
  check(subject, context) {
    const dates = subject.dates;
    if (subject.kind !== "document" || subject.documentKind !== "annual-report" || dates === null) return [];
    if (dates.signed !== null || dates.signedRaw !== null || dates.cutShort === true) return [];
    return documentNothingRead.check(subject, context).length > 0 ? [] : [{ path: ["dates", "signed"], params: {} }];
  },
};
