import { multiplierWords, unitSpellings, units } from "../catalog/units.js";
import { Decimal } from "../model/decimal.js";
import type { DocumentKind } from "../model/documentKind.js";
import type { Issue } from "../model/issue.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import type { Qualifier } from "../model/qualifier.js";
import { isAsciiDigit, isChineseNumeralAt, isDigitAt } from "./characters.js";
import { parseChineseNumber } from "./chineseNumber.js";
import { clauseEnd, clauseStart } from "./clause.js";
import { foldText } from "./foldText.js";
import { modalityOf } from "./modality.js";
import { classifyIndicators } from "./indicatorClassifier.js";
import { protectedRanges } from "./protectedRanges.js";
import {
  countCues,
  nameFollowers,
  numeralPhrases,
  qualifierPrefixes,
  qualifierSuffixes,
} from "./quantityWords.js";
import { zeroStatements } from "./zeroStatements.js";

/**
 * Options of `extractQuantities`.
 *
 * @example
 * ```ts
 * const options: ExtractQuantitiesOptions = { documentKind: "work-plan" };
 * ```
 */
export interface ExtractQuantitiesOptions {
  /** In a work plan every figure is a target; in a report only those announced as one (力争, 目标 …). */
  readonly documentKind?: DocumentKind;
  /** Whether to give each quantity its catalog indicator (default `true`). */
  readonly classify?: boolean;
}

/**
 * What `extractQuantities` gives: the quantities in text order, and the
 * numbers it saw but could not read.
 *
 * @example
 * ```ts
 * const { quantities, issues }: ExtractedQuantities = extractQuantities("罚款121万元");
 * ```
 */
export interface ExtractedQuantities {
  /** The quantities, in text order, each with the span of its `number`. */
  readonly quantities: readonly ParsedQuantity[];
  /** Numbers that looked like quantities but could not be read. */
  readonly issues: readonly Issue[];
}

/** Units the reader accepts after a number: the catalog's and their spellings, but not 日 (7月9日 is a date). */
const readableUnits: readonly string[] = /* @__PURE__ */ (() =>
  [...units.map((u) => u.unit).filter((u) => u !== "日"), ...Object.keys(unitSpellings)].sort((a, b) => b.length - a.length))();

/** The readable units by their first character, longest first, so a lookup tries only a few. */
const unitsByFirst: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const map = new Map<string, string[]>();
  for (const unit of readableUnits) map.set(unit.charAt(0), [...(map.get(unit.charAt(0)) ?? []), unit]);
  return map;
})();

function unitAt(text: string, at: number): string | undefined {
  return unitsByFirst.get(text.charAt(at))?.find((unit) => text.startsWith(unit, at));
}

const bareLargeUnits = new Set(["百", "千", "万", "亿", "佰", "仟", "萬", "億", "拾"]);

function startsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((word) => text.startsWith(word, at));
}

function endsWithQualifier(text: string, at: number): Qualifier | undefined {
  const before = text.slice(Math.max(0, at - 3), at);
  return qualifierPrefixes.find(([word]) => before.endsWith(word))?.[1];
}

/** The end of a run of digits with thousands separators and a decimal part, from `start`. */
function digitRunEnd(text: string, start: number): number {
  let i = start;
  while (isDigitAt(text, i)) i++;
  // 1,286 — separators only after a first group of one to three digits, then groups of exactly three.
  let grouped = false;
  for (;;) {
    const sep = text[i];
    const group = (sep === "," || sep === "，") && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3);
    if (!group || isDigitAt(text, i + 4) || (!grouped && i - start > 3)) break;
    grouped = true;
    i += 4;
  }
  if ((text[i] === "." || text[i] === "．") && isDigitAt(text, i + 1)) {
    i++;
    while (isDigitAt(text, i)) i++;
  }
  return i;
}

function chineseRunEnd(text: string, start: number): number {
  let i = start;
  while (isChineseNumeralAt(text, i) || (text.charCodeAt(i) === 0x70b9 /* 点 */ && isChineseNumeralAt(text, i + 1) && i > start)) i++;
  return i;
}

interface Found {
  readonly quantity: ParsedQuantity;
  readonly end: number;
}

/**
 * A quantity read from `text`: its number spans [start, numberEnd), its quote runs to quoteEnd.
 * `text` is the folded text the reader matches on; the strings are sliced from `source`, the
 * text as written (the two have the same offsets).
 */
