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
