import { documentDateSpan } from "../documentDateSpan.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Finding, Rule } from "../rule.js";

/**
 * `date.reportLate`: an annual report published after the publication deadline
 * (1 April of the following year), or a department's report signed after its
 * submission deadline (1 March), the signing date standing in for the
 * submission date the text does not give. Deadlines are options of `validate`.
 *
 * @example
 * ```ts
 * dateReportLate.code; //=> "date.reportLate"
 * ```
 */
export const dateReportLate: Rule = {
  code: "date.reportLate",
  severity: "warning",
  messages: issueMessages["date.reportLate"],
  check(subject, context) {
    const year = subject.reportingYear;
    if (subject.documentKind !== "annual-report" || year === null || !subject.dates) return [];
    const findings: Finding[] = [];
    const publishBy = `${year + 1}-${context.publishBy}`;
    const { published, signed } = subject.dates;
    if (published !== null && published > publishBy) {
      findings.push({ path: ["dates", "published"], params: { date: published, deadline: publishBy, whatZh: "公开", whatEn: "Published" }, ...documentDateSpan(subject, "published") });
    }
    const submitBy = `${year + 1}-${context.submitBy}`;
    if (subject.agency?.kind === "department" && signed !== null && signed > submitBy) {
      findings.push({ path: ["dates", "signed"], params: { date: signed, deadline: submitBy, whatZh: "部门报告落款", whatEn: "A department's report signed" }, ...documentDateSpan(subject, "signed") });
    }
    return findings;
  },
};
