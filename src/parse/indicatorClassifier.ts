import { indicators } from "../catalog/indicators.js";
import { breakdownWords, objectMarkers, sharedFigureWords } from "../catalog/lexicon/figureContext.js";
import { fittingUnits } from "../catalog/indicatorUnits.js";
import { multiplierWords, sameMeasure, spelledUnit, unitKindOf, units } from "../catalog/units.js";
import { Decimal } from "../model/decimal.js";
import type { Indicator } from "../model/indicator.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { clauseEnd, clauseStart, namingClauseStart } from "./clause.js";
import { frameVerbAt, isChange, isChangeTo, isComparisonBase, isOthersFigure, isSessionLabel, isStartingLevel, objectReach } from "./figureGuards.js";
import { isParallelClause } from "./parallelClause.js";
import { rateByNoun, rateOfRespectiveList } from "./rateNouns.js";
import { foldText } from "./foldText.js";
import { codeTable, sentenceEnds } from "./characters.js";
import type { TableCell } from "./tableCells.js";

interface Signal {
  readonly indicator: Indicator;
  /** The words of the signal, in order, without a final unit. */
  readonly parts: readonly string[];
  /** A bare rate word or verb (办结率, 办结…件): it counts only with one of its indicator's `objects` in the sentence. */
  readonly bare: boolean;
  /** The UTF-16 code of the last word's first character (-1 without words): a signal whose last word cannot be in the clause is not tried. */
  readonly lastCode: number;
}

/** A word's unit without a leading multiplier (`万元` → `元`), if the catalog knows it as a unit. */
function unitOfWord(word: string): string | null {
  const multiplier = multiplierWords.find((m) => word.startsWith(m.word));
  const unit = multiplier ? word.slice(multiplier.word.length) : word;
  return unitKindOf(unit) === undefined ? null : unit;
}

/** A single word of at most three characters (办结率, 公开率, 办结…件): a rate or a verb that names no object of its own. */
const isBareWord = (parts: readonly string[]): boolean => parts.length === 1 && (parts[0] ?? "").length <= 3;

function compile(): readonly Signal[] {
  const signals: Signal[] = [];
  for (const indicator of indicators) {
    for (const signal of indicator.signals) {
      const parts = signal.split("…").map((part) => part.trim()).filter((part) => part !== "");
      const last = parts[parts.length - 1];
      const unit = last !== undefined && parts.length > 1 ? unitOfWord(last) : null;
      // A final unit word (执法人员…名) says which figures the signal is about; the unit guard (fitsUnit) checks that.
      const words = unit === null ? parts : parts.slice(0, -1);
      signals.push({
        indicator,
        parts: words,
        bare: isBareWord(words) && indicator.objects.length > 0,
        lastCode: words.length === 0 ? -1 : (words[words.length - 1] ?? "").charCodeAt(0),
      });
    }
  }
  return signals;
}

/**
 * The signals of each indicator, in catalog order (the order matches are tried in), with the
 * units that fit the indicator (`fittingUnits`: the unit-group guard `fitsUnit` as a set, one
 * look-up per indicator and unit).
 */
const signalsByIndicator: readonly { readonly indicator: Indicator; readonly fitting: ReadonlySet<string>; readonly signals: readonly Signal[] }[] =
  /* @__PURE__ */ (() => {
    const map = new Map<Indicator, Signal[]>();
    for (const signal of compile()) {
      const own = map.get(signal.indicator);
      if (own) own.push(signal);
      else map.set(signal.indicator, [signal]);
    }
    // The units that fit an indicator, one set per distinct list of units (shared by the indicators counted alike).
    const sets = new Map<string, ReadonlySet<string>>();
    return [...map].map(([indicator, own]) => {
      const units = [indicator.unit, ...indicator.otherUnits].join("\u0000");
      const fitting = sets.get(units) ?? fittingUnits(indicator);
      sets.set(units, fitting);
      return { indicator, fitting, signals: own };
    });
  })();

/** The signals of the indicators a unit fits (the unit-group guard), in catalog order: one check per indicator, not per signal. */
function signalsOfUnit(unit: string): readonly Signal[] {
  const found: Signal[] = [];
  const spelled = spelledUnit(unit);
  for (const { fitting, signals } of signalsByIndicator) if (fitting.has(spelled)) for (const signal of signals) found.push(signal);
  return found;
}

