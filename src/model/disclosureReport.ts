import * as z from "zod";
import { DecimalValue } from "./decimalValue.js";
import { DocumentAgency } from "./documentAgency.js";
import { Issue } from "./issue.js";
import { ParsedDates } from "./parsedDocument.js";
import { ReportingYear } from "./reportingYear.js";
import { Span } from "./span.js";

/**
 * Schema of one table cell of a 政府信息公开工作年度报告: an exact `Decimal`, or
 * `null` where the cell is blank, `/`, `-` or unreadable (a blank is missing, not zero).
 *
 * @example
 * ```ts
 * DisclosureCell.parse("713")?.toString(); //=> "713"
 * DisclosureCell.parse(null); //=> null
 * ```
 */
export const DisclosureCell = DecimalValue.nullable();

/**
 * One table cell: an exact `Decimal` or `null` for a blank.
 *
 * @example
 * ```ts
 * const cell: DisclosureCell = null;
 * ```
 */
export type DisclosureCell = z.infer<typeof DisclosureCell>;

/**
 * Schema of a row of table 三: seven cells in the template's column order
 * (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
 *
 * @example
 * ```ts
 * DisclosureRequestRow.parse(["21", "0", "0", "0", "0", "0", "21"]).length; //=> 7
 * ```
 */
export const DisclosureRequestRow = z.tuple([
  DisclosureCell,
  DisclosureCell,
  DisclosureCell,
  DisclosureCell,
  DisclosureCell,
  DisclosureCell,
  DisclosureCell,
]);

/**
 * A row of table 三 (seven cells).
 *
 * @example
 * ```ts
 * const row: DisclosureRequestRow = [null, null, null, null, null, null, null];
 * ```
 */
export type DisclosureRequestRow = z.infer<typeof DisclosureRequestRow>;

const issuedRow = z.object({ issued: DisclosureCell, repealed: DisclosureCell, inForce: DisclosureCell });
const madeRow = z.object({ made: DisclosureCell, published: DisclosureCell, total: DisclosureCell });
const itemsRow = z.object({ lastYear: DisclosureCell, change: DisclosureCell, decisions: DisclosureCell });
const decisionsRow = z.object({ decisions: DisclosureCell });

/**
 * Schema of table 二 (主动公开政府信息情况) in the 2021 template: 规章 and
 * 行政规范性文件 (本年制发 / 本年废止 / 现行有效), 行政许可, 行政处罚, 行政强制
 * (本年处理决定数量) and 行政事业性收费 (本年收费金额, 万元).
 *
 * @example
 * ```ts
 * const c = { issued: "0", repealed: "0", inForce: "5" };
 * DisclosureActive2021.parse({ regulations: c, normativeDocuments: c, licensing: { decisions: "1" }, penalties: { decisions: "2" }, coercion: { decisions: "3" }, fees: { amount: "7.5" } }).fees.amount?.toString(); //=> "7.5"
 * ```
 */
export const DisclosureActive2021 = z.object({
  regulations: issuedRow,
  normativeDocuments: issuedRow,
  licensing: decisionsRow,
  penalties: decisionsRow,
  coercion: decisionsRow,
  fees: z.object({ amount: DisclosureCell }),
});

/**
 * Table 二 in the 2021 template.
 *
 * @example
 * ```ts
 * const fees: DisclosureActive2021["fees"] = { amount: null };
 * ```
 */
export type DisclosureActive2021 = z.infer<typeof DisclosureActive2021>;

/**
 * Schema of table 二 in the 2019 trial template: 规章 and 规范性文件 (本年新制作 /
 * 本年新公开 / 对外公开总数量), 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制
 * (上一年项目数量 / 本年增减 / 处理决定数量), 行政事业性收费 (上一年项目数量 /
 * 本年增减) and 政府集中采购 (采购项目数量 / 采购总金额 with its unit as written).
 *
 * @example
 * ```ts
 * const m = { made: "13", published: "13", total: "524" };
 * const i = { lastYear: "0", change: "0", decisions: "0" };
 * DisclosureActive2019.parse({ regulations: m, normativeDocuments: m, licensing: i, otherServices: i, penalties: i, coercion: i, fees: { lastYear: "0", change: "0" }, procurement: { items: "6", amount: "251000", unit: "元" } }).procurement.unit; //=> "元"
 * ```
 */
export const DisclosureActive2019 = z.object({
  regulations: madeRow,
  normativeDocuments: madeRow,
  licensing: itemsRow,
  otherServices: itemsRow,
  penalties: itemsRow,
  coercion: itemsRow,
  fees: z.object({ lastYear: DisclosureCell, change: DisclosureCell }),
  procurement: z.object({ items: DisclosureCell, amount: DisclosureCell, unit: z.string().nullable() }),
});

/**
 * Table 二 in the 2019 trial template.
 *
 * @example
 * ```ts
 * const fees: DisclosureActive2019["fees"] = { lastYear: null, change: null };
 * ```
 */
export type DisclosureActive2019 = z.infer<typeof DisclosureActive2019>;

