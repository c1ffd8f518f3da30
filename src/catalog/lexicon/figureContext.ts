import { agencyEndings, levelWords, scopeLeads, townshipEndings } from "./agencyNames.js";
import { rangeMarks } from "./quantityWords.js";

/**
 * Words around a figure that decide whether it measures anything of the
 * reporting agency's own, and which of the rates named before it it states.
 * Read by `src/parse/indicatorClassifier.ts`.
 *
 * @module
 */

/**
 * Words before a figure, in its clause, that make it a figure reported on
 * somebody else's behalf (代表市政府参与行政诉讼1起): followed by a government
 * (`governmentWords`) they make the figure not the agency's own.
 *
 * @example
 * ```ts
 * onBehalfWords.includes("代表"); //=> true
 * ```
 */
export const onBehalfWords: readonly string[] = ["代表"];

/**
 * Words that name a government on whose behalf a figure is reported, after an
 * optional level character (市, 区, 县, 省, 州) and 人民.
 *
 * @example
 * ```ts
 * governmentWords.includes("政府"); //=> true
 * ```
 */
export const governmentWords: readonly string[] = ["政府"];

/**
 * Level characters and words that may stand between an on-behalf word and a
 * government (代表市人民政府).
 *
 * @example
 * ```ts
 * governmentPrefixes.includes("人民"); //=> true
 * ```
 */
export const governmentPrefixes: readonly string[] = ["市", "区", "县", "省", "州", "人民"];

/**
 * Words before a figure that make it a joint figure with another authority
 * (联合公安交警累计罚款721万元): the agency's own share is unknown.
 *
 * @example
 * ```ts
 * jointWords.includes("联合"); //=> true
 * ```
 */
export const jointWords: readonly string[] = ["联合", "会同"];

/**
 * Authorities whose figures, jointly reported (`jointWords`), are not the
 * reporting agency's own.
 *
 * @example
 * ```ts
 * jointPartners.includes("公安"); //=> true
 * ```
 */
export const jointPartners: readonly string[] = [
  "公安", "交警", "交管", "税务", "海关", "法院", "检察", "市场监管", "城管", "住建", "生态环境", "应急",
];

/**
 * A character just before a figure that makes it part of a session label
 * (十届十次全会: the 10th plenary session, not ten sessions).
 *
 * @example
 * ```ts
 * sessionLabelBefore.includes("届"); //=> true
 * ```
 */
export const sessionLabelBefore: readonly string[] = ["届"];

/**
 * Words just after a figure that make it part of a session label (三次全会,
 * 二次全体会议).
 *
 * @example
 * ```ts
 * sessionLabelAfter.includes("全会"); //=> true
 * ```
 */
export const sessionLabelAfter: readonly string[] = ["全会", "全体会议", "全体(扩大)会议", "全委会"];

/**
 * Words before a rate that say it is shared by all the rates listed before
 * it (纠错率、败诉率均为0): the figure then takes the nearest catalog rate of
 * the list (one indicator per figure).
 *
 * @example
 * ```ts
 * sharedFigureWords.includes("均"); //=> true
 * ```
 */
export const sharedFigureWords: readonly string[] = ["均", "都", "全部"];

/**
 * Linking words between a rate word and its figure (办结率达到100%), skipped
 * when a rate is read by the noun before it.
 *
 * @example
 * ```ts
 * rateLinkWords.includes("达到"); //=> true
 * ```
 */
export const rateLinkWords: readonly string[] = ["达到了", "达到", "实现", "保持", "为", "达", "是", "均", "都"];

/**
 * Words after a figure that start a breakdown of it: figures after 其中 in
 * the same sentence are parts of the total before, not counted again.
 *
 * @example
 * ```ts
 * breakdownWords.includes("其中"); //=> true
 * ```
 */
export const breakdownWords: readonly string[] = ["其中"];

/**
 * Verbs of change that, just before a figure, make it a difference rather
 * than a level (同比增加200件, 较去年下降31.6%), when the clause also holds a
 * comparison word (`comparisonWords`).
 *
 * @example
 * ```ts
 * changeVerbs.includes("下降"); //=> true
 * ```
 */
