/**
 * A regular-expression source matching `word` literally, inside or outside a
 * character class (`-` and `/` are escaped too).
 *
 * @internal
 */
export const escapeRegExp = (word: string): string => word.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

/**
 * A regular-expression source matching any of `words` literally (a lexicon
 * list in a pattern).
 *
 * @internal
 */
export const anyOf = (words: readonly string[]): string => words.map(escapeRegExp).join("|");

/**
 * Words of a list by the UTF-16 code of their first character (or, with `last`, of their last),
 * each group in the list's order: a lookup tries only the few words that can start (or end) at a
 * place, and reads no string from the text.
 *
 * @internal
 */
export function byFirstCode(words: readonly string[], last = false): ReadonlyMap<number, readonly string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const code = word.charCodeAt(last ? word.length - 1 : 0);
    const group = map.get(code);
    if (group) group.push(word);
    else map.set(code, [word]);
  }
  return map;
}

/**
 * Where the run of words that ends `text` starts (`words`, grouped by their last character with
 * `byFirstCode(list, true)`): the least index from which
 * the rest of `text` is one or more of `words` written one after another
 * (`text.length` when `text` does not end with one). What
 * `text.search(/(?:共计|共|计)+$/)` finds, in time linear in the text: such a
 * pattern backtracks through every way to split the run when a character that
 * is no word ends it (共计共计…了: 2^n ways for n pairs), and never returned on a
 * hostile line of a few dozen characters.
 *
 * @internal
 */
export function trailingWordsStart(text: string, words: ReadonlyMap<number, readonly string[]>): number {
  // From the end back: each position a run of words reaches from the end is marked, and only those are
  // asked which words end there. A text that ends with no word asks one map and marks nothing.
  let start = text.length;
  let reached: Uint8Array | null = null;
  for (let at = text.length; at > 0; at--) {
    if (at !== text.length && reached?.[at] !== 1) {
      if (reached === null) break;
      continue;
    }
    for (const word of words.get(text.charCodeAt(at - 1)) ?? []) {
      if (word.length > at || !text.endsWith(word, at)) continue;
      reached ??= new Uint8Array(text.length + 1);
      reached[at - word.length] = 1;
      if (at - word.length < start) start = at - word.length;
    }
  }
  return start;
}
