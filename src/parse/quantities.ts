import { chineseDecimalPoint, chineseGroupUnits, chineseSmallUnits, multiplierWords, unitSpellings } from "../catalog/units.js";
import { bilingualMessage, numberAmbiguousGroupingMessage } from "../model/parseMessages.js";
import { Decimal, decimalVerdict } from "../model/decimal.js";
import type { DocumentKind } from "../model/documentKind.js";
import type { Issue } from "../model/issue.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import type { Qualifier } from "../model/qualifier.js";
import { codeAt, codePointLabel, codeTable, isAsciiDigitCode, isAsciiLetterCode, isChineseNumeralAt, isDigitAt, isInvisibleAt, numberStartCodes } from "./characters.js";
import { parseChineseNumber, unreadableNumber } from "./chineseNumber.js";
import { clauseEnd, namingClauseStart } from "./clause.js";
import { foldText } from "./foldText.js";
import { modalityOf, planSection } from "./modality.js";
import { figureYear, figureYearReach } from "./figureYear.js";
import { classifyFigures } from "./indicatorClassifier.js";
import { protectedRanges, protectedReader } from "./protectedRanges.js";
import {
  bareNonNumbers,
  countCues,
  cuedNumerals,
  dayLimit,
  labelMarkers,
  pageCounterLabels,
  limitFrame,
  nameFollowers,
  negativeSigns,
  notUnitsAfterChineseNumerals,
  numeralPhrases,
  percentWords,
  postWords,
  qualifierPrefixes,
  qualifierSuffixes,
  rangeMarks,
  subjectLinks,
  subjectOpeners,
  vagueNumeralPrefixes,
  yearUnit,
} from "../catalog/lexicon/quantityWords.js";
import { zeroStatements } from "./zeroStatements.js";
import { readableUnits } from "./readableUnits.js";
import { type TableCell, tableCellReader } from "./tableCells.js";
import { byFirstCode, trailingWordsStart } from "./wordPattern.js";

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
  /**
   * The year the report is for: a figure in a sentence that opens with a later year (2022年,我局将…
   * in a 2021 report) is a target.
   */
  readonly reportingYear?: number | null;
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


/** The first word of a group (of `byFirstCode`) that `text` has at `at`. */
function wordAt(groups: ReadonlyMap<number, readonly string[]>, text: string, at: number): string | undefined {
  const group = groups.get(codeAt(text, at));
  if (group === undefined) return undefined;
  for (const word of group) if (text.startsWith(word, at)) return word;
  return undefined;
}

/** The first word of a group (of `byFirstCode` with `last`) that `text` has ending at `at`. */
function wordBefore(groups: ReadonlyMap<number, readonly string[]>, text: string, at: number): string | undefined {
  const group = groups.get(codeAt(text, at - 1));
  if (group === undefined) return undefined;
  for (const word of group) if (text.endsWith(word, at)) return word;
  return undefined;
}

/** The readable units by their first character, longest first, so a lookup tries only a few. */
const unitsByFirst: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstCode(readableUnits);
/** The fixed phrases that start with a numeral, by their first character. */
const phrasesByFirst: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstCode(numeralPhrases);
/** The multiplier words (万, 亿 …), by their first character, in the catalog's order (longest first). */
const multipliersByFirst: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstCode(multiplierWords.map((m) => m.word));
/** The words after a number's unit that bound it (以上, 左右 …), by their first character; and before it (不少于, 约 …), by their last. */
const suffixesByFirst: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => byFirstCode(qualifierSuffixes.map(([word]) => word)))();
const prefixesByLast: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => byFirstCode(qualifierPrefixes.map(([word]) => word), true))();
/** The qualifier each of those words states (no word is both a prefix and a suffix: the lexicon's tests). */
const qualifierOf: ReadonlyMap<string, Qualifier> = /* @__PURE__ */ (() => new Map([...qualifierPrefixes, ...qualifierSuffixes]))();
/** The factor of each multiplier word. */
const factorOf: ReadonlyMap<string, string> = /* @__PURE__ */ (() => new Map(multiplierWords.map((m) => [m.word, m.factor])))();

