import { disclosureRequestColumns } from "../../model/disclosureCells.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { relationFinding, requestRows } from "../disclosure/relation.js";

/**
 * `disclosure.requests.rowTotal`: per row of table 三, the 总计 column equals
 * the sum of the six applicant columns (自然人 and the five 法人或其他组织).
 *
 * @example
 * ```ts
 * disclosureRequestsRowTotal.code; //=> "disclosure.requests.rowTotal"
 * ```
 */
export const disclosureRequestsRowTotal: DisclosureRule = {
  code: "disclosure.requests.rowTotal",
  severity: "error",
  messages: issueMessages["disclosure.requests.rowTotal"],
  check(report) {
    return requestRows(report).flatMap((row) => {
      const finding = relationFinding(
        report,
        [`${row}.total`],
        disclosureRequestColumns.slice(0, 6).map((c) => `${row}.${c}`),
        [...row.split("."), "total"],
        "rowTotal",
      );
      return finding ? [{ ...finding, params: { ...finding.params, row: row.slice("requests.".length) } }] : [];
    });
  },
};
