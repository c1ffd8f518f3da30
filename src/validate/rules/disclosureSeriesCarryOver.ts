import { disclosureCellNames } from "../../catalog/lexicon/disclosure.js";
import { issueMessages } from "../../model/issueMessages.js";
import { disclosureRequestColumns, disclosureSum } from "../../model/disclosureCells.js";
import type { DisclosureSeriesRule } from "../disclosure/disclosureRule.js";

/**
 * `disclosure.series.carryOver`: across consecutive years of one agency, per
 * column of table 三, 上年结转 of year t equals 结转下年度继续办理 of year t−1.
 *
 * @example
 * ```ts
 * disclosureSeriesCarryOver.code; //=> "disclosure.series.carryOver"
 * ```
 */
export const disclosureSeriesCarryOver: DisclosureSeriesRule = {
  code: "disclosure.series.carryOver",
  severity: "error",
  messages: issueMessages["disclosure.series.carryOver"],
  check(before, after) {
    return disclosureRequestColumns.flatMap((column) => {
      const now = disclosureSum(after, [`requests.carriedOver.${column}`]);
      const then = disclosureSum(before, [`requests.carriedForward.${column}`]);
      if (now.blanks + now.absent + then.blanks + then.absent > 0 || now.sum.equals(then.sum)) return [];
      return [
        {
          path: ["requests", "carriedOver", column],
          params: { column, columnZh: disclosureCellNames[column]?.[0] ?? column, columnEn: disclosureCellNames[column]?.[1] ?? column, year: after.reportingYear, previousYear: before.reportingYear, left: now.sum.toString(), right: then.sum.toString() },
        },
      ];
    });
  },
};
