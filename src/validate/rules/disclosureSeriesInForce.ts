import { disclosureSum } from "../../model/disclosureCells.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { DisclosureSeriesRule } from "../disclosure/disclosureRule.js";

/**
 * `disclosure.series.inForce`: across consecutive years of one agency (2021
 * template), 现行有效(t) = 现行有效(t−1) + 本年制发(t) − 本年废止(t) for 规章 and
 * 行政规范性文件. A warning: revisions and documents that lapse (含自然失效) break it legitimately.
 *
 * @example
 * ```ts
 * disclosureSeriesInForce.code; //=> "disclosure.series.inForce"
 * ```
 */
export const disclosureSeriesInForce: DisclosureSeriesRule = {
  code: "disclosure.series.inForce",
  severity: "warning",
  messages: issueMessages["disclosure.series.inForce"],
  check(before, after) {
    if (before.template !== "2021" || after.template !== "2021") return [];
    const rows = [
      ["regulations", "规章", "regulations"],
      ["normativeDocuments", "行政规范性文件", "normative documents"],
    ] as const;
    return rows.flatMap(([row, rowZh, rowEn]) => {
      const cells = [`active.${row}.inForce`, `active.${row}.issued`, `active.${row}.repealed`];
      const [now, issued, repealed] = cells.map((c) => disclosureSum(after, [c]));
      const previous = disclosureSum(before, [`active.${row}.inForce`]);
      if (!now || !issued || !repealed) return [];
      if ([now, issued, repealed, previous].some((s) => s.blanks + s.absent > 0)) return [];
      const expected = previous.sum.plus(issued.sum).minus(repealed.sum);
      if (expected.equals(now.sum)) return [];
      return [
        {
          path: ["active", row, "inForce"],
          params: {
            rowZh,
            rowEn,
            year: after.reportingYear,
            left: now.sum.toString(),
            right: expected.toString(),
            previous: previous.sum.toString(),
            issued: issued.sum.toString(),
            repealed: repealed.sum.toString(),
          },
        },
      ];
    });
  },
};