function quantityAt(
  text: string,
  source: string,
  start: number,
  numberEnd: number,
  quoteEnd: number,
  read: { readonly value: Decimal; readonly unit: string; readonly qualifier: Qualifier; readonly label?: string },
): Found {
  const { subject, quoteStart } = subjectAndQuote(text, source, start, quoteEnd);
  return {
    quantity: {
      quote: source.slice(quoteStart, quoteEnd),
      number: source.slice(start, numberEnd),
      value: read.value,
      unit: read.unit,
      qualifier: read.qualifier,
      modality: "actual",
      subject: `${subject}${read.label ?? ""}`,
      indicator: null,
      span: { start, end: numberEnd },
    },
    end: quoteEnd,
  };
}

function subjectAndQuote(
  text: string,
  source: string,
  numberStart: number,
  quoteEnd: number,
): { subject: string; quoteStart: number } {
  const start = clauseStart(text, numberStart);
  let subject = source.slice(start, numberStart);
  subject = subject.replace(/^(?:其中|全年|今年|本年度|累计|目前|共计|共|全市|全区|全县)+/, "");
  subject = subject.replace(/(?:达到|达|为|共计|共|计|有|约|近|超过|不少于|不低于|逾|多达|接受|各)+$/, "");
  const quoteStart = start + Math.max(0, source.slice(start, numberStart).indexOf(subject));
  if (subject === "") {
    const end = clauseEnd(text, quoteEnd);
    subject = source.slice(quoteEnd, Math.min(end, quoteEnd + 20));
  }
  return { subject, quoteStart: subject === "" ? numberStart : quoteStart };
}

function readQuantity(
  text: string,
  source: string,
  start: number,
  numeralEnd: number,
  percentPrefix: boolean,
  issues: Issue[],
): Found | null {
  const chinese = !isDigitAt(text, percentPrefix ? start + 3 : start);
  // The unit first: most numerals in prose (统一, 进一步) have none, and this is the cheapest way out.
  let pos = numeralEnd;
  let factor = "1";
  let unit: string | undefined;
  let bounded = false;
  if (percentPrefix) unit = "%";
  else {
    if (text[pos] === "余" || text[pos] === "多") {
      bounded = true;
      pos++;
    }
    if (!chinese) {
      const multiplier = multiplierWords.find((m) => text.startsWith(m.word, pos));
      if (multiplier) {
        factor = multiplier.factor;
        pos += multiplier.word.length;
        if (text[pos] === "余" || text[pos] === "多") {
          bounded = true;
          pos++;
        }
      }
    }
    const ch = text[pos];
    if (!chinese && (ch === "%" || ch === "％")) unit = "%";
    else if (!chinese && ch === "‰") unit = "‰";
    else unit = unitAt(text, pos);
    if (unit === undefined || (unit === "分" && chinese)) return null;
  }
  const numeral = text.slice(percentPrefix ? start + 3 : start, numeralEnd);
  const before = text[start - 1];
  if (before === "第") return null;
  if (chinese && !percentPrefix) {
    if (numeral.length === 1 && bareLargeUnits.has(numeral)) return null;
    if ((numeral === "一" || numeral === "壹") && !(before !== undefined && countCues.has(before))) return null;
    if (startsWithAny(text, start, numeralPhrases)) return null;
  }
  if (unit === "年") {
    const digits = numeral.replace(/[^0-9０-９〇零一二三四五六七八九]/g, "");
    if (digits.length >= 4 && numeral.length === digits.length) return null; // 2021年, 二〇二一年: a year
  }
  if (!percentPrefix) {
    pos += unit.length;
    if (nameFollowers.test(text.slice(pos, pos + 6))) return null;
  }
  // 百分之百: a bare 百 is no number elsewhere, but here it is 100.
  const parsed = parseChineseNumber(percentPrefix && numeral === "百" ? "一百" : numeral);
  if (!parsed.ok) {
    issues.push({ ...parsed.issue, span: { start, end: numeralEnd } });
    return null;
  }
  let qualifier: Qualifier = bounded ? "atLeast" : (endsWithQualifier(text, start) ?? "exact");
  const numberEnd = pos;
  // Words after the unit: 以上, 左右, 6年多; 在…内 is a limit.
  const suffix = qualifierSuffixes.find(([word]) => text.startsWith(word, pos));
  if (suffix) {
    qualifier = suffix[1];
    pos += suffix[0].length;
  } else if (text[pos] === "内" && text.slice(Math.max(0, start - 3), start).includes("在")) {
    qualifier = "atMost";
    pos++;
  }
  return quantityAt(text, source, start, numberEnd, pos, { value: parsed.value.times(factor), unit: unitSpellings[unit] ?? unit, qualifier });
}

