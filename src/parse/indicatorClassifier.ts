import { indicators } from "../catalog/indicators.js";
import { type UnitKind, multiplierWords, sameMeasure, unitKindOf } from "../catalog/units.js";
import { Decimal } from "../model/decimal.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { clauseEnd, clauseStart } from "./clause.js";
import { zeroIndicators } from "./quantityWords.js";

interface Signal {
  readonly indicator: IndicatorCode;
  readonly unitKind: UnitKind | undefined;
  /** The words of the signal, in order, without a final unit. */
  readonly parts: readonly string[];
  /** The signal's final unit word as written (`件`, `万元`) and its unit without the multiplier (`元`), if it ends with one. */
  readonly unitWord: { readonly written: string; readonly unit: string } | null;
}

/** A word's unit without a leading multiplier (`万元` → `元`), if the catalog knows it as a unit. */
function unitOfWord(word: string): string | null {
  const multiplier = multiplierWords.find((m) => word.startsWith(m.word));
  const unit = multiplier ? word.slice(multiplier.word.length) : word;
  return unitKindOf(unit) === undefined ? null : unit;
}

function compile(): readonly Signal[] {
  const signals: Signal[] = [];
  for (const indicator of indicators) {
    for (const signal of indicator.signals) {
      const parts = signal.split("…").map((part) => part.trim()).filter((part) => part !== "");
      const last = parts[parts.length - 1];
      const unit = last !== undefined && parts.length > 1 ? unitOfWord(last) : null;
      signals.push({
        indicator: indicator.code,
        unitKind: unitKindOf(indicator.unit),
        parts: unit === null ? parts : parts.slice(0, -1),
        unitWord: unit === null || last === undefined ? null : { written: last, unit },
      });
    }
  }
  return signals;
}

const signals: readonly Signal[] = /* @__PURE__ */ compile();

/** Phrases that make a figure somebody else's or shared (代表市政府, 联合公安交警). */
const notOwn = /代表(?:市|区|县|省|州)?(?:人民)?政府|联合[^,,;;。]{0,6}?(?:公安|交警|交管|税务|海关|法院|检察|市场监管|城管|住建|生态环境|应急)/;

interface Match {
  readonly indicator: IndicatorCode;
  readonly distance: number;
  readonly length: number;
}

/** The text around a number that signals are looked for in, bounded so that classifying stays linear. */
interface Window {
  /** text[sentenceStart, ownEnd) */
  readonly text: string;
  /** Where the window starts in the document. */
  readonly offset: number;
  /** The current clause, relative to the window. */
  readonly ownStart: number;
  readonly ownEnd: number;
  /** The number's span, relative to the window. */
  readonly start: number;
  readonly end: number;
}

function windowOf(text: string, start: number, end: number): Window {
  const offset = clauseStart(text, start, true);
  const ownEnd = Math.min(clauseEnd(text, end), end + 16);
  return {
    text: text.slice(offset, ownEnd),
    offset,
    ownStart: clauseStart(text, start) - offset,
    ownEnd: ownEnd - offset,
    start: start - offset,
    end: end - offset,
  };
}

/** The occurrence of `word` in the current clause nearest to the number, as [start, distance]. */
function nearest(w: Window, word: string): [number, number] | null {
  let best: [number, number] | null = null;
  let at = w.text.indexOf(word, w.ownStart);
  while (at >= 0 && at + word.length <= w.ownEnd) {
    const wordEnd = at + word.length;
    const distance = wordEnd <= w.start ? w.start - wordEnd : at >= w.end ? at - w.end : 0;
    if (best === null || distance < best[1]) best = [at, distance];
    at = w.text.indexOf(word, at + 1);
  }
  return best;
}

function match(w: Window, quantity: ParsedQuantity, kind: UnitKind | undefined, signal: Signal): Match | null {
  if (signal.unitKind !== undefined && signal.unitKind !== kind) return null;
  const unitWord = signal.unitWord;
  if (unitWord && !quantity.number.endsWith(unitWord.written) && !sameMeasure(unitWord.unit, quantity.unit)) return null;
  const last = signal.parts[signal.parts.length - 1];
  if (last === undefined) return null;
  const found = nearest(w, last);
  if (!found) return null;
  const [lastAt, distance] = found;
  if (distance > (lastAt >= w.end ? 12 : 10)) return null;
  // Earlier words: in order, each before the next, within the sentence.
  let limit = lastAt;
  let length = last.length;
  for (let k = signal.parts.length - 2; k >= 0; k--) {
    const word = signal.parts[k] ?? "";
    const at = limit - word.length < 0 ? -1 : w.text.lastIndexOf(word, limit - word.length);
    if (at < 0) return null;
    limit = at;
    length += word.length;
  }
  return { indicator: signal.indicator, distance, length };
}