/** The readable units and %, by their last character: the unit of a range's lower end (3件至5件). */
const unitsByLast: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => byFirstCode([...readableUnits, "%"], true))();
/** The multiplier words by their last character: the lower end of a range in 万 (10万-20万元). */
const multipliersByLast: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstCode(multiplierWords.map((m) => m.word), true);
/** The marks of a range (3-5件, 5至8起), by their last character. */
const rangeMarksByLast: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstCode(rangeMarks, true);
const vaguePrefixCodes: Uint8Array = /* @__PURE__ */ codeTable(vagueNumeralPrefixes);
const labelMarkerCodes: Uint8Array = /* @__PURE__ */ codeTable(labelMarkers);
const countCueCodes: Uint8Array = /* @__PURE__ */ codeTable(countCues);
/**
 * The one-character words that bound a number from above it (余, 多: 121余万元, 30多件), from the
 * lexicon's suffixes: right after the digits, before a multiplier or unit, as after the unit.
 */
const boundingCodes: Uint8Array = /* @__PURE__ */ (() => codeTable(qualifierSuffixes.filter(([word, qualifier]) => word.length === 1 && qualifier === "atLeast").map(([word]) => word)))();

/** 日 as a unit: only in a time limit (the lexicon's `dayLimit`: 在5日内, 15日以内), never in a date (7月9日). */
function dayLimitAt(text: string, numeralStart: number, at: number): string | undefined {
  if (!text.startsWith(dayLimit.unit, at) || text.endsWith(dayLimit.monthBefore, numeralStart)) return undefined;
  const after = at + dayLimit.unit.length;
  return dayLimit.after.some((word) => text.startsWith(word, after)) ? dayLimit.unit : undefined;
}

function unitAt(text: string, at: number): string | undefined {
  return wordAt(unitsByFirst, text, at);
}

/** The qualifier of a word that ends at `at` (不少于, 约 …), read in place: nothing sliced. */
function endsWithQualifier(text: string, at: number): Qualifier | undefined {
  const word = wordBefore(prefixesByLast, text, at);
  return word === undefined ? undefined : qualifierOf.get(word);
}

/** The end of a run of digits with thousands separators and a decimal part, from `start`. */
function digitRunEnd(text: string, start: number): number {
  let i = start;
  while (isDigitAt(text, i)) i++;
  // 1,286 and, as PDF text writes it, 1 520 — separators only after a first group of one to
  // three digits, then groups of exactly three; a space only where a unit or multiplier follows.
  let grouped = false;
  for (;;) {
    const sep = text.charCodeAt(i);
    const group = (sep === 0x2c /* , */ || sep === 0x20) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3);
    if (!group || isDigitAt(text, i + 4) || (!grouped && i - start > 3)) break;
    if (sep === 0x20 && !spacedGroupEnds(text, i + 4)) break;
    grouped = true;
    i += 4;
  }
  if (text.charCodeAt(i) === 0x2e /* . */ && isDigitAt(text, i + 1)) {
    i++;
    while (isDigitAt(text, i)) i++;
  }
  return i;
}

/** Whether a group of digits set off by a space (1 520) ends a number: more such groups, or a unit, multiplier or %. */
function spacedGroupEnds(text: string, at: number): boolean {
  const space = text.charCodeAt(at) === 0x20;
  if (space && isDigitAt(text, at + 1)) return true;
  const next = space ? at + 1 : at;
  const ch = codeAt(text, next);
  return ch === 0x25 /* % */ || boundingCodes[ch] === 1 || wordAt(multipliersByFirst, text, next) !== undefined || unitAt(text, next) !== undefined;
}

/**
 * Where a digit run at `start` continues an earlier one across a comma or a space that is
 * no thousands separator (`1,2345`, `12 34件`): the start of the earlier run, or -1.
 */
