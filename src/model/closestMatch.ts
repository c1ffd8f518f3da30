/**
 * The edit distance (insertions, deletions, substitutions) between two short strings,
 * or `limit + 1` as soon as it is known to exceed `limit`. Time `a.length × b.length`.
 *
 * @internal
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The candidate closest to `input` by edit distance, if one is within a third of its length
 * (at least 2): the "did you mean" of a misspelt code. Only inputs of up to 100 characters
 * are compared, so the cost stays bounded.
 *
 * @example
 * ```ts
 * closestMatch("enforcment.fineAmount", ["enforcement.fineAmount", "enforcement.penaltyCases"]); //=> "enforcement.fineAmount"
 * closestMatch("budget", ["enforcement.fineAmount"]); //=> undefined
 * ```
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 100) return undefined;
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate, Math.min(limit, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
