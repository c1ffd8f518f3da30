// The words of 政府信息公开工作年度报告 (国办公开办函〔2019〕60号 trial template and
// 国办公开办函〔2021〕30号 template): section headings, row and column labels of tables 二–四,
// the markers that tell the templates apart, and the prose phrases that restate table cells.
// Read by src/parse/disclosure/*.ts. Every word is matched on text folded to ASCII
// punctuation (foldText) with spaces and line breaks removed, so write them without spaces.

/**
 * The six sections of the report (条例 第五十条 and the template), each with the
 * words that name it in a heading line `一、…` (any of them suffices).
 *
 * @internal
 */
export const disclosureSectionWords: readonly { readonly key: DisclosureSectionKey; readonly words: readonly string[] }[] = [
  { key: "overview", words: ["总体情况"] },
  { key: "active", words: ["主动公开"] },
  { key: "requests", words: ["收到和处理", "依申请公开情况", "政府信息公开申请情况"] },
  { key: "reviews", words: ["行政复议", "行政诉讼"] },
  { key: "problems", words: ["存在的主要问题", "主要问题", "改进情况"] },
  { key: "other", words: ["其他需要报告"] },
];

/**
 * The keys of the six sections, in template order.
 *
 * @internal
 */
export type DisclosureSectionKey = "overview" | "active" | "requests" | "reviews" | "problems" | "other";

/**
 * Chinese numerals that open a section heading (`一、`).
 *
 * @internal
 */
export const sectionNumerals: readonly string[] = ["一", "二", "三", "四", "五", "六", "七"];

/**
 * Column headers of table 二 in the 2019 trial template (本年新制作数量 …).
 *
 * @internal
 */
export const template2019Markers: readonly string[] = ["本年新制作", "本年新公开", "对外公开总数量", "上一年项目数量", "政府集中采购"];

/**
 * Column headers of table 二 in the 2021 template (本年制发件数 …).
 *
 * @internal
 */
export const template2021Markers: readonly string[] = ["本年制发", "本年废止", "现行有效", "本年收费金额"];

/**
 * Rows of table 二, most specific words first (行政规范性文件 before 规章).
 *
 * @internal
 */
export const activeRowWords: readonly { readonly key: ActiveRowKey; readonly words: readonly string[] }[] = [
  { key: "normativeDocuments", words: ["规范性文件"] },
  { key: "regulations", words: ["规章"] },
  { key: "otherServices", words: ["其他对外管理服务"] },
  { key: "licensing", words: ["行政许可"] },
  { key: "penalties", words: ["行政处罚"] },
  { key: "coercion", words: ["行政强制"] },
  { key: "fees", words: ["行政事业性收费"] },
  { key: "procurement", words: ["政府集中采购"] },
];

/**
 * The rows of table 二 across both templates.
 *
 * @internal
 */
export type ActiveRowKey =
  | "regulations"
  | "normativeDocuments"
  | "licensing"
  | "otherServices"
  | "penalties"
  | "coercion"
  | "fees"
  | "procurement";

/**
 * The columns of each table 二 row, in template order, per template.
 *
 * @internal
 */
export const activeColumns: Readonly<Record<"2019" | "2021", Readonly<Partial<Record<ActiveRowKey, readonly string[]>>>>> = {
  "2021": {
    regulations: ["issued", "repealed", "inForce"],
    normativeDocuments: ["issued", "repealed", "inForce"],
    licensing: ["decisions"],
    penalties: ["decisions"],
    coercion: ["decisions"],
    fees: ["amount"],
  },
  "2019": {
    regulations: ["made", "published", "total"],
    normativeDocuments: ["made", "published", "total"],
    licensing: ["lastYear", "change", "decisions"],
    otherServices: ["lastYear", "change", "decisions"],
    penalties: ["lastYear", "change", "decisions"],
    coercion: ["lastYear", "change", "decisions"],
    fees: ["lastYear", "change"],
    procurement: ["items", "amount"],
  },
};

/**
 * Rows of table 三 and the words that name each (any one suffices), in
 * template order (no row's words occur in another's label). Sub-rows are named by their own words, so a group label on a
 * line of its own (（三）不予公开) does not matter. `after` restricts a
 * generic word (其他) to the row that follows one of the listed rows.
 *
 * @internal
 */