/** 领导职数1正4副: the holders of the leading and deputy posts, in 人. */
function readPosts(text: string, source: string, start: number, end: number): Found[] {
  if (text[end] !== "正") return [];
  const rest = /^正[、,,]?(\d{1,2})副/.exec(text.slice(end, end + 6));
  if (!rest?.[1]) return [];
  const deputyStart = end + rest[0].length - 1 - rest[1].length;
  const deputyEnd = end + rest[0].length;
  const post = (s: number, e: number, label: string) =>
    quantityAt(text, source, s, e, e, { value: new Decimal(text.slice(s, e - 1)), unit: "人", qualifier: "exact", label });
  return [post(start, end + 1, "正职"), post(deputyStart, deputyEnd, "副职")];
}

/**
 * Finds every quantity stated in a text: a number (digits or Chinese numerals,
 * `百分之…`) with its unit, multiplier words folded into the value (`121万元`
 * is 1,210,000 元), its qualifier (`余`, `以上`, `约`, `不超过` …), its
 * modality, the subject measured, and statements of zero (`未发生行政复议案件`).
 * Years, dates, document numbers, phone numbers, ordinals, plan names, fixed
 * phrases and anything inside 《》 or a short “slogan” are not quantities.
 * Each quantity has the span of its `number`. Linear in the text.
 *
 * @example
 * ```ts
 * const { quantities } = extractQuantities("查处各类非法营运案件152件,罚款121万元。");
 * quantities.map((q) => [q.number, q.value.toString(), q.unit, q.indicator]);
 * //=> [["152件", "152", "件", "enforcement.penaltyCases"], ["121万元", "1210000", "元", "enforcement.fineAmount"]]
 * ```
 */
export function extractQuantities(source: string, options: ExtractQuantitiesOptions = {}): ExtractedQuantities {
  const text = foldText(source);
  const marks = protectedRanges(text);
  const issues: Issue[] = [];
  const found: Found[] = [];
  let i = 0;
  while (i < text.length) {
    const digit = isDigitAt(text, i);
    const numeralStart = digit || isChineseNumeralAt(text, i);
    if (!numeralStart) {
      i++;
      continue;
    }
    const ch = text[i];
    let numeralEnd = i;
    let percentPrefix = false;
    if (text.startsWith("百分之", i)) {
      percentPrefix = true;
      numeralEnd = text.startsWith("百分之百", i) ? i + 4 : isDigitAt(text, i + 3) ? digitRunEnd(text, i + 3) : chineseRunEnd(text, i + 3);
      if (numeralEnd === i + 3) numeralEnd = i;
    } else if (digit && !isDigitAt(text, i - 1) && !/[A-Za-z.．]/.test(text[i - 1] ?? "")) {
      numeralEnd = digitRunEnd(text, i);
    } else if (!digit && !isChineseNumeralAt(text, i - 1)) {
      numeralEnd = chineseRunEnd(text, i);
    } else {
      // Inside a number that was not read (after a letter or a point): skip the rest of it.
      numeralEnd = digit ? digitRunEnd(text, i) : chineseRunEnd(text, i);
      i = Math.max(i + 1, numeralEnd);
      continue;
    }
    if (numeralEnd > i && !marks[i]) {
      const posts = !percentPrefix && isAsciiDigit(ch) ? readPosts(text, source, i, numeralEnd) : [];
      if (posts.length > 0) {
        found.push(...posts);
        i = posts[posts.length - 1]?.end ?? numeralEnd;
        continue;
      }
      const quantity = readQuantity(text, source, i, numeralEnd, percentPrefix, issues);
      if (quantity) {
        found.push(quantity);
        i = Math.max(i + 1, quantity.quantity.span?.end ?? numeralEnd);
        continue;
      }
    }
    i = Math.max(i + 1, numeralEnd);
  }
  const all = [...found.map((f) => f.quantity), ...zeroStatements(text, marks, source)].sort(
    (a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0),
  );
  const withModality = all.map((q) => ({ ...q, modality: modalityOf(text, q, options.documentKind) }));
  return {
    quantities: options.classify === false ? withModality : classifyIndicators(text, withModality),
    issues,
  };
}
