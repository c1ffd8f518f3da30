import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { issueMessages } from "../../model/issueMessages.js";

/**
 * `disclosure.document.late`: the report was published (or, with no
 * publication date, already signed) after its deadline — 条例 第四十九、五十条:
 * a department's report by 1月31日 and a government's by 3月31日 of the
 * following year (both options of `validateDisclosure`). Where the kind of
 * agency is unknown, the later deadline applies.
 *
 * @example
 * ```ts
 * disclosureDocumentLate.code; //=> "disclosure.document.late"
 * ```
 */
export const disclosureDocumentLate: DisclosureRule = {
  code: "disclosure.document.late",
  severity: "warning",
  messages: issueMessages["disclosure.document.late"],
  check(report, context) {
    if (report.reportingYear === null) return [];
    const deadline = `${report.reportingYear + 1}-${report.agency.kind === "department" ? context.departmentPublishBy : context.governmentPublishBy}`;
    const { published, signed } = report.dates;
    if (published !== null) {
      return published > deadline ? [{ path: ["dates", "published"], params: { date: published, deadline, whatZh: "公开", whatEn: "published" } }] : [];
    }
    if (signed !== null && signed > deadline) {
      return [{ path: ["dates", "signed"], params: { date: signed, deadline, whatZh: "落款", whatEn: "signed" } }];
    }
    return [];
  },
};
