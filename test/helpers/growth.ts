// How much longer a function takes on a larger input than on a smaller one, timed against each other
// in one run: interleaved, the best of `rounds` each, after one untimed call, so that a busy machine
// slows both. No absolute time: a linear reader of 4n gives about 4 to 6, a quadratic one 16 and more.

/** The best time of `run(large)` over the best time of `run(small)`. */
export function growth<T>(run: (input: T) => unknown, small: T, large: T, rounds = 5): number {
  const time = (input: T) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  };
  time(small);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return bestLarge / bestSmall;
}
