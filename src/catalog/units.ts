/**
 * What a unit measures.
 *
 * @example
 * ```ts
 * const kind: UnitKind = "money";
 * ```
 */
export type UnitKind = "count" | "money" | "percent" | "weight" | "length" | "area" | "time" | "volume" | "score";

/**
 * A measure word (量词) or unit as it follows a number in report text.
 *
 * @example
 * ```ts
 * const yuan: UnitInfo = { unit: "元", kind: "money" };
 * ```
 */
export interface UnitInfo {
  /** The unit as written in the base form used by the model (`平方米`, not `平米`). */
  readonly unit: string;
  /** What it measures. */
  readonly kind: UnitKind;
}

/**
 * The units fazhi reads after a number, longest first so that a reader trying
 * them in order takes `人次` before `人` and `件次` before `件`: a count of times
 * (件次, 户次, 家次, 场次, 批次, 台次, 艘次) is read whole, a unit of its own, and not
 * added up with the count of things it is made of (46件次 of inspections is no 46件 of cases).
 *
 * @example
 * ```ts
 * units.find((u) => "人次".startsWith(u.unit))?.unit; //=> "人次"
 * ```
 */
export const units: readonly UnitInfo[] = [
  // Several characters.
  { unit: "平方公里", kind: "area" },
  // A difference of two rates (提高3.2个百分点), counted by no indicator: not a count of 个.
  { unit: "百分点", kind: "percent" },
  { unit: "平方米", kind: "area" },
  { unit: "工作日", kind: "time" },
  { unit: "立方米", kind: "volume" },
  { unit: "人次", kind: "count" },
  { unit: "件次", kind: "count" },
  { unit: "台次", kind: "count" },
  { unit: "艘次", kind: "count" },
  { unit: "车次", kind: "count" },
  { unit: "户次", kind: "count" },
  { unit: "家次", kind: "count" },
  { unit: "批次", kind: "count" },
  { unit: "场次", kind: "count" },
  { unit: "学时", kind: "time" },
  { unit: "课时", kind: "time" },
  { unit: "小时", kind: "time" },
  { unit: "分钟", kind: "time" },
  { unit: "个月", kind: "time" },
  { unit: "公里", kind: "length" },
  { unit: "千米", kind: "length" },
  { unit: "公斤", kind: "weight" },
  { unit: "千克", kind: "weight" },
  { unit: "公顷", kind: "area" },
  // One character.
  { unit: "元", kind: "money" },
  { unit: "%", kind: "percent" },
  { unit: "‰", kind: "percent" },
  { unit: "件", kind: "count" },
  { unit: "起", kind: "count" },
  { unit: "宗", kind: "count" },
  { unit: "例", kind: "count" },
  { unit: "项", kind: "count" },
  { unit: "次", kind: "count" },
  { unit: "人", kind: "count" },
  { unit: "名", kind: "count" },
  { unit: "位", kind: "count" },
  { unit: "台", kind: "count" },
  { unit: "辆", kind: "count" },
  { unit: "艘", kind: "count" },
  { unit: "本", kind: "count" },
  { unit: "卷", kind: "count" },
  { unit: "册", kind: "count" },
  { unit: "条", kind: "count" },
  { unit: "个", kind: "count" },
  { unit: "家", kind: "count" },
  { unit: "户", kind: "count" },
  { unit: "份", kind: "count" },
  { unit: "篇", kind: "count" },
  { unit: "部", kind: "count" },
  { unit: "支", kind: "count" },
  { unit: "所", kind: "count" },
  { unit: "场", kind: "count" },
  { unit: "期", kind: "count" },
  { unit: "批", kind: "count" },
  { unit: "处", kind: "count" },
  { unit: "座", kind: "count" },
  { unit: "张", kind: "count" },
  { unit: "套", kind: "count" },
  { unit: "类", kind: "count" },
  { unit: "轮", kind: "count" },
  { unit: "分", kind: "score" },
  { unit: "吨", kind: "weight" },
  { unit: "米", kind: "length" },
  { unit: "亩", kind: "area" },
  { unit: "天", kind: "time" },
  { unit: "日", kind: "time" },
  { unit: "年", kind: "time" },
  { unit: "只", kind: "count" },
  { unit: "笔", kind: "count" },
];

/**
 * Spellings of a unit that the model writes another way: `平米` is written
 * `平方米`, `7个工作日` is 7 `工作日`.
 *
 * @example
 * ```ts
 * unitSpellings["平米"]; //=> "平方米"
 * ```
 */
export const unitSpellings: Readonly<Record<string, string>> = { 平米: "平方米", 平方: "平方米", 个工作日: "工作日", 个百分点: "百分点" };

/** A unit in its usual spelling: own keys of `unitSpellings` only, so that `constructor` or `__proto__` stay the strings they are. */
function spelled(unit: string): string {
  return Object.hasOwn(unitSpellings, unit) ? (unitSpellings[unit] ?? unit) : unit;
}