/**
 * Gives each quantity the catalog indicator it measures, or `null`: the
 * catalog's signal phrases are matched around the number (the nearest signal
 * word wins, then the longest signal), units must fit the indicator, figures
 * reported on another's behalf (代表市政府) or jointly (联合公安交警) are not the
 * agency's own and get `null`, and the parts of a breakdown (a total and parts
 * that add up to it, or figures after 其中) are not counted a second time.
 *
 * @example
 * ```ts
 * const { quantities } = extractQuantities("罚款121万元", { classify: false });
 * classifyIndicators("罚款121万元", quantities)[0]?.indicator; //=> "enforcement.fineAmount"
 * ```
 */
export function classifyIndicators(text: string, quantities: readonly ParsedQuantity[]): ParsedQuantity[] {
  const classified = quantities.map((quantity) => {
    const span = quantity.span;
    if (!span) return quantity;
    if (notOwn.test(text.slice(clauseStart(text, span.start), span.start))) return { ...quantity, indicator: null };
    const w = windowOf(text, span.start, span.end);
    const kind = unitKindOf(quantity.unit);
    let best: Match | null = null;
    for (const signal of signals) {
      const m = match(w, quantity, kind, signal);
      if (m && (best === null || m.length > best.length || (m.length === best.length && m.distance < best.distance))) {
        best = m;
      }
    }
    const indicator = best?.indicator ?? (quantity.unit === "%" ? rateByNoun(text, span.start) : zeroIndicator(quantity));
    return { ...quantity, indicator };
  });
  return withoutRepeats(withoutBreakdowns(text, classified));
}

/** Rate indicators, each with the signal words and name that end in 率. */
const rateWords: readonly (readonly [IndicatorCode, readonly string[]])[] = /* @__PURE__ */ (() =>
  indicators
  .filter((indicator) => indicator.unit === "%")
  .map((indicator) => [indicator.code, [...indicator.signals, indicator.nameZh].filter((word) => word.endsWith("率"))]))();

/**
 * A rate without a matching signal, read by the noun before it: 行政机关出庭率
 * ends in 出庭率, which only 负责人出庭率 (litigation.headAppearanceRate) also
 * ends in. Only a noun that fits exactly one rate indicator counts.
 */
function rateByNoun(text: string, start: number): IndicatorCode | null {
  const before = text.slice(Math.max(0, start - 12), start).replace(/(?:达到|达|为|是|均)$/, "");
  const noun = /([\u4e00-\u9fa5]{2})率$/.exec(before)?.[0];
  if (noun === undefined) return null;
  const fits = rateWords.filter(([, words]) => words.some((word) => word.endsWith(noun)));
  return fits.length === 1 ? (fits[0]?.[0] ?? null) : null;
}

/** The indicator a statement of zero counts, by its key words. */
function zeroIndicator(quantity: ParsedQuantity): IndicatorCode | null {
  if (!quantity.value.isZero() || quantity.quote !== quantity.number) return null;
  return zeroIndicators.find(([word]) => quantity.number.includes(word))?.[1] ?? null;
}

/** A figure stated again in the same document (same indicator, value and unit) is taken as the same fact: counted once. */
function withoutRepeats(quantities: ParsedQuantity[]): ParsedQuantity[] {
  const seen = new Set<string>();
  return quantities.map((q) => {
    if (q.indicator === null || q.value.isZero()) return q;
    const key = `${q.indicator}|${q.value.toString()}|${q.unit}`;
    if (seen.has(key)) return { ...q, indicator: null };
    seen.add(key);
    return q;
  });
}

/** Sets the parts of a breakdown to `null`: parts that add up to a stated total of the same indicator, and figures after 其中. */
function withoutBreakdowns(text: string, quantities: ParsedQuantity[]): ParsedQuantity[] {
  // Figures of one indicator and unit within one sentence.
  const groups = new Map<string, number[]>();
  quantities.forEach((q, index) => {
    if (q.indicator === null || !q.span) return;
    const key = `${clauseStart(text, q.span.start, true)}|${q.indicator}|${q.unit}`;
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  const parts = new Set<number>();
  for (const members of groups.values()) {
    for (const [k, index] of members.entries()) {
      const q = quantities[index];
      if (!q) continue;
      // A total whose other figures (two or more) add up to it: they are its parts.
      const others = members.filter((j) => j !== index);
      const sum = others.reduce((acc, j) => acc.plus(quantities[j]?.value ?? 0), new Decimal(0));
      if (others.length >= 2 && sum.equals(q.value)) for (const j of others) parts.add(j);
      // A figure after 其中, once the indicator has been stated in the sentence.
      if (k > 0 && q.span && text.slice(clauseStart(text, q.span.start), q.span.start).includes("其中")) parts.add(index);
    }
  }
  return quantities.map((q, index) => (parts.has(index) ? { ...q, indicator: null } : q));
}
