import { Decimal } from "../model/decimal.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { clauseEnds, codeTable } from "./characters.js";
import { type ProtectedRanges, protectedReader } from "./protectedRanges.js";
import { escapeRegExp } from "./wordPattern.js";
import { bareZeroTrigger, zeroCoordinators, zeroNouns, zeroTriggers, zeroUnit } from "../catalog/lexicon/quantityWords.js";

const maxPhrase = 24;
/** The first characters of the triggers, as a table indexed by UTF-16 code: one lookup per character of the text. */
const triggerStarts: Uint8Array = /* @__PURE__ */ codeTable(zeroTriggers);
/** A character class of the triggers' first characters. */
const triggerStartClass: string = /* @__PURE__ */ (() => `[${[...new Set(zeroTriggers.map((word) => escapeRegExp(word.charAt(0))))].join("")}]`)();

function zero(source: string, start: number, end: number, subjectStart: number): ParsedQuantity {
  const phrase = source.slice(start, end);
  return {
    quote: phrase,
    number: phrase,
    value: new Decimal(0),
    unit: zeroUnit,
    qualifier: "exact",
    modality: "actual",
    subject: source.slice(subjectStart, end),
    indicator: null,
    span: { start, end },
  };
}

/** The end of the noun phrase a zero statement is about, starting at `from`, or -1. */
function phraseEnd(text: string, from: number): number {
  let limit = from;
  while (limit < text.length && limit - from < maxPhrase) {
    const ch = text.charAt(limit);
    if (clauseEnds.has(ch) && ch !== "、") break;
    limit++;
  }
  const match = zeroNouns.exec(text.slice(from, limit));
  return match ? from + match.index + match[0].length : -1;
}

/**
 * Statements of zero (`未发生行政复议案件被纠错和行政诉讼案件败诉`, `无应诉案卷`):
 * each thing said not to have happened is a quantity of 0 件 whose quote and
 * number are the phrase. A bare 无 counts only at the start of a clause, so
 * that 无证经营案件 is not read as a zero.
 *
 * `text` is the text to match on and `source` the text to slice from (the same
 * offsets; see `foldText`), `source` being `text` by default.
 *
 * @internal
 */
export function zeroStatements(text: string, marks: ProtectedRanges, source: string = text): ParsedQuantity[] {
  const found: ParsedQuantity[] = [];
  const isProtected = protectedReader(marks);
  let i = 0;
  // The next trigger's first character is looked for by the regular-expression engine, not character by character.
  const nextTrigger = new RegExp(triggerStartClass, "g");
  while (i < text.length) {
    if (triggerStarts[text.charCodeAt(i)] !== 1) {
      nextTrigger.lastIndex = i;
      const at = nextTrigger.exec(text);
      if (at === null) break;
      i = at.index;
    }
    const trigger = zeroTriggers.find((word) => text.startsWith(word, i));
    if (!trigger || isProtected(i)) {
      i++;
      continue;
    }
    const before = text.charAt(i - 1);
    if (trigger === bareZeroTrigger.word && i > 0 && !clauseEnds.has(before) && !bareZeroTrigger.clauseOpeners.has(before)) {
      i++;
      continue;
    }
    const subjectStart = i + trigger.length;
    const end = phraseEnd(text, subjectStart);
    if (end < 0 || (trigger === bareZeroTrigger.word && end - subjectStart > bareZeroTrigger.maxSubject)) {
      i += trigger.length;
      continue;
    }
    found.push(zero(source, i, end, subjectStart));
    // 未发生…被纠错和行政诉讼案件败诉: a coordinated second thing.
    let next = end;
    while (next < text.length && zeroCoordinators.includes(text.charAt(next))) {
      const second = phraseEnd(text, next + 1);
      if (second < 0 || second - next > 16) break;
      found.push(zero(source, next + 1, second, next + 1));
      next = second;
    }
    i = next;
  }
  return found;
}
