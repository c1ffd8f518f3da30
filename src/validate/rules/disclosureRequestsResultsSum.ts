import { disclosureCellNames } from "../../catalog/lexicon/disclosure.js";
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
  messages: {
    zh: "表三“{columnZh}”列：办理结果总计为{left}，各项办理结果之和为{right}",
    en: "Table 三, column {columnEn}: the results total is {left}, the result rows sum to {right}",
  },
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