export const requestRowWords: readonly {
  readonly key: string;
  readonly words: readonly string[];
  readonly after?: readonly string[];
}[] = [
  { key: "received", words: ["本年新收"] },
  { key: "carriedOver", words: ["上年结转"] },
  { key: "granted", words: ["予以公开"] },
  { key: "partlyGranted", words: ["部分公开"] },
  { key: "refused.stateSecret", words: ["国家秘密"] },
  { key: "refused.otherLaw", words: ["其他法律", "行政法规禁止公开"] },
  { key: "refused.security", words: ["三安全一稳定", "危及"] },
  { key: "refused.thirdParty", words: ["第三方合法权益"] },
  { key: "refused.internalAffairs", words: ["三类内部事务", "内部事务信息"] },
  { key: "refused.processInfo", words: ["四类过程性", "过程性信息"] },
  { key: "refused.enforcementFile", words: ["行政执法案卷"] },
  { key: "refused.queryMatter", words: ["行政查询事项"] },
  { key: "unavailable.notHeld", words: ["不掌握"] },
  { key: "unavailable.needsCreation", words: ["另行制作", "没有现成信息"] },
  { key: "unavailable.unclear", words: ["仍不明确", "补正后"] },
  { key: "notProcessed.complaint", words: ["信访举报", "投诉类"] },
  { key: "notProcessed.repeated", words: ["重复申请"] },
  { key: "notProcessed.publication", words: ["公开出版物"] },
  { key: "notProcessed.massRepeated", words: ["大量反复"] },
  { key: "notProcessed.confirmation", words: ["确认或重新出具", "重新出具"] },
  { key: "other.noCorrection", words: ["逾期不补正"] },
  { key: "other.feeUnpaid", words: ["收费通知", "缴纳费用", "信息处理费"] },
  { key: "other.other", words: ["其他"], after: ["other.noCorrection", "other.feeUnpaid"] },
  { key: "other", words: ["其他处理", "(六)其他"] },
  { key: "resultsTotal", words: ["总计"] },
  { key: "carriedForward", words: ["结转下年度", "结转下一年"] },
];

/**
 * How a row label of table 三 opens, with its number (一、本年新收…, (三)不予公开, 4.保护第三方…),
 * as a regular expression source on the folded label without spaces.
 *
 * @internal
 */
export const requestRowNumbering = "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d{1,2}[.、])";

/**
 * Words of a table 三 line that are a header, never a row (申请人情况, 自然人 …).
 *
 * @internal
 */
export const requestHeaderWords: readonly string[] = ["申请人情况", "勾稽关系", "法人或其他组织", "自然人", "商业企业"];

/**
 * Groups of table 四, most specific words first, and its five columns in template order.
 *
 * @internal
 */
export const reviewGroupWords: readonly { readonly key: "reconsideration" | "litigationDirect" | "litigationAfterReconsideration"; readonly words: readonly string[] }[] = [
  { key: "litigationAfterReconsideration", words: ["复议后起诉"] },
  { key: "litigationDirect", words: ["未经复议", "直接起诉"] },
  { key: "reconsideration", words: ["行政复议"] },
];

/**
 * What a blank cell is written as (besides nothing at all).
 *
 * @internal
 */
export const blankCellMarks: readonly string[] = ["-", "/", "—", "–", "--", "——", "\\"];

/**
 * Prose phrases that restate cells of table 三 or 四, each a regular expression
 * source matched on the folded text without spaces; group 1 is the number.
 * `cells` names what it restates: `requests.<row>` (the row's 总计, or its six
 * applicant cells where the 总计 is blank), `requests.<row>.<column>`,
 * `requests.<row>.orgs` (the five 法人 columns), `reviews.<group>.<column>`.
 * `alternative`, when given, is another reading tried when the first does
 * not hold (受理 may include the carried-over requests). `share` allows a
 * following 占x% over 办理结果总计. `context`, when given, is a list of words one
 * of which the sentence must hold before the figure (共办理718件 counts only in
 * a sentence about 申请; 行政复议7件 only where it is about 信息公开 or 相关 cases).
 *
 * @internal
 */
