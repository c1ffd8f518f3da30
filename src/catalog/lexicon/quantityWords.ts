import type { Qualifier } from "../../model/qualifier.js";

// The words of figures in these documents: what bounds a number, what makes it a target,
// a label or a name, and how a statement of zero is said. Read by src/parse/quantities.ts,
// zeroStatements.ts and modality.ts.

/**
 * Characters just before a numeral that make it part of a label, not a count:
 * 第三次 (an ordinal), 十届十次全会 (a session of a congress or committee).
 *
 * @internal
 */
export const labelMarkers: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(["第", "届"]))();

/**
 * Labels of a web page's counters (浏览次数：1234, 本站总访问量：12345678次), in its meta
 * line or footer: a number right after one of them and its colon is the page's, not a figure
 * of the report (a report's own 网站访问量达1200万次 has no colon).
 *
 * @internal
 */
export const pageCounterLabels: readonly string[] = [
  "访问量", "访问次数", "访问人次", "访问人数", "浏览量", "浏览次数", "浏览人次", "点击量", "点击数", "点击次数", "点击率",
  "阅读量", "阅读数", "阅读次数", "访客数", "访问", "浏览", "点击", "阅读",
];

/**
 * Words that open the clause before a figure and are not part of what it
 * measures (其中罚款…, 全年共…): dropped from the subject.
 *
 * @internal
 */
export const subjectOpeners: readonly string[] = ["其中", "全年", "今年", "本年度", "累计", "目前", "共计", "共", "全市", "全区", "全县"];

/**
 * Words that join the subject to its figure (…达到, …为, …共): dropped from the end of the subject.
 *
 * @internal
 */
export const subjectLinks: readonly string[] = [
  "达到", "达", "为", "共计", "共", "计", "有", "约", "近", "超过", "不少于", "不低于", "逾", "多达", "接受", "各",
];

/**
 * Words before a number that bound it, longest first.
 *
 * @internal
 */
export const qualifierPrefixes: readonly (readonly [string, Qualifier])[] = [
  ["不少于", "atLeast"],
  ["不低于", "atLeast"],
  ["不超过", "atMost"],
  ["不高于", "atMost"],
  ["不足", "atMost"],
  ["不到", "atMost"],
  ["超过", "atLeast"],
  ["多达", "atLeast"],
  ["高达", "atLeast"],
  ["大约", "approx"],
  ["将近", "approx"],
  ["接近", "approx"],
  ["逾", "atLeast"],
  ["约", "approx"],
  ["近", "approx"],
];

/**
 * Words after a number and its unit that bound it, longest first.
 *
 * @internal
 */
export const qualifierSuffixes: readonly (readonly [string, Qualifier])[] = [
  ["以上", "atLeast"],
  ["以下", "atMost"],
  ["以内", "atMost"],
  ["之内", "atMost"],
  ["左右", "approx"],
  ["上下", "approx"],
  ["多", "atLeast"],
  ["余", "atLeast"],
];

/**
 * Fixed phrases that begin with a numeral and state no quantity (三项制度,
 * 两个维护 …); no numeral in one of them is read (两个一百年 holds no 100年).
 *
 * @internal
 */
export const numeralPhrases: readonly string[] = [
  "三项制度", "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "八项规定", "一个窗口",
  "一件事", "两学一做", "三会一课", "一岗双责", "三重一大", "两法衔接", "五个一", "两个责任",
  "两个全覆盖", "三个代表", "两个一百年", "三个务必", "五位一体", "四个最严", "一次性", "一站式",
  "一揽子", "一把手", "一张网", "一条龙", "一体化", "一盘棋", "一件件", "一项项", "一次次",
];

/**
 * Words that, just before a bare 一, make it a count (各一件, 共一次); a bare
 * 一 elsewhere (一个窗口, 一起) is not read as a quantity.
 *
 * @internal
 */
export const countCues: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(["各", "共", "计", "仅", "只", "有", "达", "了"]))();

/**
 * Words in the sentence before a figure that make it a target rather than an actual.
 *
 * @internal
 */
export const targetCues: RegExp = /力争|争取|目标(?:是|为)?|预计|预期|拟(?:于|在|将)?|计划(?:到|于|在|将)|明年|来年|下一步/;

/**
 * Words after a number and its unit that make it part of a name rather than a
 * measure: 五年行动方案 names a plan, 四个方面 is a figure of speech.
 *
 * @internal
 */
export const nameFollowers: RegExp = /^(?:[\u4e00-\u9fa5]{0,2}(?:方案|规划|计划|纲要)|方面)/;

/**
 * Statements of zero: a trigger, then the thing that did not happen.
 *
 * @internal
 */