/** `signalsOfUnit` of every unit of the catalog (every unit a quantity the reader finds has), worked out once. */
const signalsByUnit: ReadonlyMap<string, readonly Signal[]> = /* @__PURE__ */ (() => new Map(units.map(({ unit }) => [unit, signalsOfUnit(unit)])))();

interface Match {
  readonly indicator: IndicatorCode;
  readonly distance: number;
  readonly length: number;
}

/** The text around a number that signals are looked for in, bounded so that classifying stays linear. */
interface Window {
  /** text[sentenceStart, ownEnd) */
  readonly text: string;
  /** The current clause (or, for a rate shared by a list, the sentence), relative to the window. */
  readonly ownStart: number;
  readonly ownEnd: number;
  /** The number's span, relative to the window. */
  readonly start: number;
  readonly end: number;
  /** Where the verb of an object construction (对N件…进行审查) is, relative to the window: signals must end at or after it; 0 when none. */
  readonly frameAt: number;
  /** The whole text and where the number starts in it: a bare signal's object is looked for past semicolons there. */
  readonly whole: string;
  readonly position: number;
}

/** How far past a figure an object construction's list of objects (对N件A、B等进行V) is read for its verb, in characters. */
const objectListReach = 40;

/**
 * The end of the clause of an object construction's objects when they are a list (对215件重大行政决策、合同等进行合法性审查):
 * the clause read past each 、 that no figure follows, within `objectListReach`; else `ends`, the figure's own clause end.
 */
function objectListEnd(text: string, end: number, ends: number): number {
  if (text.charCodeAt(ends) !== 0x3001 /* 、 */) return ends;
  const limit = Math.min(text.length, end + objectListReach);
  let at = ends;
  while (at < limit && text.charCodeAt(at) === 0x3001) {
    const next = clauseEnd(text, at + 1);
    for (let i = at + 1; i < next; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x30 && code <= 0x39) return ends;
    }
    at = Math.min(next, limit);
  }
  return at;
}