function oddGroupStart(text: string, source: string, start: number): number {
  const sep = codeAt(text, start - 1);
  if (!((sep === 0x2c /* , */ && codeAt(source, start - 1) === 0x2c) || sep === 0x20) || !isDigitAt(text, start - 2)) return -1;
  let at = start - 2;
  while (at > 0 && start - at < 40 && (isDigitAt(text, at - 1) || ((text.charCodeAt(at - 1) === 0x2c || text.charCodeAt(at - 1) === 0x20) && isDigitAt(text, at - 2)))) at--;
  return at;
}

function chineseRunEnd(text: string, start: number): number {
  let i = start;
  while (isChineseNumeralAt(text, i) || (text.startsWith(chineseDecimalPoint, i) && isChineseNumeralAt(text, i + 1) && i > start)) i++;
  return i;
}

/** How far back the lower end of a range is looked for, in characters (its digits, multiplier and unit). */
const rangeReach = 24;

/**
 * Where a range whose upper end starts at `at` begins (3-5件, 10万-20万元, 3件至5件, 5%-8%): a range
 * mark (the lexicon's `rangeMarks`) right before `at`, after the lower end's number with its
 * multiplier and unit if it has them; the start of that lower end, or -1 when no range ends at `at`.
 * Looks back at most `rangeReach` characters.
 */
function rangeStart(text: string, at: number): number {
  const mark = wordBefore(rangeMarksByLast, text, at);
  if (mark === undefined) return -1;
  let end = at - mark.length;
  end -= wordBefore(unitsByLast, text, end)?.length ?? 0;
  end -= wordBefore(multipliersByLast, text, end)?.length ?? 0;
  const limit = Math.max(0, end - rangeReach);
  let start = end;
  while (start > limit && (isDigitAt(text, start - 1) || isChineseNumeralAt(text, start - 1) || (codeAt(text, start - 1) === 0x2e && isDigitAt(text, start - 2)))) start--;
  return start < end ? start : -1;
}

/** Whether a Chinese numeral is written with unit characters alone (十, 十万, 百万): after 数 or 几 an amount said vaguely. */
function unitsOnly(numeral: string): boolean {
  for (const ch of numeral) if (chineseSmallUnits[ch] === undefined && chineseGroupUnits[ch] === undefined) return false;
  return true;
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

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");
const openersPattern = /* @__PURE__ */ (() => new RegExp(`^(?:${alternatives(subjectOpeners)})+`))();
/** The link words before a figure (共计, 为 …), by their last character. */
const linksByLast: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstCode(subjectLinks, true);
/** The colon that ends a label before its figure, full-width or ASCII, with any spaces after it. */
const labelColon = /[:：]\s*$/;

function subjectAndQuote(
  text: string,
  source: string,
  numberStart: number,
  quoteEnd: number,
): { subject: string; quoteStart: number } {
  const start = namingClauseStart(text, numberStart);
  let subject = source.slice(start, numberStart);
  subject = subject.replace(openersPattern, "");
  subject = subject.slice(0, trailingWordsStart(subject, linksByLast));
  // A label's colon (行政处罚案件数:856件) is no part of the subject.
  subject = subject.replace(labelColon, "");
  const quoteStart = start + Math.max(0, source.slice(start, numberStart).indexOf(subject));
  if (subject === "") {
    const end = clauseEnd(text, quoteEnd);
    subject = source.slice(quoteEnd, Math.min(end, quoteEnd + 20));
  }
  return { subject, quoteStart: subject === "" ? numberStart : quoteStart };
}

/** A multiplier word (万, 千万 …) or a small unit of Chinese numerals (百, 十) at `at`: what may follow a part's digits in a number written in parts. */
function factorWordAt(text: string, at: number): string | undefined {
  const word = wordAt(multipliersByFirst, text, at);
  if (word !== undefined) return word;
  const ch = text.charAt(at);
  return chineseSmallUnits[ch] === undefined ? undefined : ch;
}

/**
 * Where a number written in parts ends, its first digits and multiplier read and `at` after them
 * (12万3千元, 1亿2000万元, 3千5百万元, 12万3000元): each further part is digits and a multiplier or
 * a small unit of Chinese numerals (千, 百), and digits alone end it right before the unit. -1 when
 * no part follows. Whether the parts make one number is `parseChineseNumber`'s to say (2万1万元,
 * 50万3个项目 are none).
 */
function partsEnd(text: string, at: number): number {
  let pos = at;
  let end = -1;
  for (;;) {
    let digits = pos;
    while (isAsciiDigitCode(text.charCodeAt(digits))) digits++;
    if (digits === pos) break;
    const word = factorWordAt(text, digits);
    if (word === undefined) {
      if (unitAt(text, digits) !== undefined || text.charCodeAt(digits) === 0x25) end = digits;
      break;
    }
    pos = digits + word.length;
    end = pos;
  }
  return end;
}

/** Whether what stands at `at` goes on a number: a digit, a Chinese numeral, a multiplier, a unit or %. */
function continuesNumber(text: string, at: number): boolean {
  return isDigitAt(text, at) || isChineseNumeralAt(text, at) || text.charCodeAt(at) === 0x25 || wordAt(multipliersByFirst, text, at) !== undefined || unitAt(text, at) !== undefined;
}

/** Where the run of spaces that ends at `at` starts (at most four looked at). */
function spacesBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < 4 && text.charCodeAt(from - 1) === 0x20) from--;
  return from;
}

