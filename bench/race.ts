// Timing candidates side by side: each runs once per round, the rounds interleaved, after a collection each
// (run with --expose-gc); the fastest wall and the least CPU time count.

/** One candidate's times over the rounds of a race, and its last result. */
export interface Timing {
  result: unknown;
  /** Fastest wall time, ms. */
  wall: number;
  /** Least CPU time (user + system, all threads), ms. */
  cpu: number;
  walls: number[];
}

/** Runs every candidate once per round, after a collection each, interleaved; keeps each one's last result and its fastest wall and CPU times. */
export async function race<K extends string>(candidates: Record<K, () => unknown>, rounds = 7): Promise<Record<K, Timing>> {
  const out = {} as Record<K, Timing>;
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(candidates) as K[]) {
      (globalThis as { gc?: () => void }).gc?.();
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const result = await candidates[name]();
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu0);
      const cpu = (used.user + used.system) / 1000;
      const best = out[name];
      out[name] = best === undefined ? { result, wall, cpu, walls: [wall] } : { result, wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, cpu), walls: [...best.walls, wall] };
    }
  }
  return out;
}
