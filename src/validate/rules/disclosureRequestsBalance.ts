import { disclosureCellNames } from "../../catalog/lexicon/disclosure.js";
import { issueMessages } from "../../model/issueMessages.js";
import { disclosureRequestColumns } from "../../model/disclosureCells.js";
import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { relationFinding } from "../disclosure/relation.js";

/**
 * `disclosure.requests.balance`: the identity table 三 prints in its own
 * header, per column — 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理.
 *
 * @example
 * ```ts
 * disclosureRequestsBalance.code; //=> "disclosure.requests.balance"
 * ```
 */
export const disclosureRequestsBalance: DisclosureRule = {
  code: "disclosure.requests.balance",
  severity: "error",
  messages: issueMessages["disclosure.requests.balance"],
  check(report) {
    return disclosureRequestColumns.flatMap((column) => {
      const finding = relationFinding(
        report,
        [`requests.received.${column}`, `requests.carriedOver.${column}`],
        [`requests.resultsTotal.${column}`, `requests.carriedForward.${column}`],
        ["requests", "resultsTotal", column],
        "balance",
      );
      return finding ? [{ ...finding, params: { ...finding.params, column, columnZh: disclosureCellNames[column]?.[0] ?? column, columnEn: disclosureCellNames[column]?.[1] ?? column } }] : [];
    });
  },
};
