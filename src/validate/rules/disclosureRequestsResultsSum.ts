import { disclosureCellNames } from "../../catalog/lexicon/disclosure.js";
import { issueMessages } from "../../model/issueMessages.js";
import { disclosureRequestColumns } from "../../model/disclosureCells.js";
import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { relationFinding, resultRows } from "../disclosure/relation.js";

/**
 * `disclosure.requests.resultsSum`: per column of table 三, 三(七)总计 equals
 * the sum of the result rows 三(一)–(六) (every sub-row of 不予公开, 无法提供,
 * 不予处理 and 其他处理).
 *
 * @example
 * ```ts
 * disclosureRequestsResultsSum.code; //=> "disclosure.requests.resultsSum"
 * ```
 */
export const disclosureRequestsResultsSum: DisclosureRule = {
  code: "disclosure.requests.resultsSum",
  severity: "error",
  messages: issueMessages["disclosure.requests.resultsSum"],
  check(report) {
    const rows = resultRows(report);
    return disclosureRequestColumns.flatMap((column) => {
      const finding = relationFinding(
        report,
        [`requests.resultsTotal.${column}`],
        rows.map((row) => `${row}.${column}`),
        ["requests", "resultsTotal", column],
        "resultsSum",
      );
      return finding ? [{ ...finding, params: { ...finding.params, column, columnZh: disclosureCellNames[column]?.[0] ?? column, columnEn: disclosureCellNames[column]?.[1] ?? column } }] : [];
    });
  },
};
