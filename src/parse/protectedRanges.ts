/**
 * Marks the characters of a text that no figure is read from: anything inside
 * 《…》 (titles of documents, however deeply nested) and short quoted phrases
 * “…” of at most `maxSloganLength` characters (slogans such as “两客一危”,
 * “最多跑一次”). One pass with a difference array: linear in the text, even for
 * 100,000 nested brackets.
 *
 * @internal
 */
export function protectedRanges(text: string, maxSloganLength = 16): Uint8Array {
  const delta = new Int32Array(text.length + 1);
  const opens: number[] = [];
  let quoteOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x300a /* 《 */) opens.push(i);
    else if (ch === 0x300b /* 》 */) {
      const open = opens.pop();
      if (open !== undefined) {
        delta[open] = (delta[open] ?? 0) + 1;
        delta[i + 1] = (delta[i + 1] ?? 0) - 1;
      }
    } else if (ch === 0x201c /* “ */) quoteOpen = i;
    else if (ch === 0x201d /* ” */ && quoteOpen >= 0) {
      if (i - quoteOpen - 1 <= maxSloganLength) {
        delta[quoteOpen] = (delta[quoteOpen] ?? 0) + 1;
        delta[i + 1] = (delta[i + 1] ?? 0) - 1;
      }
      quoteOpen = -1;
    } else if (ch === 0x0a /* \n */) quoteOpen = -1;
  }
  const marks = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += delta[i] ?? 0;
    if (depth > 0) marks[i] = 1;
  }
  return marks;
}
