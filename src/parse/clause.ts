import { clauseEnds, codeTable, sentenceEnds } from "./characters.js";

const sentenceCodes: Uint8Array = /* @__PURE__ */ codeTable(sentenceEnds);
const clauseCodes: Uint8Array = /* @__PURE__ */ codeTable(clauseEnds);

/** How far the readers look back or ahead for words about a number: bounded, so reading stays linear. */
const reach = 80;

/**
 * The start of the clause (or, with `sentence`, the sentence) around
 * `position`, looking back at most `within` characters (80 by default).
 *
 * @internal
 */
export function clauseStart(text: string, position: number, sentence = false, within = reach): number {
  const ends = sentence ? sentenceCodes : clauseCodes;
  const limit = Math.max(0, position - within);
  for (let i = position - 1; i >= limit; i--) if (ends[text.charCodeAt(i)] === 1) return i + 1;
  return limit;
}

/**
 * The end of the clause (or sentence) around `position`, looking ahead at most 80 characters.
 *
 * @internal
 */
export function clauseEnd(text: string, position: number, sentence = false): number {
  const ends = sentence ? sentenceCodes : clauseCodes;
  const limit = Math.min(text.length, position + reach);
  for (let i = position; i < limit; i++) if (ends[text.charCodeAt(i)] === 1) return i;
  return limit;
}