/**
 * A unit in its usual spelling (平米 → 平方米; see `unitSpellings`), as `sameMeasure` compares units.
 *
 * @internal
 */
export const spelledUnit: (unit: string) => string = spelled;

/**
 * Measure words that count cases and are interchangeable for case counts
 * (a penalty case is `件`, `宗` or `起` depending on the agency's habit).
 *
 * @example
 * ```ts
 * caseCountUnits.includes("宗"); //=> true
 * ```
 */
export const caseCountUnits: readonly string[] = ["件", "宗", "起", "例"];

/**
 * Groups of units that count the same things, so that figures in one add up
 * with figures in another (case counts; people: 人, 名, 位; vehicles: 台, 辆;
 * files: 本, 卷, 册; documents: 份, 件).
 *
 * @example
 * ```ts
 * unitGroups.some((g) => g.includes("名") && g.includes("人")); //=> true
 * ```
 */
export const unitGroups: readonly (readonly string[])[] = [
  caseCountUnits,
  ["人", "名", "位"],
  ["台", "辆"],
  ["本", "卷", "册"],
  ["份", "件"],
];

/**
 * Whether figures in two units measure the same thing and may be added up:
 * the same unit (after spellings such as 平米 → 平方米), or two units of one
 * group of `unitGroups` (12起 and 3件 of cases). 台 and 次 are both counts, but
 * not of the same thing.
 *
 * @example
 * ```ts
 * sameMeasure("起", "件"); //=> true
 * sameMeasure("台", "次"); //=> false
 * ```
 */
export function sameMeasure(a: string, b: string): boolean {
  const x = spelled(a);
  const y = spelled(b);
  return x === y || unitGroups.some((group) => group.includes(x) && group.includes(y));
}

/**
 * The unit in which figures written in `units` add up, or `null` when they do
 * not measure the same thing: the one unit they share (after spellings); else,
 * when all belong to one group of `unitGroups`, `preferred` (an indicator's
 * own unit) if it is in that group, or the group's first unit. Order does not
 * matter, and a unit in two groups (件: cases and documents) joins the group
 * that holds all the others.
 *
 * @example
 * ```ts
 * commonUnit(["起", "件"]); //=> "件"
 * commonUnit(["起", "宗"], "起"); //=> "起"
 * commonUnit(["台", "次"]); //=> null
 * ```
 */
export function commonUnit(units: readonly string[], preferred?: string): string | null {
  const written = [...new Set(units.map(spelled))];
  if (written.length <= 1) return written[0] ?? null;
  const group = unitGroups.find((g) => written.every((u) => g.includes(u)));
  if (!group) return null;
  return preferred !== undefined && group.includes(spelled(preferred)) ? spelled(preferred) : (group[0] ?? null);
}

/**
 * Multiplier words that fold into a number's value (`121万元` is 1,210,000 元),
 * longest first, with their factor as a decimal string.
 *
 * @example
 * ```ts
 * multiplierWords.find((m) => m.word === "万")?.factor; //=> "10000"
 * ```
 */
export const multiplierWords: readonly { readonly word: string; readonly factor: string }[] = [
  { word: "万亿", factor: "1000000000000" },
  { word: "千万", factor: "10000000" },
  { word: "百万", factor: "1000000" },
  { word: "亿", factor: "100000000" },
  { word: "万", factor: "10000" },
  { word: "千", factor: "1000" },
];

/**
 * The digits of Chinese numerals, ordinary (一二三) and financial (壹贰叁),
 * with `两` for 2 and both zeros (零, 〇).
 *
 * @example
 * ```ts
 * chineseDigits["两"]; //=> 2
 * chineseDigits["柒"]; //=> 7
 * ```
 */
export const chineseDigits: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/**
 * The place units of Chinese numerals within a group of four digits
 * (十拾 10, 百佰 100, 千仟 1000), ordinary and financial.
 *
 * @example
 * ```ts
 * chineseSmallUnits["拾"]; //=> 10
 * ```
 */
export const chineseSmallUnits: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * The group units of Chinese numerals (万萬 10⁴, 亿億 10⁸), as powers of ten.
 *
 * @example
 * ```ts
 * chineseGroupUnits["亿"]; //=> 8
 * ```
 */
export const chineseGroupUnits: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/**
 * The decimal point of Chinese numerals (零点五 is 0.5): one character, as the numeral readers
 * take it.
 *
 * @internal
 */
export const chineseDecimalPoint = "点";

/**
 * What a unit measures, or `undefined` for a unit fazhi does not know.
 * Accepts the spellings of `unitSpellings`.
 *
 * @example
 * ```ts
 * unitKindOf("万元"); //=> undefined (multipliers fold into the value: write "元")
 * unitKindOf("元"); //=> "money"
 * unitKindOf("平米"); //=> "area"
 * ```
 */
export function unitKindOf(unit: string): UnitKind | undefined {
  const base = spelled(unit);
  return units.find((info) => info.unit === base)?.kind;
}
