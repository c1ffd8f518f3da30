/**
 * The length of the longest common substring of two short strings. Its cost
 * is the product of their lengths: callers bound them (`clip`).
 *
 * @internal
 * @example
 * ```ts
 * longestCommonSubstring("办理行政复议案件", "行政复议案件数"); //=> 6
 * longestCommonSubstring("罚款", "许可"); //=> 0
 * ```
 */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = (previous[j - 1] ?? 0) + 1;
        best = Math.max(best, current[j] ?? 0);
      }
    }
    previous = current;
  }
  return best;
}