export const changeVerbs: readonly string[] = ["增加", "减少", "增长", "下降", "上升", "提高", "降低", "提升", "增多", "多", "少"];

/**
 * Words that compare a figure with another period (同比, 较去年): with a
 * change verb just before the figure, the figure is a difference.
 *
 * @example
 * ```ts
 * comparisonWords.includes("同比"); //=> true
 * ```
 */
export const comparisonWords: readonly string[] = ["同比", "环比", "较", "比上年", "比去年", "比前一年"];

/**
 * Words before a named period and the figure of it that make that figure the level another is
 * compared with (受理申请15件,较2022年的9件增长66.7%; 同比2022年的18件; 与上年的29件相比): the
 * level measures what the figure before it does.
 *
 * @example
 * ```ts
 * comparisonBaseWords.includes("较"); //=> true
 * ```
 */
export const comparisonBaseWords: readonly string[] = ["同比", "环比", "相较", "较", "比", "与"];

/**
 * Words that pair a list of rates with a list of figures in order
 * (纠错率、败诉率分别为5%、3%: the first figure is the first rate's).
 *
 * @example
 * ```ts
 * respectiveWords.includes("分别"); //=> true
 * ```
 */
export const respectiveWords: readonly string[] = ["分别"];

/**
 * Words that separate the items of a list of rates (纠错率、败诉率和履行率),
 * read as separators only after a 率 (报备及时率 is one rate).
 *
 * @example
 * ```ts
 * listSeparators.includes("、"); //=> true
 * ```
 */
export const listSeparators: readonly string[] = ["、", "以及", "和", "及", "与", ","];

/**
 * A word just before a figure (within a few characters) that makes it the
 * object of a verb after it (对3起重大行政处罚案件进行集体讨论: the figure counts
 * what was discussed, so only a signal at or after the verb, `frameVerbs`, names
 * its measure).
 *
 * @example
 * ```ts
 * objectMarkers.includes("对"); //=> true
 * ```
 */
export const objectMarkers: readonly string[] = ["对"];

/**
 * Verbs that, after a figure introduced by an object marker (`objectMarkers`),
 * carry the measure: 对36件规范性文件进行合法性审查.
 *
 * @example
 * ```ts
 * frameVerbs.includes("进行"); //=> true
 * ```
 */
export const frameVerbs: readonly string[] = ["进行", "开展", "实施", "予以", "作出"];

/**
 * Words just before a figure that make it the level a change starts from
 * (败诉率由上年的15%降至8%, 案件由18件增加到23件): the figure is another
 * period's, not the year's own. Between the word and the figure may stand a
 * period (`priorPeriodWords`, or a year such as 2022年) and 的.
 *
 * @example
 * ```ts
 * startingLevelWords.includes("由"); //=> true
 * ```
 */
export const startingLevelWords: readonly string[] = ["由", "从"];

/**
 * Periods that name the year before the report's (上年, 去年同期): a figure of such a period
 * (由上年的18件, a table's 上年 column) is that year's; longest first.
 *
 * @example
 * ```ts
 * lastYearWords.includes("去年同期"); //=> true
 * ```
 */
export const lastYearWords: readonly string[] = ["上年同期", "去年同期", "上一年度", "上年度", "上一年", "上年", "去年"];

/**
 * The word after a year that names the same months of it (2022年同期为18件, 较2022年同期的281件): a
 * figure after it is that year's.
 *
 * @example
 * ```ts
 * samePeriodWord; //=> "同期"
 * ```
 */
export const samePeriodWord = "同期";

/**
 * Periods named between a starting-level word and its figure (由上年的15%,
 * 从去年同期的18件): the year before the report's (`lastYearWords`) and others.
 *
 * @example
 * ```ts
 * priorPeriodWords.includes("上年"); //=> true
 * ```
 */
export const priorPeriodWords: readonly string[] = [...lastYearWords, "年初", "同期", "原来"];


