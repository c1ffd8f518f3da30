// How much longer a function takes on a larger input than on a smaller one, timed against each other
// in one run: interleaved, the best of `rounds` each, after one untimed call of each, so that a busy
// machine slows both. No absolute time: a linear reader of 4n gives about 4 to 6, a quadratic one 16 and more.
// Each timing repeats the call enough times to last a few milliseconds: a small input takes microseconds,
// where a timer's tick or a garbage collection in one call would decide the ratio (a test of 6 against
// 24 cells once gave 11.7 under the full suite's load, 4.4 alone).

/** How long a timing of the small input lasts at least, in milliseconds. */
const sampleMs = 2;

/** The best time of `run(large)` over the best time of `run(small)`. */
export function growth<T>(run: (input: T) => unknown, small: T, large: T, rounds = 5): number {
  run(small);
  run(large);
  let calls = 1;
  for (;;) {
    const start = performance.now();
    for (let k = 0; k < calls; k++) run(small);
    if (performance.now() - start >= sampleMs || calls >= 4096) break;
    calls *= 2;
  }
  const time = (input: T) => {
    const start = performance.now();
    for (let k = 0; k < calls; k++) run(input);
    return performance.now() - start;
  };
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return bestLarge / bestSmall;
}
