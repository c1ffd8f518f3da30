import { breakdownWords } from "../catalog/lexicon/figureContext.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { cumulativeSince } from "./cumulativeSince.js";
import { figureYear } from "./figureYear.js";
import { foldText } from "./foldText.js";

/** How many characters after a number `following` keeps at most. */
const maxFollowing = 16;
/** How far a breakdown (`其中 …`) may run before its sentence ends. */
const maxSentence = 400;
/** How many figures after a total may be its parts. */
const maxParts = 100;

const clauseStop = /[,。;、\n]/;
const sentenceStop = /[。;\n]/;
const breakdown = /* @__PURE__ */ (() => new RegExp(`^[,、]?\\s*(?:${breakdownWords.join("|")})`))();

/** The words after a number's end up to the clause's end, at most `maxFollowing` characters, sliced from `source`. */
function followingOf(text: string, source: string, end: number): string {
  const rest = text.slice(end, end + maxFollowing);
  const stop = rest.search(clauseStop);
  return source.slice(end, end + (stop < 0 ? rest.length : stop));
}

/**
 * For each figure that opens a breakdown (a total followed by `其中`), the
 * figures after it in the same sentence are its parts: gives, per index, the
 * index of its total or -1. Each total looks at most `maxParts` figures and
 * `maxSentence` characters ahead, so the cost is linear in the figures.
 */
function totalsOf(text: string, quantities: readonly ParsedQuantity[]): number[] {
  const partOf = quantities.map(() => -1);
  quantities.forEach((total, k) => {
    const span = total.span;
    if (!span || !breakdown.test(text.slice(span.end, span.end + 4))) return;
    const sentenceEnd = text.slice(span.end, span.end + maxSentence).search(sentenceStop);
    const end = sentenceEnd < 0 ? span.end + maxSentence : span.end + sentenceEnd;
    for (let j = k + 1; j < quantities.length && j <= k + maxParts; j++) {
      const part = quantities[j];
      if (!part?.span || part.span.start >= end) break;
      if (part.span.start >= span.end && partOf[j] === -1) partOf[j] = k;
    }
  });
  return partOf;
}

/**
 * Adds to each quantity of a text what the text says around its number, so
 * that later stages never read the text again: `since` (the year a cumulative
 * figure counts from, `2020年来,累计…`, `“十四五”以来`; with `reportingYear`, the
 * year the report is for, also `近三年来` and `三年来`), `line` (the line the number stands on,
 * from 0), `following` (the words after the number up to the clause's end, at
 * most 16 characters, as written) and `partOf` (the index of the total whose
 * `其中` breakdown it belongs to). Quantities without a span are given back as
 * they are. Expects the quantities in the order of their spans (as
 * `extractQuantities` gives them); linear in the text, n log n in the quantities.
 *
 * @example
 * ```ts
 * const text = "2020年来,累计检查52667次企业。\n办理案件100件,其中处罚60件。";
 * const [cumulative, , part] = readFigureContext(text, extractQuantities(text).quantities);
 * cumulative?.since; //=> 2020
 * part?.line; //=> 1
 * part?.partOf; //=> 1
 * cumulative?.following; //=> "企业"
 * ```
 */
export function readFigureContext(source: string, quantities: readonly ParsedQuantity[], reportingYear: number | null = null): ParsedQuantity[] {
  return figureContextIn(source, foldText(source), quantities, reportingYear);
}

/**
 * `readFigureContext` on a text already folded: `text` is `foldText(source)`, made once by
 * `parseReport` for all its readers.
 *
 * @internal
 */
export function figureContextIn(source: string, text: string, quantities: readonly ParsedQuantity[], reportingYear: number | null = null): ParsedQuantity[] {
  const partOf = totalsOf(text, quantities);
  const lines = linesOf(text, quantities);
  return quantities.map((q, k) => (q.span ? withContext(q, text, source, q.span, lines[k] ?? 0, partOf[k] ?? -1, reportingYear) : q));
}

/**
 * The line each quantity's number stands on (how many line breaks stand before its start): the
 * quantities taken in the order of their starts (as they come, from the readers), the text read
 * once up to the last of them.
 */
function linesOf(text: string, quantities: readonly ParsedQuantity[]): Int32Array {
  const lines = new Int32Array(quantities.length);
  // Where each number starts, within the text (a start that is no number counts as 0), and the
  // quantities in the order of their starts. Loops, not a `map` of a `map`: V8 bailed out of this
  // function at the second one, as it did in quantitiesIn (docs/performance.md, 2026-12-02).
  const starts = new Int32Array(quantities.length);
  const order: number[] = [];
  for (let k = 0; k < quantities.length; k++) {
    starts[k] = Math.min(quantities[k]?.span?.start ?? 0, text.length) || 0;
    order.push(k);
  }
  order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0));
  let line = 0;
  // The next line break: the text is read from one to the next (indexOf), not character by character.
  let next = text.indexOf("\n");
  for (const k of order) {
    const start = starts[k] ?? 0;
    for (; next >= 0 && next < start; next = text.indexOf("\n", next + 1)) line++;
    lines[k] = line;
  }
  return lines;
}

/**
 * A quantity with what the text says around its number: one copy, its new fields set in the order
 * `since`, `line`, `following`, `partOf`. The copy is `Object.assign`, not `{ ...quantity }`: V8 11
 * (Node 20) takes 1–3 µs to add a property to an object made by a spread, 30 times the time of an
 * `Object.assign` copy (docs/performance.md, 2026-12-03).
 */
function withContext(
  quantity: ParsedQuantity,
  text: string,
  source: string,
  span: { readonly start: number; readonly end: number },
  line: number,
  total: number,
  reportingYear: number | null,
): ParsedQuantity {
  // A figure whose clause names its own year (近三年来…,2023年办理82件) counts no span.
  const counted = cumulativeSince(text, span.start, reportingYear);
  const since = counted !== null && figureYear(text, span.start, reportingYear) === null ? counted : null;
  const out: { -readonly [K in keyof ParsedQuantity]: ParsedQuantity[K] } = Object.assign({}, quantity);
  if (since !== null) out.since = since;
  out.line = line;
  out.following = followingOf(text, source, span.end);
  if (total >= 0) out.partOf = total;
  return out;
}