function windowOf(text: string, start: number, end: number, shared: boolean): Window {
  const offset = clauseStart(text, start, true);
  // A label and its colon name the figure after them (行政处罚案件数:856件).
  const ownStart = namingClauseStart(text, start);
  const frameFrom = Math.max(ownStart, start - objectReach);
  const clauseEnds = clauseEnd(text, end);
  const objects = objectMarkers.some((marker) => text.slice(frameFrom, start).includes(marker));
  const listEnd = objects ? objectListEnd(text, end, clauseEnds) : clauseEnds;
  const ownEnd = listEnd === clauseEnds ? Math.min(clauseEnds, end + 16) : listEnd;
  const windowText = text.slice(offset, ownEnd);
  return {
    text: windowText,
    ownStart: shared ? 0 : ownStart - offset,
    ownEnd: ownEnd - offset,
    start: start - offset,
    end: end - offset,
    frameAt: frameVerbAt(windowText, frameFrom - offset, start - offset, end - offset),
    whole: text,
    position: start,
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

function match(w: Window, signal: Signal): Match | null {
  if (signal.bare && !signal.indicator.objects.some((object) => w.text.includes(object))) {
    // Its object may stand before a semicolon (…行政复议申请43件;…直接纠错率14.3%).
    const before = w.whole.slice(periodStart(w.whole, w.position), w.position);
    if (!signal.indicator.objects.some((object) => before.includes(object))) return null;
  }
  const last = signal.parts[signal.parts.length - 1];
  if (last === undefined) return null;
  const found = nearest(w, last);
  if (!found) return null;
  const [lastAt, nearestDistance] = found;
  // In an object construction the signal follows the verb: how far from the verb, the objects between.
  const distance = w.frameAt > 0 && lastAt >= w.frameAt ? lastAt - w.frameAt : nearestDistance;
  if (distance > (lastAt >= w.end ? 12 : 10) || lastAt < w.frameAt) return null;
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
  return { indicator: signal.indicator.code, distance, length };
}

/**
 * Which characters a clause holds, roughly and cheaply: a table of 4096 slots, each character of
 * the clause marking the slot of its code's last twelve bits with the clause's number. A slot
 * not marked means no character of that slot is in the clause; a marked one may be another
 * character's (then the signal is tried and found absent). One table per call, made once.
 */
class ClauseCharacters {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private clause = 0;

  /**
   * A table for a text of `length` characters: 4,096 slots, or as few as the text needs when it is short
   * (the table is made for every text, and a short text's would cost more to make than to use).
   */
  constructor(length: number) {
    let size = 64;
    while (size < length && size < 4096) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Marks the characters of `text` in [from, to) as those of a new clause (a window is short: bounded by `windowOf`). */
  read(text: string, from: number, to: number): void {
    this.clause++;
    for (let i = from; i < to; i++) this.slots[text.charCodeAt(i) & this.mask] = this.clause;
  }

  /** Whether the clause may hold the character `code` (false: it does not). */
  mayHold(code: number): boolean {
    return this.slots[code & this.mask] === this.clause;
  }
}

/** The longer signal, then the nearer: a verb frame (组织…执法人员…培训) over a bare noun (执法人员). */
const longer = (m: Match, best: Match): boolean => m.length > best.length || (m.length === best.length && m.distance < best.distance);
/** The nearer signal, then the longer: for a figure shared by a list of rates, the rate named nearest to it. */
const nearer = (m: Match, best: Match): boolean => m.distance < best.distance || (m.distance === best.distance && m.length > best.length);

/**
 * Gives each quantity the catalog indicator it measures, or `null`.
 *
 * - The catalog's signal phrases (the measured noun, its synonyms and verb
 *   forms) are matched around the number: the longest signal wins (a verb
 *   frame such as 组织…执法人员…培训 over the bare noun 执法人员), then the one
 *   nearest to the number. A statement of zero (未发生行政复议案件) is read by
 *   the catalog's zero words.
 * - Unit-group guard: a code only when the quantity's unit is one the
 *   indicator is counted in (`fitsUnit`), so 7个工作日内 and other time limits
 *   measure nothing; session labels (十届十次全会), differences from another
 *   period (同比增加200件) and the level a change starts from (由上年的15%降至8%)
 *   get `null` too; a level of a named period another figure is compared
 *   with (受理申请15件,较2022年的9件增长66.7%) measures what that figure does, as
 *   does the figure of the second of two parallel clauses of two periods that
 *   leaves out what is counted (2022年办理行政复议案件18件,2023年办理23件).
 * - A bare rate word or verb (办结率, 办结…件) counts only with one of its
 *   indicator's objects (建议, 提案) in the sentence; in an object construction
 *   (对3起…案件进行集体讨论) only a signal at or after the verb counts.
 * - One indicator per figure: a figure shared by a list of rates
 *   (纠错率、败诉率均为0) gets the nearest catalog rate of the list; figures
 *   paired with a list by 分别 (纠错率、败诉率分别为5%、3%) take the rates in order.
 * - Figures reported on another's behalf (代表市政府) or jointly (联合公安交警)
 *   are not the agency's own; the parts of a breakdown (a total and parts that
 *   add up to it, or figures after 其中) and a figure stated again are not
 *   counted a second time.
 *
 * @example
 * ```ts
 * const { quantities } = extractQuantities("罚款121万元", { classify: false });
 * classifyIndicators("罚款121万元", quantities)[0]?.indicator; //=> "enforcement.fineAmount"
 * ```
 */
export function classifyIndicators(text: string, quantities: readonly ParsedQuantity[]): ParsedQuantity[] {
  return classifyFigures(text, quantities);
}

/**
 * `classifyIndicators`, with the figures read in a table's cells by the start of their number
 * (`cells`, from `quantitiesIn`): their row's label is what they measure.
 *
 * @internal
 */
export function classifyFigures(text: string, quantities: readonly ParsedQuantity[], cells?: ReadonlyMap<number, TableCell>): ParsedQuantity[] {
  const present = new ClauseCharacters(text.length);
  /** The last level a change starts from (由上年的18件): where it ends, its unit, and what it measures. */
  let level: { readonly end: number; readonly unit: string; readonly indicator: IndicatorCode | null } | null = null;
  /** A figure's indicator, given the figure before it as classified (`compared`). */
  function classifyFigure(quantity: ParsedQuantity, compared: ParsedQuantity | null): ParsedQuantity {
    const span = quantity.span;
    if (!span) return quantity;
    const cell = cells?.get(span.start);
    if (cell !== undefined) return withIndicator(quantity, cell.change || cell.others ? null : cellIndicator(present, foldText(cell.label), quantity));
    const clause = text.slice(clauseStart(text, span.start), span.start);
    // The level a change reaches (由…的18件增加到23件) measures what its starting level does.
    const from = level;
    level = null;
    if (from !== null && from.indicator !== null && from.unit === quantity.unit && isChangeTo(text, from.end, span.start)) {
      return withIndicator(quantity, from.indicator);
    }
    if (isOthersFigure(clause) || isChange(clause) || isSessionLabel(text, span.start, span.end)) return withIndicator(quantity, null);
    if (isStartingLevel(clause)) {
      // Another period's figure: its own only when the text names its year (由2022年的18件, 由上年的).
      const indicator = signalIndicator(text, quantity, span, clause, present);
      level = { end: span.end, unit: quantity.unit, indicator };
      return withIndicator(quantity, quantity.year === undefined ? null : indicator);
    }
    if (quantity.year !== undefined && isComparisonBase(clause) && isComparedWith(text, span.start, quantity, compared)) {
      return withIndicator(quantity, compared?.indicator ?? null);
    }
    // The second of two parallel clauses (2022年办理行政复议案件18件,2023年办理23件) counts what the first does.
    if (compared?.span !== undefined && isOtherPeriodInMeasure(quantity, compared) && isParallelClause(text, compared.span, span.start)) {
      return withIndicator(quantity, compared.indicator);
    }
    return withIndicator(quantity, signalIndicator(text, quantity, span, clause, present));
  }
  /** The figure before, as classified: a level it is compared with (,较2022年的9件) measures what it does. */
  let previous: ParsedQuantity | null = null;
  const classified = quantities.map((quantity) => {
    const compared = previous;
    previous = classifyFigure(quantity, compared);
    return previous;
  });
  return withoutRepeats(withoutBreakdowns(text, classified));
}

/**
 * Whether `compared`, the figure before the level of a named period at `start` (受理申请15件,较2022年的9件),
 * is the one it is compared with: in its sentence, with an indicator, of another period, counted in
 * the same measure (件 and 起 of cases; not 人).
 */
function isComparedWith(text: string, start: number, level: ParsedQuantity, compared: ParsedQuantity | null): boolean {
  if (compared?.span === undefined || !isOtherPeriodInMeasure(level, compared)) return false;
  return clauseStart(text, start, true) <= compared.span.start;
}

/** Whether `other`, a figure with an indicator, is of another period than `figure` and counted in the same measure (件 and 起 of cases). */
function isOtherPeriodInMeasure(figure: ParsedQuantity, other: ParsedQuantity): boolean {
  return other.indicator !== null && other.year !== figure.year && sameMeasure(other.unit, figure.unit);
}

/** What ends a sentence past its semicolons: 。 ! ? and a line break. */
const fullStopCodes: Uint8Array = /* @__PURE__ */ codeTable([...sentenceEnds].filter((mark) => mark !== ";" && mark !== "；"));

/** How far back a bare signal's object is looked for, past semicolons, in characters. */
const objectSentenceReach = 200;

/** The start of the text's sentence around `position` taken to its full stop or line break (past semicolons), at most `objectSentenceReach` back. */
function periodStart(text: string, position: number): number {
  const limit = Math.max(0, position - objectSentenceReach);
  for (let i = position - 1; i >= limit; i--) if (fullStopCodes[text.charCodeAt(i)] === 1) return i + 1;
  return limit;
}

/** The indicator the words around a figure signal (a statement of zero's, a listed rate's, the catalog's signals'), or null. */
function signalIndicator(
  text: string,
  quantity: ParsedQuantity,
  span: { readonly start: number; readonly end: number },
  clause: string,
  present: ClauseCharacters,
): IndicatorCode | null {
  const zero = zeroIndicator(quantity);
  if (zero !== null) return zero;
  const respective = quantity.unit === "%" ? rateOfRespectiveList(text, span.start) : undefined;
  if (respective !== undefined) return respective;
  const shared = quantity.unit === "%" && sharedFigureWords.some((word) => clause.includes(word));
  const best = bestSignal(windowOf(text, span.start, span.end, shared), quantity.unit, present, shared);
  return best?.indicator ?? (quantity.unit === "%" ? rateByNoun(text, span.start) : null);
}

/**
 * The catalog's signal of a figure's unit that matches best in its window: the longest (or, for a
 * rate several figures share, the nearest), or null.
 */
function bestSignal(w: Window, unit: string, present: ClauseCharacters, shared: boolean): Match | null {
  present.read(w.text, w.ownStart, w.ownEnd);
  let best: Match | null = null;
  for (const signal of signalsByUnit.get(unit) ?? signalsOfUnit(unit)) {
    // A signal's last word is looked for in the clause: not at all when its first character is not there.
    if (!present.mayHold(signal.lastCode)) continue;
    const m = match(w, signal);
    if (m && (best === null || (shared ? nearer(m, best) : longer(m, best)))) best = m;
  }
  return best;
}

/**
 * The indicator of a figure in a table's cell: its row's label read as the words right before it
 * (行政处罚案件 | 856 as 行政处罚案件856), the signals matched as in prose.
 */
function cellIndicator(present: ClauseCharacters, label: string, quantity: ParsedQuantity): IndicatorCode | null {
  const text = `${label}${quantity.number}`;
  const w: Window = { text, ownStart: 0, ownEnd: text.length, start: label.length, end: text.length, frameAt: 0, whole: text, position: label.length };
  return bestSignal(w, quantity.unit, present, false)?.indicator ?? null;
}

/** The quantity with `indicator`: itself when it has it already (most figures of a text have none, as they were read). */
function withIndicator(quantity: ParsedQuantity, indicator: IndicatorCode | null): ParsedQuantity {
  return quantity.indicator === indicator ? quantity : { ...quantity, indicator };
}

/**
 * The indicator a statement of zero counts, by the zero words of the catalog:
 * the word that ends last in the statement names its head (行政复议案件被纠错
 * is about corrections, not cases), the longer on a tie.
 */
function zeroIndicator(quantity: ParsedQuantity): IndicatorCode | null {
  if (!quantity.value.isZero() || quantity.quote !== quantity.number) return null;
  let best: { code: IndicatorCode; end: number; length: number } | null = null;
  for (const indicator of indicators) {
    for (const word of indicator.zeroWords) {
      const at = quantity.number.lastIndexOf(word);
      if (at < 0) continue;
      const end = at + word.length;
      if (best === null || end > best.end || (end === best.end && word.length > best.length)) {
        best = { code: indicator.code, end, length: word.length };
      }
    }
  }
  return best?.code ?? null;
}

/** A figure stated again in the same document (same indicator, value and unit) is taken as the same fact: counted once. */
function withoutRepeats(quantities: ParsedQuantity[]): ParsedQuantity[] {
  const seen = new Set<string>();
  return quantities.map((q) => {
    if (q.indicator === null || q.value.isZero()) return q;
    const key = `${q.indicator}|${q.value.toString()}|${q.unit}|${q.year ?? ""}`;
    if (seen.has(key)) return { ...q, indicator: null };
    seen.add(key);
    return q;
  });
}

/** How far after a stated total a breakdown (其中…) of it is looked for, in characters. */
const breakdownReach = 100;

/** Sets the parts of a breakdown to `null`: parts that add up to a stated total of the same indicator, and figures after 其中. */
function withoutBreakdowns(text: string, quantities: ParsedQuantity[]): ParsedQuantity[] {
  // Figures of one indicator and unit within one sentence.
  const groups = new Map<string, number[]>();
  quantities.forEach((q, index) => {
    if (q.indicator === null || !q.span) return;
    const key = `${clauseStart(text, q.span.start, true)}|${q.indicator}|${q.unit}|${q.year ?? ""}`;
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  const parts = new Set<number>();
  for (const members of groups.values()) {
    for (const index of members) {
      const q = quantities[index];
      if (!q) continue;
      // A total whose other figures (two or more) add up to it: they are its parts.
      const others = members.filter((j) => j !== index);
      const sum = others.reduce((acc, j) => acc.plus(quantities[j]?.value ?? 0), new Decimal(0));
      if (others.length >= 2 && sum.equals(q.value)) for (const j of others) parts.add(j);
    }
  }
  // A figure after 其中 (in its sentence or the next), once the indicator has been stated just before.
  const totals = new Map<string, number>();
  quantities.forEach((q, index) => {
    if (q.indicator === null || !q.span) return;
    const key = `${q.indicator}|${q.unit}|${q.year ?? ""}`;
    const totalEnd = totals.get(key);
    if (totalEnd !== undefined && q.span.start - totalEnd <= breakdownReach) {
      const between = text.slice(totalEnd, q.span.start);
      if (breakdownWords.some((word) => between.includes(word))) {
        parts.add(index);
        return;
      }
    }
    totals.set(key, q.span.end);
  });
  return quantities.map((q, index) => (parts.has(index) ? { ...q, indicator: null } : q));
}