/** Whether a page's counter label and its colon stand before `at` (浏览次数：1234, 总访问量: 12345678次). */
function pageCounterBefore(text: string, at: number): boolean {
  const colon = spacesBefore(text, at) - 1;
  if (text.charCodeAt(colon) !== 0x3a) return false;
  const end = spacesBefore(text, colon);
  return pageCounterLabels.some((label) => text.endsWith(label, end));
}

/**
 * The quantity whose number starts at `start` (at its sign, if it has one) and whose numeral
 * runs from `numeralStart` to `numeralEnd`, or null when what follows is no unit.
 */
function readQuantity(
  text: string,
  source: string,
  start: number,
  numeralStart: number,
  numeralEnd: number,
  percentPrefix: boolean,
  issues: Issue[],
): Found | null {
  const chinese = !isDigitAt(text, percentPrefix ? numeralStart + percentWords.prefix.length : numeralStart);
  // The tail of a number an invisible character splits (12\u200b1万元): its head gave the issue (below).
  if (start > 1 && isInvisibleAt(text, start - 1) && (isDigitAt(text, start - 2) || isChineseNumeralAt(text, start - 2))) return null;
  // The unit first: most numerals in prose (统一, 进一步) have none, and this is the cheapest way out.
  let pos = numeralEnd;
  let factor = "1";
  /** The value of a number written in parts (12万3千元, 3千5百万元), read whole by parseChineseNumber. */
  let inParts: Decimal | null = null;
  let unit: string | undefined;
  let bounded = false;
  if (percentPrefix) unit = "%";
  else {
    if (boundingCodes[codeAt(text, pos)] === 1) {
      bounded = true;
      pos++;
    }
    // PDF text sets figures apart with spaces: 罚款121 万元, 申请 21 件.
    if (!chinese && text.charCodeAt(pos) === 0x20 && spacedUnitAt(text, start, pos + 1)) pos++;
    if (!chinese) {
      // A multiplier first (万, 千 …): a small unit alone after digits is no number (5百分点, 3十).
      const multiplier = wordAt(multipliersByFirst, text, pos);
      // Parts only after plain digits, next to the multiplier: 1,200万3千 and 1.5万3千 are no such numbers.
      const end = multiplier === undefined || pos !== numeralEnd ? -1 : partsEnd(text, pos + multiplier.length);
      const whole = end < 0 ? null : parseChineseNumber(text.slice(numeralStart, end));
      if (whole?.ok) {
        inParts = whole.value;
        pos = end;
      } else if (multiplier !== undefined) {
        factor = factorOf.get(multiplier) ?? "1";
        pos += multiplier.length;
      }
      if (multiplier !== undefined) {
        if (boundingCodes[codeAt(text, pos)] === 1) {
          bounded = true;
          pos++;
        }
      }
    }
    const code = text.charCodeAt(pos);
    if (!chinese && (code === 0x25 /* % */ || code === 0xff05 /* ％ */)) unit = "%";
    else if (!chinese && code === 0x2030 /* ‰ */) unit = "‰";
    else unit = unitAt(text, pos) ?? dayLimitAt(text, numeralStart, pos);
    if (unit === undefined && isInvisibleAt(text, numeralEnd) && continuesNumber(text, numeralEnd + 1)) {
      // 12\u200b1万元, 121\u200b万元: a page shows one number; read apart, its parts would be wrong figures.
      const code = codePointLabel(text.charAt(numeralEnd));
      issues.push({
        ...unreadableNumber(source.slice(start, numeralEnd + 2), `an invisible character (${code}) inside the number`, `数字中间有不可见字符（${code}）`),
        span: { start, end: numeralEnd + 1 },
      });
      return null;
    }
    if (unit === undefined || (chinese && notUnitsAfterChineseNumerals.includes(unit))) return null;
  }
  const numeral = text.slice(percentPrefix ? numeralStart + percentWords.prefix.length : numeralStart, numeralEnd);
  // A label marker spaced from its number is one still (您是第 1,234,567 位访问者: a page's counter in a <span>).
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (labelMarkerCodes[codeAt(text, spacesBefore(text, start) - 1)] === 1 || pageCounterBefore(text, start)) return null;
  if (chinese && !percentPrefix) {
    if (bareNonNumbers.has(numeral)) return null;
    if (cuedNumerals.includes(numeral) && !(before >= 0 && countCueCodes[before] === 1)) return null;
    if (before >= 0 && vaguePrefixCodes[before] === 1 && unitsOnly(numeral)) return null; // 数十件, 几百人
  }
  if (unit === yearUnit) {
    const digits = numeral.replace(/[^0-9０-９〇零一二三四五六七八九]/g, "");
    if (digits.length >= 4 && numeral.length === digits.length) return null; // 2021年, 二〇二一年: a year
  }
  if (!percentPrefix) {
    pos += unit.length;
    if (nameFollowers.test(text.slice(pos, pos + 6))) return null;
  }
  // 百分之百 (the lexicon's whole): a bare 百 is no number elsewhere, but here it is 100.
  // 1 520: the spaces of a grouped number are thousands separators, like its commas.
  const parsed = parseChineseNumber(percentPrefix && percentWords.prefix + numeral === percentWords.whole ? "100" : chinese ? numeral : numeral.replaceAll(" ", ""));
  if (!parsed.ok) {
    issues.push({ ...parsed.issue, span: { start, end: numeralEnd } });
    return null;
  }
  const value = start < numeralStart ? parsed.value.negated() : parsed.value;
  let qualifier: Qualifier = bounded ? "atLeast" : (endsWithQualifier(text, start) ?? "exact");
  const numberEnd = pos;
  // Words after the unit: 以上, 左右, 6年多; 在…内 is a limit.
  const suffix = wordAt(suffixesByFirst, text, pos);
  if (suffix !== undefined) {
    qualifier = qualifierOf.get(suffix) ?? qualifier;
    pos += suffix.length;
  } else if (text.startsWith(limitFrame.after, pos) && text.slice(Math.max(0, start - limitFrame.reach), start).includes(limitFrame.before)) {
    qualifier = "atMost";
    pos += limitFrame.after.length;
  }
  const scaled = inParts !== null ? (start < numeralStart ? inParts.negated() : inParts) : factor === "1" ? value : value.times(factor);
  if (factor !== "1" && decimalVerdict(scaled) !== "ok") {
    // A 60-digit number followed by 亿 leaves the model's range: read as no number, with an issue.
    const written = source.slice(start, numberEnd);
    issues.push({ ...unreadableNumber(written, "outside the range of model values", "超出可表示的数值范围"), span: { start, end: numberEnd } });
    return null;
  }
  return quantityAt(text, source, start, numberEnd, pos, { value: scaled, unit: unitSpellings[unit] ?? unit, qualifier });
}

