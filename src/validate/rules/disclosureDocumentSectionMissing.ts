import type { DisclosureRule } from "../disclosure/disclosureRule.js";
import { issueMessages } from "../../model/issueMessages.js";

const sectionNames: Readonly<Record<string, readonly [string, string]>> = {
  overview: ["一、总体情况", "1. overview"],
  active: ["二、主动公开政府信息情况", "2. information disclosed on the agency's initiative"],
  requests: ["三、收到和处理政府信息公开申请情况", "3. requests received and handled"],
  reviews: ["四、政府信息公开行政复议、行政诉讼情况", "4. reconsideration and litigation"],
  problems: ["五、存在的主要问题及改进情况", "5. problems and improvements"],
  other: ["六、其他需要报告的事项", "6. other matters"],
};

/**
 * `disclosure.document.sectionMissing`: one of the six sections the template
 * and 条例 第五十条 require was not found.
 *
 * @example
 * ```ts
 * disclosureDocumentSectionMissing.code; //=> "disclosure.document.sectionMissing"
 * ```
 */
export const disclosureDocumentSectionMissing: DisclosureRule = {
  code: "disclosure.document.sectionMissing",
  severity: "warning",
  messages: issueMessages["disclosure.document.sectionMissing"],
  check(report) {
    const found = new Set(report.sections.map((s) => s.key));
    return Object.entries(sectionNames)
      .filter(([key]) => !found.has(key as (typeof report.sections)[number]["key"]))
      .map(([key, [zh, en]]) => ({ path: ["sections", key], params: { section: key, sectionZh: zh, sectionEn: en } }));
  },
};
