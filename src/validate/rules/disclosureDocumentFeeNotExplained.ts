import { disclosureSum } from "../../model/disclosureCells.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { DisclosureRule } from "../disclosure/disclosureRule.js";

/**
 * `disclosure.document.feeNotExplained`: table 三 shows information-processing
 * fees were charged (requests closed because the applicant did not pay,
 * 三(六)2 逾期未按收费通知要求缴纳费用) but the report states no fee (§六
 * must report 信息处理费 charged).
 *
 * @example
 * ```ts
 * disclosureDocumentFeeNotExplained.code; //=> "disclosure.document.feeNotExplained"
 * ```
 */
export const disclosureDocumentFeeNotExplained: DisclosureRule = {
  code: "disclosure.document.feeNotExplained",
  severity: "warning",
  messages: issueMessages["disclosure.document.feeNotExplained"],
  check(report) {
    if (report.fee !== null || Array.isArray(report.requests.other)) return [];
    const unpaid = disclosureSum(report, ["requests.other.feeUnpaid.total"]);
    if (unpaid.blanks > 0 || !unpaid.sum.greaterThan(0)) return [];
    return [{ path: ["fee"], params: { count: unpaid.sum.toString(), cells: "requests.other.feeUnpaid.total" } }];
  },
};
