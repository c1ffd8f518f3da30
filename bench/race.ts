// Timing candidates side by side: each runs once per round, the rounds interleaved, after a collection each
// (run with --expose-gc) and a pause until the process is quiet; the fastest wall and the least CPU time count.

/** One candidate's times over the rounds of a race, and its last result. */
export interface Timing {
  result: unknown;
  /** Fastest wall time, ms. */
  wall: number;
  /** Least CPU time (user + system, all threads), ms. */
  cpu: number;
  /**
   * The page faults of the fastest round (minor faults: memory the system hands the process anew).
   * On this virtual machine each costs 10–20 µs (`pageFaultCost` measures it in the run), so a
   * candidate that touches fresh memory in a round pays for it there: the figure says how much of its
   * time that may be.
   */
  faults: number;
  walls: number[];
}

/** V8's collector as `--expose-gc` gives it: with `{ type: "major" }`, a full mark-compact. */
type Collect = (options?: { type: "major" | "minor"; execution: "sync" | "async" }) => void;

/**
 * A full collection, then a pause until the process is quiet: V8 gives the collected memory back to
 * the system on background threads after the collection, and on this virtual machine that work
 * (unmapping pages, which holds the lock that page faults take) slowed the next candidate by up to
 * 1.8× (an aggregate of 77 ms took 135 ms right after another candidate's 118,650 plain rows were collected). The
 * pause ends when 25 ms pass with under 2 ms of CPU time in the process, or after two seconds.
 *
 * The collection is a major one (`gc({ type: "major" })`), not `gc()` with no argument: that one also
 * throws away the code V8 has optimised (`--trace-opt`: 15 functions of `aggregate` compiled again in
 * every timed round), so each JavaScript candidate started cold in every round and native code
 * (DuckDB) did not; a lazy `aggregate` took 46–65 ms after `gc()` and 42–47 ms after a major collection.
 */
export async function collectAndSettle(): Promise<void> {
  (globalThis as { gc?: Collect }).gc?.({ type: "major", execution: "sync" });
  const deadline = performance.now() + 2000;
  while (performance.now() < deadline) {
    const cpu0 = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 25));
    const used = process.cpuUsage(cpu0);
    if ((used.user + used.system) / 1000 < 2) return;
  }
}

/**
 * Runs every candidate once per round, after a collection each and a pause until the process is quiet
 * (`collectAndSettle`), interleaved; keeps each one's last result and its fastest wall and CPU times.
 * The first `warmUp` rounds are not timed: V8 compiles a function that runs once per call (a pass over a
 * million rows) over its first few calls (on the loop, then the whole function), so a JavaScript
 * candidate's first rounds time the compiler as much as the code.
 */
export async function race<K extends string>(candidates: Record<K, () => unknown>, rounds = 7, warmUp = 0): Promise<Record<K, Timing>> {
  const out = {} as Record<K, Timing>;
  for (let round = 0; round < warmUp; round++) {
    for (const name of Object.keys(candidates) as K[]) {
      await collectAndSettle();
      await candidates[name]();
    }
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(candidates) as K[]) {
      await collectAndSettle();
      const faults0 = process.resourceUsage().minorPageFault;
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const result = await candidates[name]();
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu0);
      const faults = process.resourceUsage().minorPageFault - faults0;
      const cpu = (used.user + used.system) / 1000;
      const best = out[name];
      out[name] =
        best === undefined
          ? { result, wall, cpu, faults, walls: [wall] }
          : { result, wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, cpu), faults: wall < best.wall ? faults : best.faults, walls: [...best.walls, wall] };
    }
  }
  return out;
}

/** Bytes `pageFaultCost` maps: above glibc's largest threshold for serving an allocation from its heap (32 MiB), so always a fresh mapping. */
const probeBytes = 64 * 2 ** 20;

/**
 * What a page fault costs this machine now, in µs: a fresh 64 MiB buffer touched once a page, the
 * fastest of `rounds` (each after `collectAndSettle`), its time divided by its faults. Printed beside a
 * candidate's faults, it says how much of that candidate's time went to being given memory (on this
 * virtual machine 13–21 µs a fault in the runs of 2026-12-01).
 */
export async function pageFaultCost(rounds = 3): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    await collectAndSettle();
    const faults0 = process.resourceUsage().minorPageFault;
    const start = performance.now();
    const bytes = new Uint8Array(probeBytes);
    for (let at = 0; at < bytes.length; at += 4096) bytes[at] = 1;
    const wall = performance.now() - start;
    const faults = process.resourceUsage().minorPageFault - faults0;
    if (faults > 0) best = Math.min(best, (wall * 1000) / faults);
  }
  return best;
}

/** A round's page faults with the time they took at `micros` a fault (`pageFaultCost`): "7584 (~121 of its 368 ms)". */
export function faultsWithTime(faults: number, wall: number, micros: number): string {
  return `${faults} (~${((faults * micros) / 1000).toFixed(0)} of its ${wall.toFixed(0)} ms)`;
}