/**
 * Whether a unit or multiplier after a space belongs to the number before it: always for a
 * multiplier (121 万元); for a unit only where the number is set off by a space on both
 * sides (申请 21 件), as PDF text writes it, so that 附件1 人员名单 is no count of people.
 */
function spacedUnitAt(text: string, numberStart: number, at: number): boolean {
  if (wordAt(multipliersByFirst, text, at) !== undefined) return true;
  const before = numberStart > 0 ? text.charCodeAt(numberStart - 1) : -1;
  return (before === 0x20 || before === 0x0a || before === -1) && (codeAt(text, at) === 0x25 /* % */ || unitAt(text, at) !== undefined);
}

/** Whether the character at `at` is an ASCII letter or a point (a number right after one is part of a code: A3, v1.2). */
function isLetterOrPointAt(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return isAsciiLetterCode(code) || code === 0x2e;
}

/** The length of a sign written just before a number at `at` (`-3.5%`, `负五`; not the dash of 2020-2021), 0 when there is none. */
function signLength(text: string, at: number): number {
  for (const sign of negativeSigns) if (text.endsWith(sign, at)) return sign.length;
  if (codeAt(text, at - 1) !== 0x2d /* - */) return 0;
  const before = codeAt(text, at - 2);
  return isAsciiDigitCode(before) || isAsciiLetterCode(before) || before === 0x29 /* ) */ || before === 0x5d /* ] */ ? 0 : 1;
}

