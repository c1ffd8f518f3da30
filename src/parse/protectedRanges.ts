/**
 * The parts of a text that no figure is read from, as disjoint ranges in order:
 * `bounds` holds `[start0, end0, start1, end1, …]`, each range `[start, end)`.
 * Ask it with `isProtected`. A list of ranges rather than a mark per character:
 * a large text does not pay for an array as long as itself.
 *
 * @internal
 */
export interface ProtectedRanges {
  readonly bounds: readonly number[];
}

/**
 * Finds the characters of a text that no figure is read from: anything inside
 * 《…》 (titles of documents, however deeply nested) and short quoted phrases
 * “…” of at most `maxSloganLength` characters (slogans such as “两客一危”,
 * “最多跑一次”). One pass over the four marks, then the union of the ranges
 * in order of start: linear in the text (n log n in the ranges when nesting
 * puts them out of order), even for 100,000 nested brackets.
 *
 * @internal
 */
export function protectedRanges(text: string, maxSloganLength = 16): ProtectedRanges {
  // The ranges, [start, end) each; then their union, in order of start.
  const ranges: number[] = [];
  const opens: number[] = [];
  let quoteOpen = -1;
  // Only the four marks are looked at: the search for them runs in the regular-expression engine
  // (`test`, which makes no match array; the mark is the one character before `lastIndex`).
  const special = /[《》“”]/g;
  while (special.test(text)) {
    const i = special.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === 0x300a /* 《 */) opens.push(i);
    else if (ch === 0x300b /* 》 */) {
      const open = opens.pop();
      if (open !== undefined) ranges.push(open, i + 1);
    } else if (ch === 0x201c /* “ */) quoteOpen = i;
    else if (quoteOpen >= 0) {
      // ” after “ on the same line (a line break forgets an open quote). Each “…” is looked into once: linear.
      if (i - quoteOpen - 1 <= maxSloganLength && !hasLineBreak(text, quoteOpen + 1, i)) ranges.push(quoteOpen, i + 1);
      quoteOpen = -1;
    }
  }
  // The ranges come in order of their end; sorted by start only when nesting put them out of that order.
  const count = ranges.length / 2;
  let sorted = true;
  for (let k = 1; k < count && sorted; k++) sorted = (ranges[2 * k - 2] ?? 0) <= (ranges[2 * k] ?? 0);
  const order = Array.from({ length: count }, (_, k) => k);
  if (!sorted) order.sort((a, b) => (ranges[2 * a] ?? 0) - (ranges[2 * b] ?? 0));
  // The union: a range that starts inside the one before extends it, or is inside it.
  const bounds: number[] = [];
  for (const k of order) {
    const start = ranges[2 * k] ?? 0;
    const end = ranges[2 * k + 1] ?? 0;
    const last = bounds.length - 1;
    if (last > 0 && start <= (bounds[last] ?? 0)) bounds[last] = Math.max(bounds[last] ?? 0, end);
    else if (end > start) bounds.push(start, end);
  }
  return { bounds };
}

/**
 * Whether the character at `at` lies in one of the ranges (a binary search: log n in the ranges).
 *
 * @internal
 */
export function isProtected(ranges: ProtectedRanges, at: number): boolean {
  const bounds = ranges.bounds;
  // The last range that starts at or before `at`.
  let low = 0;
  let high = bounds.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((bounds[2 * middle] ?? 0) <= at) low = middle + 1;
    else high = middle;
  }
  return low > 0 && at < (bounds[2 * low - 1] ?? 0);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}
