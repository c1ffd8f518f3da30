import { negativeSigns } from "../catalog/lexicon/quantityWords.js";
import { chineseDecimalPoint, chineseDigits, chineseGroupUnits, chineseSmallUnits, multiplierWords } from "../catalog/units.js";
import { bilingualMessage, numberUnreadableMessage } from "../model/parseMessages.js";
import { isAsciiDigit } from "./characters.js";
import { Decimal, compactDecimal, decimalRange, decimalVerdict } from "../model/decimal.js";
import type { Issue } from "../model/issue.js";

/**
 * What `parseChineseNumber` gives: the value, or an issue saying why there is none.
 *
 * @example
 * ```ts
 * const result: NumberParseResult = parseChineseNumber("两千零二十三");
 * if (result.ok) result.value.toString(); //=> "2023"
 * ```
 */
export type NumberParseResult =
  | { readonly ok: true; readonly value: Decimal }
  | { readonly ok: false; readonly issue: Issue };

const fullWidthDigit = /[０-９]/g;
const asciiNumber = /^[+-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．]\d+)?$/;

/**
 * The issue of a number that cannot be read: the one maker of
 * `number.unreadable`, for `parseChineseNumber` and the quantity reader.
 *
 * @internal
 */
export function unreadableNumber(input: string, reason: string, reasonZh: string): Issue {
  const params = { input: input.length > 80 ? `${input.slice(0, 80)}…` : input, reason, reasonZh };
  return { code: "number.unreadable", severity: "error", path: [], message: bilingualMessage(numberUnreadableMessage, params), params };
}

function fail(input: string, reason: string, reasonZh: string): NumberParseResult {
  return { ok: false, issue: unreadableNumber(input, reason, reasonZh) };
}

/** The value read, or an issue when it lies outside the model's `decimalRange` (it would not survive the schema). */
function inRange(input: string, value: Decimal): NumberParseResult {
  // Stored compactly, as the model stores the values it makes: a report keeps every value it read.
  if (decimalVerdict(value) === "ok") return { ok: true, value: compactDecimal(value) };
  const range = `at most ${decimalRange.significantDigits} significant digits, below 1e${decimalRange.maxExponent + 1}`;
  return fail(input, `outside the range of model values (${range})`, "超出可表示的数值范围");
}

/**
 * Reads an integer written with Chinese numerals (ordinary or financial), or gives null.
 * A digit right after a unit above 十 with nothing after it is the next place down, as
 * people say numbers: 一万二 is 12000, 三千五 is 3500, 一百五 is 150 (一万零二, with its
 * 零, is 10002). A 万 group can be written once between 亿s: 三万四万 is no number.
 * A run of ASCII digits stands where a digit does, as pages write numbers in parts (12万3千
 * is 123000, 3千5百万 35000000, 1亿2000万 120000000); after a unit with nothing after it, it
 * fills the places below that unit (12万3000 is 123000) and is no number otherwise (12万3).
 */
function chineseInteger(s: string, whole = true): bigint | null {
  if (s === "") return null;
  const hasUnit = [...s].some((ch) => ch in chineseSmallUnits || ch in chineseGroupUnits);
  if (!hasUnit) {
    // Two or three digits said together without a zero are a rough count (三四件, 两三人: three or four), not a number.
    if (s.length <= 3 && s.length > 1 && ![...s].some((ch) => chineseDigits[ch] === 0)) return null;
    // Digit by digit: 二〇二三 is 2023.
    let value = 0n;
    for (const ch of s) {
      const digit = chineseDigits[ch];
      if (digit === undefined) return null;
      value = value * 10n + BigInt(digit);
    }
    return value;
  }
  let total = 0n; // everything before the last 亿
  let wan = 0n; // the 万 group
  let section = 0n; // below 万
  let digit: bigint | null = null;
  let lastSmall = 10000n; // small units must fall within a section: 千 > 百 > 十
  let seenAnything = false;
  let unitBefore = 0n; // the unit just before the current digit (0 after a digit or 零)
  let trailingPlace = 1n; // the place of a last digit said without its unit (一万二)
  let unfilled = false; // the number ends in a run of ASCII digits that does not fill the places below the unit before it
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (isAsciiDigit(ch)) {
      let end = i + 1;
      while (isAsciiDigit(s.charAt(end))) end++;
      if (digit !== null) return null;
      unfilled = unitBefore > 1n && end - i !== unitBefore.toString().length - 1;
      digit = BigInt(s.slice(i, end));
      trailingPlace = 1n;
      unitBefore = 0n;
      seenAnything = true;
      i = end - 1;
      continue;
    }
    unfilled = false;
    const d = chineseDigits[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0n && d !== 0) return null; // 二三百: a range, not a number
      trailingPlace = d !== 0 && unitBefore > 10n ? unitBefore / 10n : 1n;
      unitBefore = 0n;
      digit = d === 0 ? null : BigInt(d);
      seenAnything = true;
      continue;
    }
    trailingPlace = 1n;
    const small = chineseSmallUnits[ch];
    if (small !== undefined) {
      const unit = BigInt(small);
      if (unit >= lastSmall) return null; // 十十, 百千
      // A leading 十 means 一十 (十二 is 12); elsewhere a unit needs its digit.
      if (digit === null && (seenAnything || unit !== 10n)) return null;
      section += (digit ?? 1n) * unit;
      digit = null;
      lastSmall = unit;
      unitBefore = unit;
      seenAnything = true;
      continue;
    }
    const group = chineseGroupUnits[ch];
    if (group === undefined) return null;
    const groupValue = section + (digit ?? 0n);
    if (group === 8) {
      // 一万亿零一亿: each 亿 multiplies what came since the last one.
      const before = wan + groupValue;
      if (before === 0n) return null;
      total += before * 100000000n;
      wan = 0n;
      unitBefore = 100000000n;
    } else {
      if ((groupValue === 0n && wan === 0n) || wan !== 0n) return null; // 万 alone, or 三万四万
      wan = groupValue * 10000n;
      unitBefore = 10000n;
    }
    section = 0n;
    digit = null;
    lastSmall = 10000n;
    seenAnything = true;
  }
  // 一万二点五 is no way to write a number: the said-without-unit digit ends a whole number only.
  if (trailingPlace > 1n && !whole) return null;
  if (unfilled) return null; // 12万3: the digits after 万 do not fill its places
  return total + wan + section + (digit ?? 0n) * trailingPlace;
}