/** An issue for digits whose grouping is no thousands separator (`1,2345`, `12 34件`): read as no number. */
function ambiguousGrouping(source: string, start: number, end: number): Issue {
  const written = source.slice(start, end);
  return {
    code: "number.ambiguousGrouping",
    severity: "warning",
    path: [],
    message: bilingualMessage(numberAmbiguousGroupingMessage, { input: written }),
    params: { input: written },
    span: { start, end },
  };
}

/**
 * The quantity of a number that fills a table's cell: the one read with its own unit (856件), or
 * else the number in the unit its headers name (行政处罚案件(件) | 856), null when none does; its
 * subject the row's label, its year the column's when that is not the report's. Notes the cell
 * in `cells`, by the number's start, for the classifier.
 */
function inCell(
  text: string,
  source: string,
  start: number,
  numeralEnd: number,
  read: Found | null,
  cell: TableCell,
  reportingYear: number | null,
  cells: Map<number, TableCell>,
): Found | null {
  let found = read;
  if (found === null) {
    if (cell.unit === null) return null;
    const parsed = parseChineseNumber(text.slice(start, numeralEnd));
    if (!parsed.ok) return null;
    const value = cell.unit.factor === "1" ? parsed.value : parsed.value.times(cell.unit.factor);
    if (decimalVerdict(value) !== "ok") return null;
    found = quantityAt(text, source, start, numeralEnd, numeralEnd, { value, unit: cell.unit.unit, qualifier: "exact" });
  }
  cells.set(start, cell);
  const quantity: { -readonly [K in keyof ParsedQuantity]: ParsedQuantity[K] } = Object.assign({}, found.quantity, {
    subject: cell.label,
    quote: source.slice(start, found.end),
  });
  if (cell.year !== null && cell.year !== reportingYear) quantity.year = cell.year;
  return { quantity, end: found.end };
}

/** No posts read (one empty list for every number that states none). */
const noPosts: readonly Found[] = /* @__PURE__ */ Object.freeze([]);

/** The lead post's word, an optional separator, the deputies' number and the deputy post's word (1正4副). */
const postsPattern = /* @__PURE__ */ (() => new RegExp(`^${postWords.lead}[、,,]?(\\d{1,2})${postWords.deputy}`))();

/** 领导职数1正4副: the holders of the leading and deputy posts (the lexicon's `postWords`), in 人. */
function readPosts(text: string, source: string, start: number, end: number): readonly Found[] {
  if (!text.startsWith(postWords.lead, end)) return noPosts;
  const rest = postsPattern.exec(text.slice(end, end + postWords.lead.length + postWords.deputy.length + 3));
  if (!rest?.[1]) return noPosts;
  const deputyStart = end + rest[0].length - postWords.deputy.length - rest[1].length;
  const deputyEnd = end + rest[0].length;
  const lead = parseChineseNumber(text.slice(start, end));
  if (!lead.ok || !lead.value.isInteger() || lead.value.gt(99)) return noPosts;
  const post = (s: number, e: number, value: Decimal, label: string) =>
    quantityAt(text, source, s, e, e, { value, unit: postWords.unit, qualifier: "exact", label });
  return [post(start, end + postWords.lead.length, lead.value, postWords.leadLabel), post(deputyStart, deputyEnd, new Decimal(rest[1]), postWords.deputyLabel)];
}

