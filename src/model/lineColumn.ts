/**
 * A function from UTF-16 offsets of a text to `{ line, column }` (both from
 * 1, lines split at `\n`), built once per text: linear to build, logarithmic
 * per offset.
 *
 * @example
 * ```ts
 * lineColumnOf("ab\ncd")(3); //=> { line: 2, column: 1 }
 * ```
 */
export function lineColumnOf(text: string): (offset: number) => { readonly line: number; readonly column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