/** Reads the fraction after 点 digit by digit (零点五 is 0.5). */
function chineseFraction(s: string): string | null {
  let digits = "";
  for (const ch of s) {
    const digit = chineseDigits[ch];
    if (digit === undefined) return null;
    digits += String(digit);
  }
  return digits === "" ? null : digits;
}

/** One ASCII digit or more and nothing else (at most 400: longer is no one number). */
const plainDigits = /^\d{1,400}$/;

/**
 * Reads a number as Chinese reports write it: ASCII or full-width digits with
 * thousands separators (`1,286`, `1，286`) and decimals; Chinese numerals
 * (`十二`, `二百三十六`, `一千零五十`, `两百`, `两千零二十三`, `一亿零二百万`,
 * `零点五`, `二〇二三`), as people say them (`一万二` is 12000, `三千五` is 3500),
 * and with a sign (`负五`, `-3.5`); financial numerals (`壹万贰仟叁佰`); and digits
 * with a multiplier word (`3.2万`, `1.19万`, `12.5亿`) or written in parts (`12万3千`,
 * `1亿2000万`, `12万3000`). What is not one number
 * (`二三百`, a range; `三万四万`) is refused, never read as another. Gives a `Decimal`, or an issue
 * (code `number.unreadable`) saying why the text is not one number. Runs in
 * time linear in the input.
 *
 * @example
 * ```ts
 * parseChineseNumber("两百");            // { ok: true, value: 200 }
 * parseChineseNumber("一亿零二百万");    // { ok: true, value: 102000000 }
 * parseChineseNumber("3.2万");           // { ok: true, value: 32000 }
 * const result = parseChineseNumber("一万二");
 * result.ok && result.value.toString(); //=> "12000"
 * parseChineseNumber("三万四万").ok;     //=> false
 * parseChineseNumber("二三百").ok;       //=> false (a range, not a number)
 * ```
 */
export function parseChineseNumber(input: string): NumberParseResult {
  if (typeof input !== "string") return fail(String(input), "not a string", "不是字符串");
  // Plain ASCII digits (most figures): what the general path below would read, without its passes.
  if (plainDigits.test(input)) {
    // Up to 7 digits: decimal.js's number path, one word in a list of its own; always in range.
    if (input.length <= 7) return { ok: true, value: new Decimal(Number(input)) };
    return inRange(input, new Decimal(input));
  }
  const s = input.trim().replace(fullWidthDigit, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (s === "") return fail(input, "empty", "为空");
  if (s.length > 400) return fail(input, "too long to be one number", "过长，不是单个数字");
  if (asciiNumber.test(s)) {
    return inRange(input, new Decimal(s.replace(/[,，]/g, "").replace("．", ".")));
  }
  // Digits followed by multiplier words: 3.2万, 12.5亿, 1.2万亿 (with digits after a word, a number in parts: below).
  const mixed = /^([+-]?\d+(?:[.．]\d+)?)(\D+)$/.exec(s);
  if (mixed) {
    let rest = mixed[2] ?? "";
    let value = new Decimal((mixed[1] ?? "").replace("．", "."));
    while (rest !== "") {
      const word = multiplierWords.find((m) => rest.startsWith(m.word));
      if (!word) return fail(input, `unexpected ${JSON.stringify(rest)} after the digits`, `数字后有无法识别的“${rest}”`);
      value = value.times(word.factor);
      rest = rest.slice(word.word.length);
    }
    return inRange(input, value);
  }
  const sign = negativeSigns.find((word) => s.startsWith(word)) ?? "";
  const body = s.slice(sign.length);
  const at = body.indexOf(chineseDecimalPoint);
  const integerPart = at < 0 ? body : body.slice(0, at);
  const integer = chineseInteger(integerPart, at < 0);
  if (integer === null) return fail(input, "not a well-formed numeral", "不是规范的数字写法");
  let text = integer.toString();
  if (at >= 0) {
    const fraction = chineseFraction(body.slice(at + 1));
    if (fraction === null) return fail(input, "no digits after 点", "“点”后没有数字");
    text += `.${fraction}`;
  }
  return inRange(input, new Decimal(sign ? `-${text}` : text));
}