/**
 * Two lists of quantities in text order merged into one, as a stable sort of the two joined
 * would order them (on the same start, the first list's first): linear, no sort.
 */
function byStart(first: readonly ParsedQuantity[], second: readonly ParsedQuantity[]): ParsedQuantity[] {
  const out: ParsedQuantity[] = [];
  let j = 0;
  for (const q of first) {
    const start = q.span?.start ?? 0;
    while (j < second.length && ((second[j] as ParsedQuantity).span?.start ?? 0) < start) out.push(second[j++] as ParsedQuantity);
    out.push(q);
  }
  while (j < second.length) out.push(second[j++] as ParsedQuantity);
  return out;
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
  return quantitiesIn(source, foldText(source), options);
}

/**
 * `extractQuantities` on a text already folded: `text` is `foldText(source)`, made once by a
 * reader that reads the text in several ways (`parseReport`).
 *
 * @internal
 */
export function quantitiesIn(source: string, text: string, options: ExtractQuantitiesOptions = {}): ExtractedQuantities {
  const marks = protectedRanges(text);
  // The positions are asked in order: the reader walks the ranges once.
  const isProtected = protectedReader(marks);
  const issues: Issue[] = [];
  const found: Found[] = [];
  const reportingYear = options.reportingYear ?? null;
  const cellAt = tableCellReader(text, source, reportingYear);
  /** The figures read in a table's cells, by the start of their number: their row's label is what they measure. */
  const cells = new Map<number, TableCell>();
  /** Where the years the text writes (2022年) start, in order. */
  const yearsAt: number[] = [];
  let i = 0;
  while (i < text.length) {
    const digit = isDigitAt(text, i);
    const numeralStart = digit || isChineseNumeralAt(text, i);
    if (!numeralStart) {
      // On to the next character a number can start with: one look-up per character of the text between numbers.
      do i++;
      while (i < text.length && numberStartCodes[text.charCodeAt(i)] !== 1);
      continue;
    }
    const code = text.charCodeAt(i);
    let numeralEnd = i;
    let percentPrefix = false;
    if (text.startsWith(percentWords.prefix, i)) {
      percentPrefix = true;
      const after = i + percentWords.prefix.length;
      numeralEnd = text.startsWith(percentWords.whole, i) ? i + percentWords.whole.length : isDigitAt(text, after) ? digitRunEnd(text, after) : chineseRunEnd(text, after);
      if (numeralEnd === after) numeralEnd = i;
    } else if (digit && !isDigitAt(text, i - 1) && !isLetterOrPointAt(text, i - 1)) {
      numeralEnd = digitRunEnd(text, i);
    } else if (!digit && !isChineseNumeralAt(text, i - 1)) {
      numeralEnd = chineseRunEnd(text, i);
    } else {
      // Inside a number that was not read (after a letter or a point): skip the rest of it.
      numeralEnd = digit ? digitRunEnd(text, i) : chineseRunEnd(text, i);
      i = Math.max(i + 1, numeralEnd);
      continue;
    }
    // A fixed phrase that starts with a numeral (三项制度, 两个一百年) states no quantity anywhere in it: skipped whole.
    const phrase = digit || percentPrefix ? undefined : wordAt(phrasesByFirst, text, i);
    if (phrase !== undefined) {
      i += phrase.length;
      continue;
    }
    if (numeralEnd > i && !isProtected(i)) {
      const posts = !percentPrefix && isAsciiDigitCode(code) ? readPosts(text, source, i, numeralEnd) : noPosts;
      if (posts.length > 0) {
        found.push(...posts);
        i = posts[posts.length - 1]?.end ?? numeralEnd;
        continue;
      }
      // The upper end of a range (3-5件, 10万-20万元): its dash is no sign.
      const rangeFrom = percentPrefix ? -1 : rangeStart(text, i);
      const start = percentPrefix || rangeFrom >= 0 ? i : i - signLength(text, i);
      const read = readQuantity(text, source, start, i, numeralEnd, percentPrefix, issues);
      // A year (2022年): figureYear looks back for one only when one stands within its reach.
      if (read === null && digit && numeralEnd - i === 4 && text.charCodeAt(numeralEnd) === 0x5e74 /* 年 */) yearsAt.push(i);
      // A number that fills a table's cell takes its unit, label and year from the table's headers.
      const cell = digit && start === i && rangeFrom < 0 ? cellAt(i, read?.end ?? numeralEnd) : null;
      const quantity = cell === null ? read : inCell(text, source, i, numeralEnd, read, cell, reportingYear, cells);
      const oddStart = digit && quantity ? oddGroupStart(text, source, i) : -1;
      if (quantity && rangeFrom >= 0) {
        // A range is no one figure: neither end is read (the lower end, with a unit of its own, was: 3件至5件), with an issue.
        const end = quantity.quantity.span?.end ?? numeralEnd;
        if ((found[found.length - 1]?.quantity.span?.start ?? -1) >= rangeFrom) found.pop();
        issues.push({ ...unreadableNumber(source.slice(rangeFrom, end), "a range, not one number", "是一个范围，不是单个数字"), span: { start: rangeFrom, end } });
        i = Math.max(i + 1, end);
        continue;
      } else if (quantity && oddStart >= 0) {
        issues.push(ambiguousGrouping(source, oddStart, quantity.quantity.span?.end ?? numeralEnd));
      } else if (quantity) {
        found.push(quantity);
        i = Math.max(i + 1, quantity.quantity.span?.end ?? numeralEnd);
        continue;
      }
    }
    i = Math.max(i + 1, numeralEnd);
  }
  // A statement of zero whose phrase a figure read here counts, right after it or after a link word
  // (…；无证经营案件15件, 无证经营案件共15件), says no zero: the phrase is that figure's subject.
  // One loop, not `map`: V8 deoptimised this function at a `map` on an array it had not seen, again
  // on every such call (docs/performance.md, 2026-12-02 evening).
  const figures: ParsedQuantity[] = [];
  const figureStarts = new Set<number | undefined>();
  let year = 0;
  for (const figure of found) {
    // A figure of a year the text names (2022年全区办理…18件, 2022年为18件, 由上年的15%): that year's, not the report's.
    const start = figure.quantity.span?.start ?? 0;
    while (year < yearsAt.length && (yearsAt[year] as number) < start) year++;
    const named = cells.has(start) ? null : figureYear(text, start, reportingYear, year > 0 && (yearsAt[year - 1] as number) >= start - figureYearReach);
    const quantity = named === null || named === reportingYear ? figure.quantity : Object.assign({}, figure.quantity, { year: named });
    figures.push(quantity);
    figureStarts.add(quantity.span?.start);
  }
  const counted = (end: number): boolean => figureStarts.has(end + (subjectLinks.find((word) => text.startsWith(word, end))?.length ?? 0));
  const all = byStart(
    figures,
    zeroStatements(text, marks, source).filter((zero) => zero.span === undefined || !counted(zero.span.end)),
  );
  // Figures in a report's own next-year plan section (2024年工作安排, 下一步打算 …) are targets.
  const plan = planSection(text);
  // A quantity is copied only when its modality changes (most figures of a report are actuals, as they were made).
  const withModality = all.map((q) => {
    // A figure of a year after the report's (a table's column, a sentence opened by 2022年,我局将…) is a target.
    const modality = q.year !== undefined && reportingYear !== null && q.year > reportingYear ? "target" : modalityOf(text, q, options.documentKind, plan);
    return modality === q.modality ? q : { ...q, modality };
  });
  return {
    quantities: options.classify === false ? withModality : classifyFigures(text, withModality, cells),
    issues,
  };
}
