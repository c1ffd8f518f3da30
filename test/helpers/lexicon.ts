// Checks shared by the lexicon tests (test/catalog/lexicon/*): the invariants every word list
// read by the parse rules must keep.
import { expect } from "vitest";
import { foldText } from "../../src/parse/foldText.js";

/** Every entry non-empty, without surrounding or inner whitespace, and listed once. */
export function expectCleanWords(words: readonly string[], name: string): void {
  expect(words.length, `${name} is empty`).toBeGreaterThan(0);
  for (const word of words) {
    expect(word, `${name}: an empty entry`).not.toBe("");
    expect(/\s/.test(word), `${name}: whitespace in “${word}”`).toBe(false);
  }
  const seen = new Set<string>();
  const twice = words.filter((word) => seen.size === seen.add(word).size);
  expect(twice, `${name}: listed twice`).toEqual([]);
}

/** Every entry as `foldText` leaves it (ASCII `(),:;!?`, no full-width forms): matchers run on folded text. */
export function expectFolded(words: readonly string[], name: string): void {
  const unfolded = words.filter((word) => foldText(word) !== word);
  expect(unfolded, `${name}: entries with full-width forms, which never occur in folded text`).toEqual([]);
}

/** Every entry one UTF-16 unit: compared with one character of the text (`text[i]`). */
export function expectSingleCharacters(words: readonly string[], name: string): void {
  expect(words.filter((word) => word.length !== 1), `${name}: entries longer than one character`).toEqual([]);
}

/** No characters with a meaning in a regular expression: the list is joined into a pattern unescaped. */
export function expectNoRegExpSyntax(words: readonly string[], name: string): void {
  expect(words.filter((word) => /[\\^$.*+?()[\]{}|/]/.test(word)), `${name}: entries with pattern syntax`).toEqual([]);
}

/**
 * Longest first where one contains another in the way the matcher reads it: an entry that
 * `relation(longer, shorter)` holds for must come before the shorter one, or the shorter wins.
 */
export function expectLongerFirst(words: readonly string[], relation: (longer: string, shorter: string) => boolean, name: string): void {
  const wrong: string[] = [];
  words.forEach((shorter, i) => {
    for (const longer of words.slice(i + 1)) if (longer !== shorter && relation(longer, shorter)) wrong.push(`${longer} after ${shorter}`);
  });
  expect(wrong, `${name}: a shorter entry before a longer one it would hide`).toEqual([]);
}