export const zeroTriggers: readonly string[] = ["未发生", "未出现", "未出台", "未作出", "未收到", "未受理", "没有发生", "没有出现", "零发生", "无"];

/**
 * Nouns that end the thing a statement of zero is about (案件, 事项 …).
 *
 * @internal
 */
export const zeroNouns: RegExp = /(案件|事项|事件|案卷|纠纷|事故|情况)(被纠错|败诉|被撤销|被确认违法)?/;

/**
 * A percentage said before its number (百分之三十 is 30 %), and the whole (百分之百 is 100 %, though
 * a bare 百 is no number elsewhere).
 *
 * @internal
 */
export const percentWords: { readonly prefix: string; readonly whole: string } = { prefix: "百分之", whole: "百分之百" };

/**
 * Words just before a number that make it negative (负五, as `-5`), in the reader of figures and in
 * `parseChineseNumber`.
 *
 * @internal
 */
export const negativeSigns: readonly string[] = ["负"];

/**
 * Numeral characters that state no number alone (a bare 百 or 万 before a unit is a word: 百家, 万人
 * as "many"), though they count inside a numeral (三百, 五万).
 *
 * @internal
 */
export const bareNonNumbers: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(["百", "千", "万", "亿", "佰", "仟", "萬", "億", "拾"]))();

/**
 * Marks between the two ends of a range (3-5件, 10～20万元, 5至8起, 3件到5件; in folded text, so
 * ～ and － are ~ and -): a figure right after one that follows a number is the upper end of a
 * range, not a figure of its own, and neither end is read.
 *
 * @internal
 */
export const rangeMarks: readonly string[] = ["-", "~", "—", "–", "至", "到"];

/**
 * Characters just before a numeral of unit characters alone that make it a vague amount (数十件,
 * 几百人, 数十万元: "dozens", "hundreds"), no figure; 案件数十二件 stays 12.
 *
 * @internal
 */
export const vagueNumeralPrefixes: readonly string[] = ["数", "几"];

/**
 * Numerals read as a count only after a word of `countCues` (各一件, 共一次): a bare 一 elsewhere
 * (一起, 一律) is no quantity.
 *
 * @internal
 */
export const cuedNumerals: readonly string[] = ["一", "壹"];

/**
 * Units that after a Chinese numeral are no unit (三分之一 is a fraction, 十分 means "very").
 *
 * @internal
 */
export const notUnitsAfterChineseNumerals: readonly string[] = ["分"];

/**
 * The unit of years: a number of four digits before it is a year (2021年, 二〇二一年), not a count of years.
 *
 * @internal
 */
export const yearUnit = "年";

/**
 * 日 as a unit: only in a time limit (5日内, 15日以内), never in a date (7月9日, the month word
 * before the number), which is why the readable units leave the unit out.
 *
 * @internal
 */
export const dayLimit: { readonly unit: string; readonly monthBefore: string; readonly after: readonly string[] } = {
  unit: "日",
  monthBefore: "月",
  after: ["以内", "之内", "内"],
};

/**
 * A limit framed by a word before the clause's number and one after its unit (在5日内: at most 5
 * days); the word before stands within `reach` characters of the number.
 *
 * @internal
 */
export const limitFrame: { readonly before: string; readonly after: string; readonly reach: number } = { before: "在", after: "内", reach: 3 };

/**
 * The leading and deputy posts of a body (领导职数1正4副): the holders of each, in 人, with the
 * label each figure gets.
 *
 * @internal
 */
export const postWords: {
  readonly lead: string;
  readonly deputy: string;
  readonly leadLabel: string;
  readonly deputyLabel: string;
  readonly unit: string;
} = { lead: "正", deputy: "副", leadLabel: "正职", deputyLabel: "副职", unit: "人" };

/**
 * Words that join a second thing to a statement of zero (未发生行政复议案件被纠错和行政诉讼案件败诉), one character each.
 *
 * @internal
 */
export const zeroCoordinators: readonly string[] = ["和", "及", "或", "、"];

/**
 * The trigger of `zeroTriggers` that counts only at the start of a clause (after a clause's end or
 * one of `clauseOpeners`: 均无…), so that 无证经营案件 is not read as a zero, and then only before a
 * short thing (at most `maxSubject` characters).
 *
 * @internal
 */
export const bareZeroTrigger: { readonly word: string; readonly clauseOpeners: ReadonlySet<string>; readonly maxSubject: number } = {
  word: "无",
  clauseOpeners: /* @__PURE__ */ (() => new Set(["均", "也", "并", "且", "再", "从"]))(),
  maxSubject: 10,
};

/**
 * The unit of a statement of zero (未发生…案件: 0 件).
 *
 * @internal
 */
export const zeroUnit = "件";