export const disclosureTextPhrases: readonly {
  readonly pattern: string;
  readonly cells: readonly string[];
  readonly alternative?: readonly string[];
  readonly share?: boolean;
  readonly context?: readonly string[];
}[] = [
  { pattern: "(?:受理|收到|新收)(?:政府)?信息公开申请(?:数量)?(?:共计?|为)?(\\d+)件", cells: ["requests.received"], alternative: ["requests.received", "requests.carriedOver"] },
  { pattern: "其中自然人(?:申请)?(\\d+)件", cells: ["requests.received.naturalPerson"], alternative: ["requests.received.naturalPerson", "requests.carriedOver.naturalPerson"] },
  { pattern: "法人或其他组织(?:申请)?(\\d+)件", cells: ["requests.received.orgs"], alternative: ["requests.received.orgs", "requests.carriedOver.orgs"] },
  { pattern: "(?:答复|办结)(?:政府)?信息公开申请(\\d+)件", cells: ["requests.resultsTotal"] },
  { pattern: "(?:共办理|办结)(\\d+)件", cells: ["requests.resultsTotal"], context: ["申请"] },
  { pattern: "上年度?结转(?:的)?(?:申请)?(\\d+)件", cells: ["requests.carriedOver"], context: ["申请"] },
  { pattern: "(?<!\\d)(\\d+)件申请[^。;,]{0,16}?(?:顺延|结转)(?:到|至)?下一?年度?", cells: ["requests.carriedForward"], context: ["申请"] },
  { pattern: "结转(?:到|至)?下一?年度?(?:继续办理)?(\\d+)件", cells: ["requests.carriedForward"], context: ["申请"] },
  { pattern: "予以公开(?:及|和|、|与)部分公开(\\d+)件", cells: ["requests.granted", "requests.partlyGranted"], share: true },
  { pattern: "予以公开(\\d+)件", cells: ["requests.granted"], share: true },
  { pattern: "部分公开(\\d+)件", cells: ["requests.partlyGranted"], share: true },
  { pattern: "不予公开(\\d+)件", cells: ["requests.refused"], share: true },
  { pattern: "无法提供(\\d+)件", cells: ["requests.unavailable"], share: true },
  { pattern: "不予处理(\\d+)件", cells: ["requests.notProcessed"], share: true },
  { pattern: "其他处理(\\d+)件", cells: ["requests.other"], share: true },
  { pattern: "相关案件(\\d+)件", cells: ["reviews.reconsideration.total", "reviews.litigationDirect.total", "reviews.litigationAfterReconsideration.total"] },
  { pattern: "行政复议(?:案件)?(\\d+)件", cells: ["reviews.reconsideration.total"], context: ["信息公开", "相关"] },
  { pattern: "诉讼(?:案件)?(\\d+)件", cells: ["reviews.litigationDirect.total", "reviews.litigationAfterReconsideration.total"], context: ["信息公开", "相关"] },
];

/**
 * Prose that restates table 二's 2019 columns: 主动公开规章13件 is 本年新公开 of 规章.
 *
 * @internal
 */
export const disclosureActivePhrases: readonly { readonly pattern: string; readonly cell: string; readonly template: "2019" | "2021" }[] = [
  { pattern: "主动公开(?:政府)?规章(\\d+)件", cell: "active.regulations.published", template: "2019" },
  { pattern: "主动公开(?:政府)?规章\\d+件,(?:行政)?规范性文件(\\d+)件", cell: "active.normativeDocuments.published", template: "2019" },
];

/**
 * Statements that every review or suit ended upheld (均获维持): they state
 * 结果纠正 + 其他结果 + 尚未审结 = 0 for the groups counted just before them.
 *
 * @internal
 */
export const allUpheldWords: readonly string[] = ["均获维持", "全部维持", "均被维持", "均予以维持"];

/**
 * Statements that no suit was lost (零败诉): 结果纠正 = 0 in both litigation groups.
 *
 * @internal
 */
export const noLossWords: readonly string[] = ["零败诉", "无败诉"];

/**
 * The information-processing fee in §六 (信息处理费共计380元); group 1 the amount, group 2 the unit.
 *
 * @internal
 */
export const feePattern = "信息处理费[^。;\\d]{0,12}?(\\d+(?:\\.\\d+)?)(万元|元)";

/**
 * Words of §六 that explain fees charged (收费, 信息处理费).
 *
 * @internal
 */
export const feeExplanationWords: readonly string[] = ["信息处理费", "收费", "收取"];

/**
 * The title of the report ends so.
 *
 * @internal
 */
export const disclosureTitleEnding = "政府信息公开工作年度报告";

/**
 * A statement that no information-processing fee was charged (未收取信息处理费).
 *
 * @internal
 */
export const feeNonePattern = "(?:未|没有|无|不)(?:收取|产生|收)(?:任何)?(?:政府信息公开)?(?:信息处理费|费用)";

/**
 * Where the statistics period names the reporting year (统计期限自2023年1月1日); group 1 the year.
 *
 * @internal
 */
export const periodYearPattern = "统计期限[^。\\d]{0,6}(\\d{4})年1月1日";

/**
 * The names of table 三's columns and table 四's groups, Chinese and English, for messages.
 *
 * @internal
 */
export const disclosureCellNames: Readonly<Record<string, readonly [string, string]>> = {
  naturalPerson: ["自然人", "natural persons"],
  commercial: ["商业企业", "businesses"],
  research: ["科研机构", "research institutions"],
  publicWelfare: ["社会公益组织", "public-welfare organisations"],
  legalService: ["法律服务机构", "legal-service providers"],
  otherOrg: ["其他", "other organisations"],
  total: ["总计", "total"],
  reconsideration: ["行政复议", "administrative reconsideration"],
  litigationDirect: ["行政诉讼（未经复议直接起诉）", "litigation without reconsideration"],
  litigationAfterReconsideration: ["行政诉讼（复议后起诉）", "litigation after reconsideration"],
};