/**
 * Words between a period and the figure it names (2022年为18件, 上年同期为18件, 由上年的15%): the
 * figure is that period's.
 *
 * @example
 * ```ts
 * periodLinkWords.includes("为"); //=> true
 * ```
 */
export const periodLinkWords: readonly string[] = ["的", "为", "是", "达"];

/**
 * Words that open a clause before its year (在2022年,…; 于2022年…).
 *
 * @example
 * ```ts
 * yearLeads.includes("在"); //=> true
 * ```
 */
export const yearLeads: readonly string[] = ["在", "于"];

/**
 * Words that end the subject of a clause whose year stands after it, before its verb (县市场监管局2022年共查处…,
 * 全市各级行政机关2022年…, 城关派出所2022年…, 全县各乡镇2022年…): the end of a body's name
 * (`agencyEndings`, and 法院, 派出所, 司法所, 中队 …) or of a group of bodies. A
 * year after such a subject is the clause's, as when it opens the clause.
 *
 * @example
 * ```ts
 * yearSubjectEndings.includes("机关"); //=> true
 * ```
 */
export const yearSubjectEndings: readonly string[] = [...agencyEndings, "机关", "部门", "单位", "系统", "法院", "检察院", "派出所", "司法所", "中队", "乡镇"];

/**
 * The scopes a report names itself by (全区, 我县, 本镇, 全局): a scope word (全, 我, 本) and a level or a
 * township (`levelWords`, 州, `townshipEndings`), or a body (局). A year right after one (全区2022年共收到…)
 * is the clause's, as when it opens the clause.
 *
 * @example
 * ```ts
 * yearSubjectScopes.includes("全区"); //=> true
 * ```
 */
export const yearSubjectScopes: readonly string[] = /* @__PURE__ */ (() =>
  [scopeLeads.whole, scopeLeads.own, "本"].flatMap((lead) => [...Object.keys(levelWords), "州", ...townshipEndings, "局"].map((place) => `${lead}${place}`)))();

/**
 * Words after a year that make it the year a figure counts from (2020年以来, 2022年起, 2019年至今).
 *
 * @example
 * ```ts
 * sinceWords.includes("以来"); //=> true
 * ```
 */
export const sinceWords: readonly string[] = ["以来", "来", "至今", "起"];

/**
 * Words after a year that make it the start of a span, not the period of one figure (2020年以来,
 * 2022年起, 2019年至2023年): `sinceWords`, the marks of a range and 以后, 以前; a figure after
 * them is counted from it (see `cumulativeSince`).
 *
 * @example
 * ```ts
 * yearSpanWords.includes("以来"); //=> true
 * ```
 */
export const yearSpanWords: readonly string[] = [...sinceWords, ...rangeMarks, "以后", "以前"];

/**
 * Words between a level a change starts from and the level it reaches (由18件增加到23件, 由15%降至8%):
 * the second figure measures what the first does.
 *
 * @example
 * ```ts
 * changeToWords.includes("降至"); //=> true
 * ```
 */
export const changeToWords: readonly string[] = [
  "增加到", "增加至", "增长到", "增长至", "上升到", "上升至", "提升到", "提升至", "提高到", "提高至", "增至", "升至",
  "减少到", "减少至", "下降到", "下降至", "降低到", "降低至", "减至", "降至", "变为",
];

/**
 * Periods a report names by their era, with the year each began: a figure after “十四五”以来 or
 * 党的十八大以来 counts from that year (the five-year plans from their first year, the Party
 * congresses from the year each met).
 *
 * @example
 * ```ts
 * eraStartYears["十四五"]; //=> 2021
 * ```
 */
export const eraStartYears: Readonly<Record<string, number>> = {
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
  十八大: 2012,
  十九大: 2017,
  二十大: 2022,
};

/**
 * A word before a number of years that makes them the years up to the report's own: 近三年 and
 * 近5年来 in a 2023 report count from 2021 and 2019.
 *
 * @example
 * ```ts
 * recentYearsWords.includes("近"); //=> true
 * ```
 */
export const recentYearsWords: readonly string[] = ["近", "最近", "过去"];
