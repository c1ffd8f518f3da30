import { disclosureCellNames } from "../../catalog/lexicon/disclosure.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { relationFinding } from "../disclosure/relation.js";

/**
 * `disclosure.reviews.groupTotal`: per group of table 四 (行政复议, 未经复议直接起诉,
 * 复议后起诉), 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 *
 * @example
 * ```ts
 * disclosureReviewsGroupTotal.code; //=> "disclosure.reviews.groupTotal"
 * ```
 */
export const disclosureReviewsGroupTotal: DisclosureRule = {
  code: "disclosure.reviews.groupTotal",
  severity: "error",
  messages: issueMessages["disclosure.reviews.groupTotal"],
  check(report) {
    return (["reconsideration", "litigationDirect", "litigationAfterReconsideration"] as const).flatMap((group) => {
      const finding = relationFinding(
        report,
        [`reviews.${group}.total`],
        ["upheld", "corrected", "other", "pending"].map((c) => `reviews.${group}.${c}`),
        ["reviews", group, "total"],
        "groupTotal",
      );
      return finding ? [{ ...finding, params: { ...finding.params, group, groupZh: disclosureCellNames[group]?.[0] ?? group, groupEn: disclosureCellNames[group]?.[1] ?? group } }] : [];
    });
  },
};
