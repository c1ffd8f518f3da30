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
 * Where the run of `words` that ends `text` starts: the least index from which
 * the rest of `text` is one or more of `words` written one after another
 * (`text.length` when `text` does not end with one). What
 * `text.search(/(?:共计|共|计)+$/)` finds, in time linear in the text: such a
 * pattern backtracks through every way to split the run when a character that
 * is no word ends it (共计共计…了: 2^n ways for n pairs), and never returned on a
 * hostile line of a few dozen characters.
 *
 * @internal
 */
export function trailingWordsStart(text: string, words: readonly string[]): number {
  // ends[i]: text from i to its end is a run of words (ends[text.length] is the empty run).
  const ends = new Uint8Array(text.length + 1);
  ends[text.length] = 1;
  let start = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    for (const word of words) {
      if (word !== "" && ends[i + word.length] === 1 && text.startsWith(word, i)) {
        ends[i] = 1;
        start = i;
        break;
      }
    }
  }
  return start;
}