/**
 * Schema of (六)其他处理 split into the 2021 template's three rows: 逾期不补正,
 * 逾期未缴纳信息处理费, 其他.
 *
 * @example
 * ```ts
 * const row = ["0", "0", "0", "0", "0", "0", "0"];
 * DisclosureOtherRows.parse({ noCorrection: row, feeUnpaid: row, other: row }).other[6]?.toString(); //=> "0"
 * ```
 */
export const DisclosureOtherRows = z.object({
  noCorrection: DisclosureRequestRow,
  feeUnpaid: DisclosureRequestRow,
  other: DisclosureRequestRow,
});

/**
 * (六)其他处理 as three rows.
 *
 * @example
 * ```ts
 * const blank: DisclosureRequestRow = [null, null, null, null, null, null, null];
 * const other: DisclosureOtherRows = { noCorrection: blank, feeUnpaid: blank, other: blank };
 * ```
 */
export type DisclosureOtherRows = z.infer<typeof DisclosureOtherRows>;

/**
 * Schema of table 三 (收到和处理政府信息公开申请情况): every row of seven cells,
 * keyed as in `SCHEMA.md`. `other` is one row (2019 template, or a 2021 report
 * that prints (六) as one row) or three.
 *
 * @example
 * ```ts
 * const r = ["0", "0", "0", "0", "0", "0", "0"];
 * const requests = DisclosureRequests.parse({
 *   received: r, carriedOver: r, granted: r, partlyGranted: r,
 *   refused: { stateSecret: r, otherLaw: r, security: r, thirdParty: r, internalAffairs: r, processInfo: r, enforcementFile: r, queryMatter: r },
 *   unavailable: { notHeld: r, needsCreation: r, unclear: r },
 *   notProcessed: { complaint: r, repeated: r, publication: r, massRepeated: r, confirmation: r },
 *   other: r, resultsTotal: r, carriedForward: r,
 * });
 * requests.received.length; //=> 7
 * ```
 */
export const DisclosureRequests = z.object({
  received: DisclosureRequestRow,
  carriedOver: DisclosureRequestRow,
  granted: DisclosureRequestRow,
  partlyGranted: DisclosureRequestRow,
  refused: z.object({
    stateSecret: DisclosureRequestRow,
    otherLaw: DisclosureRequestRow,
    security: DisclosureRequestRow,
    thirdParty: DisclosureRequestRow,
    internalAffairs: DisclosureRequestRow,
    processInfo: DisclosureRequestRow,
    enforcementFile: DisclosureRequestRow,
    queryMatter: DisclosureRequestRow,
  }),
  unavailable: z.object({ notHeld: DisclosureRequestRow, needsCreation: DisclosureRequestRow, unclear: DisclosureRequestRow }),
  notProcessed: z.object({
    complaint: DisclosureRequestRow,
    repeated: DisclosureRequestRow,
    publication: DisclosureRequestRow,
    massRepeated: DisclosureRequestRow,
    confirmation: DisclosureRequestRow,
  }),
  other: z.union([DisclosureRequestRow, DisclosureOtherRows]),
  resultsTotal: DisclosureRequestRow,
  carriedForward: DisclosureRequestRow,
});

/**
 * Table 三.
 *
 * @example
 * ```ts
 * const total = (requests: DisclosureRequests) => requests.resultsTotal[6];
 * ```
 */
export type DisclosureRequests = z.infer<typeof DisclosureRequests>;

/**
 * Schema of one group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
 *
 * @example
 * ```ts
 * DisclosureReviewGroup.parse({ upheld: "27", corrected: "10", other: "9", pending: "15", total: "61" }).total?.toString(); //=> "61"
 * ```
 */
export const DisclosureReviewGroup = z.object({
  upheld: DisclosureCell,
  corrected: DisclosureCell,
  other: DisclosureCell,
  pending: DisclosureCell,
  total: DisclosureCell,
});

/**
 * One group of table 四.
 *
 * @example
 * ```ts
 * const group: DisclosureReviewGroup = { upheld: null, corrected: null, other: null, pending: null, total: null };
 * ```
 */
export type DisclosureReviewGroup = z.infer<typeof DisclosureReviewGroup>;

/**
 * Schema of table 四 (政府信息公开行政复议、行政诉讼情况): 行政复议, 未经复议直接起诉, 复议后起诉.
 *
 * @example
 * ```ts
 * const g = { upheld: "0", corrected: "0", other: "0", pending: "0", total: "0" };
 * DisclosureReviews.parse({ reconsideration: g, litigationDirect: g, litigationAfterReconsideration: g }).reconsideration.total?.toString(); //=> "0"
 * ```
 */
export const DisclosureReviews = z.object({
  reconsideration: DisclosureReviewGroup,
  litigationDirect: DisclosureReviewGroup,
  litigationAfterReconsideration: DisclosureReviewGroup,
});

/**
 * Table 四.
 *
 * @example
 * ```ts
 * const cases = (reviews: DisclosureReviews) => reviews.reconsideration.total;
 * ```
 */
