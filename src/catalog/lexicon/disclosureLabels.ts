/**
 * Labels of the tables, rows and columns of a 政府信息公开工作年度报告 as a
 * summary shows them (Chinese as the template writes them, English short).
 */

/**
 * The titles of tables 二, 三 and 四, by their key in `DisclosureReport`.
 *
 * @internal
 */
export const disclosureTableTitles: Readonly<Record<"active" | "requests" | "reviews", readonly [string, string]>> = {
  active: ["二、主动公开政府信息情况", "Proactive disclosure"],
  requests: ["三、收到和处理政府信息公开申请情况", "Requests received and handled"],
  reviews: ["四、政府信息公开行政复议、行政诉讼情况", "Reconsideration and litigation"],
};

/**
 * The rows of tables 二, 三 and 四 by their dotted path (a cell's path less its column).
 *
 * @internal
 */
export const disclosureRowLabels: Readonly<Record<string, readonly [string, string]>> = {
  "active.regulations": ["规章", "regulations"],
  "active.normativeDocuments": ["行政规范性文件", "normative documents"],
  "active.licensing": ["行政许可", "licensing"],
  "active.otherServices": ["其他对外管理服务事项", "other services"],
  "active.penalties": ["行政处罚", "penalties"],
  "active.coercion": ["行政强制", "coercive measures"],
  "active.fees": ["行政事业性收费", "administrative fees"],
  "active.procurement": ["政府集中采购", "central procurement"],
  "requests.received": ["一、本年新收政府信息公开申请数量", "received this year"],
  "requests.carriedOver": ["二、上年结转政府信息公开申请数量", "carried over from last year"],
  "requests.granted": ["(一)予以公开", "granted"],
  "requests.partlyGranted": ["(二)部分公开", "partly granted"],
  "requests.refused.stateSecret": ["(三)1.属于国家秘密", "refused: state secret"],
  "requests.refused.otherLaw": ["(三)2.其他法律行政法规禁止公开", "refused: other law"],
  "requests.refused.security": ["(三)3.危及“三安全一稳定”", "refused: security"],
  "requests.refused.thirdParty": ["(三)4.保护第三方合法权益", "refused: third party"],
  "requests.refused.internalAffairs": ["(三)5.属于三类内部事务信息", "refused: internal affairs"],
  "requests.refused.processInfo": ["(三)6.属于四类过程性信息", "refused: process information"],
  "requests.refused.enforcementFile": ["(三)7.属于行政执法案卷", "refused: enforcement file"],
  "requests.refused.queryMatter": ["(三)8.属于行政查询事项", "refused: query matter"],
  "requests.unavailable.notHeld": ["(四)1.本机关不掌握相关政府信息", "not held"],
  "requests.unavailable.needsCreation": ["(四)2.没有现成信息需要另行制作", "needs creation"],
  "requests.unavailable.unclear": ["(四)3.补正后申请内容仍不明确", "still unclear"],
  "requests.notProcessed.complaint": ["(五)1.信访举报投诉类申请", "not processed: complaint"],
  "requests.notProcessed.repeated": ["(五)2.重复申请", "not processed: repeated"],
  "requests.notProcessed.publication": ["(五)3.要求提供公开出版物", "not processed: publication"],
  "requests.notProcessed.massRepeated": ["(五)4.无正当理由大量反复申请", "not processed: mass repeated"],
  "requests.notProcessed.confirmation": ["(五)5.要求确认或重新出具已获取信息", "not processed: confirmation"],
  "requests.other": ["(六)其他处理", "other handling"],
  "requests.other.noCorrection": ["(六)1.逾期不补正", "other: no correction"],
  "requests.other.feeUnpaid": ["(六)2.逾期未缴纳信息处理费", "other: fee unpaid"],
  "requests.other.other": ["(六)3.其他", "other: other"],
  "requests.resultsTotal": ["(七)总计", "results total"],
  "requests.carriedForward": ["四、结转下年度继续办理", "carried forward"],
  "reviews.reconsideration": ["行政复议", "reconsideration"],
  "reviews.litigationDirect": ["行政诉讼(未经复议直接起诉)", "litigation, direct"],
  "reviews.litigationAfterReconsideration": ["行政诉讼(复议后起诉)", "litigation after reconsideration"],
};

/**
 * The columns of tables 二, 三 and 四 by table and column key (`requests.naturalPerson`).
 *
 * @internal
 */
export const disclosureColumnLabels: Readonly<Record<string, readonly [string, string]>> = {
  "active.issued": ["本年制发", "issued"],
  "active.repealed": ["本年废止", "repealed"],
  "active.inForce": ["现行有效", "in force"],
  "active.decisions": ["处理决定数量", "decisions"],
  "active.amount": ["金额", "amount"],
  "active.made": ["本年新制作", "made"],
  "active.published": ["本年新公开", "published"],
  "active.total": ["对外公开总数量", "total public"],
  "active.lastYear": ["上一年项目数量", "items last year"],
  "active.change": ["本年增/减", "change"],
  "active.items": ["采购项目数量", "items"],
  "requests.naturalPerson": ["自然人", "natural persons"],
  "requests.commercial": ["商业企业", "businesses"],
  "requests.research": ["科研机构", "research"],
  "requests.publicWelfare": ["社会公益组织", "public welfare"],
  "requests.legalService": ["法律服务机构", "legal services"],
  "requests.otherOrg": ["其他", "other"],
  "requests.total": ["总计", "total"],
  "reviews.upheld": ["结果维持", "upheld"],
  "reviews.corrected": ["结果纠正", "corrected"],
  "reviews.other": ["其他结果", "other"],
  "reviews.pending": ["尚未审结", "pending"],
  "reviews.total": ["总计", "total"],
};

/**
 * The names of the disclosure rates by their kind (`disclosureRateKinds`).
 *
 * @internal
 */
export const disclosureRateNames: Readonly<Record<string, readonly [string, string]>> = {
  substantiveDisclosure: ["实质公开率", "substantive disclosure"],
  notHeld: ["不掌握率", "not held"],
  reconsiderationCorrection: ["复议纠错率", "reconsideration corrected"],
  litigationLoss: ["诉讼败诉率", "litigation lost"],
};
