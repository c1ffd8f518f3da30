import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { issueMessages } from "../../model/issueMessages.js";

/** Fewer characters than this after the §五 heading is an empty section (无。). */
const minimumLength = 10;

/**
 * `disclosure.document.problemsEmpty`: §五 存在的主要问题及改进情况 is present
 * but says next to nothing (无。), though the template asks for the problems
 * found and how they are being addressed.
 *
 * @example
 * ```ts
 * disclosureDocumentProblemsEmpty.code; //=> "disclosure.document.problemsEmpty"
 * ```
 */
export const disclosureDocumentProblemsEmpty: DisclosureRule = {
  code: "disclosure.document.problemsEmpty",
  severity: "warning",
  messages: issueMessages["disclosure.document.problemsEmpty"],
  check(report) {
    const section = report.sections.find((s) => s.key === "problems");
    if (!section || section.contentLength >= minimumLength) return [];
    return [{ path: ["sections", "problems"], params: { length: section.contentLength }, span: section.span }];
  },
};