export type DisclosureReviews = z.infer<typeof DisclosureReviews>;

/**
 * Schema of a figure in the prose that restates table cells: the quote, the
 * stated value and either the `cells` whose sum it states or, for a share
 * (`unit: "%"`), its `numerator` and `denominator` cells. Cell paths are
 * dotted (`requests.granted.naturalPerson`, `reviews.reconsideration.total`).
 *
 * @example
 * ```ts
 * DisclosureTextFigure.parse({ quote: "共办理相关案件74件", value: "74", cells: ["reviews.reconsideration.total"] }).value.toString(); //=> "74"
 * ```
 */
export const DisclosureTextFigure = z.union([
  z.object({
    quote: z.string(),
    value: DecimalValue,
    cells: z.array(z.string()).min(1),
    span: Span.exactOptional(),
  }),
  z.object({
    quote: z.string(),
    value: DecimalValue,
    unit: z.literal("%"),
    numerator: z.array(z.string()).min(1),
    denominator: z.array(z.string()).min(1),
    span: Span.exactOptional(),
  }),
]);

/**
 * A figure in the prose that restates table cells.
 *
 * @example
 * ```ts
 * const isShare = (f: DisclosureTextFigure) => "unit" in f;
 * ```
 */
export type DisclosureTextFigure = z.infer<typeof DisclosureTextFigure>;

/**
 * Schema of the information-processing fee the report states (信息处理费共计380元):
 * quote, value and unit; value `0` where it says none was charged.
 *
 * @example
 * ```ts
 * DisclosureFee.parse({ quote: "信息处理费共计380元", value: "380", unit: "元" }).unit; //=> "元"
 * ```
 */
export const DisclosureFee = z.object({ quote: z.string(), value: DecimalValue, unit: z.string().min(1) });

/**
 * The information-processing fee the report states.
 *
 * @example
 * ```ts
 * const none: DisclosureFee | null = null;
 * ```
 */
export type DisclosureFee = z.infer<typeof DisclosureFee>;

/**
 * Schema of a section of the report as found: which of the six (`overview`,
 * `active`, `requests`, `reviews`, `problems`, `other`), its heading as written,
 * the span from its heading to the next section (or the end), and how many
 * characters other than spaces follow the heading (an empty §五 has few).
 *
 * @example
 * ```ts
 * DisclosureSection.parse({ key: "other", heading: "六、其他需要报告的事项", span: { start: 10, end: 40 }, contentLength: 2 }).key; //=> "other"
 * ```
 */
export const DisclosureSection = z.object({
  key: z.enum(["overview", "active", "requests", "reviews", "problems", "other"]),
  heading: z.string(),
  span: Span,
  contentLength: z.int().min(0),
});

/**
 * A section of the report as found.
 *
 * @example
 * ```ts
 * const keys = (sections: readonly DisclosureSection[]) => sections.map((s) => s.key);
 * ```
 */
export type DisclosureSection = z.infer<typeof DisclosureSection>;

/**
 * Schema of a 政府信息公开工作年度报告 as read: template (`2019` trial or
 * `2021`), title, agency, reporting year, dates, tables 二 (`active`), 三
 * (`requests`) and 四 (`reviews`) with every cell an exact `Decimal` or `null`,
 * the fee, the prose figures that restate cells, cell notes (`含自然失效29件`
 * under its cell path) and anomalies. Its JSON is the gold format of
 * `test/disclosure/SCHEMA.md` less `findings` (which `validateDisclosure`
 * gives), plus the sections found and the reader's issues (both default to
 * empty, so a gold file reads as it is; so do an agency without sector and
 * region and dates without their raw text).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const report = parseDisclosureReport(readFileSync("test/disclosure/docs/d06_hongze_qu_zhengfu_xxgk_2023.txt", "utf8"));
 * DisclosureReport.parse(JSON.parse(JSON.stringify(report))).template; //=> "2021"
 * ```
 */
export const DisclosureReport = z.object({
  document: z.string(),
  template: z.enum(["2019", "2021"]),
  title: z.string().nullable(),
  agency: DocumentAgency.partial({ sector: true, region: true }),
  reportingYear: ReportingYear.nullable(),
  dates: ParsedDates.partial({ signedRaw: true, publishedRaw: true }),
  active: z.union([DisclosureActive2021, DisclosureActive2019]),
  requests: DisclosureRequests,
  reviews: DisclosureReviews,
  fee: DisclosureFee.nullable(),
  textFigures: z.array(DisclosureTextFigure),
  notes: z.record(z.string(), z.string()),
  anomalies: z.array(z.string()),
  sections: z.array(DisclosureSection).default([]),
  issues: z.array(Issue).default([]),
});

/**
 * A 政府信息公开工作年度报告 as read.
 *
 * @example
 * ```ts
 * const received = (report: DisclosureReport) => report.requests.received[6];
 * ```
 */
export type DisclosureReport = z.infer<typeof DisclosureReport>;
