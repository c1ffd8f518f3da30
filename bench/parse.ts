// Parsing speed: parseReport over the corpus against a baseline measured in the same run (one
// regular-expression pass that only finds digit runs), and the time per byte of a 10 MB text
// against that of the corpus (linear time: the ratio stays near 1). The candidates run in
// interleaved rounds, so that a slow spell on a shared machine hits them alike; each figure is
// the fastest round, with the CPU time of that round beside its wall time (V8's collector works
// on the other core, so CPU above wall shows it).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fazhi } from "./library.js";

const { parseReport } = fazhi;

const dir = fileURLToPath(new URL("../test/corpus/docs/", import.meta.url));
const corpus = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(dir + f, "utf8"))
  .join("\n");

interface Timing {
  wall: number;
  cpu: number;
}

/** One timed run: wall and CPU milliseconds. */
function once(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Runs the candidates in interleaved rounds and keeps each one's fastest round. */
function interleaved<K extends string>(
  candidates: Readonly<Record<K, { run: () => void; repeat: number }>>,
  rounds: number,
): Partial<Record<K, Timing>> {
  const best: Partial<Record<K, Timing>> = {};
  const entries = Object.entries(candidates) as [K, { run: () => void; repeat: number }][];
  for (const [, { run }] of entries) run(); // warm up
  for (let round = 0; round < rounds; round++) {
    for (const [name, { run, repeat }] of entries) {
      const t = once(() => {
        for (let k = 0; k < repeat; k++) run();
      });
      const per = { wall: t.wall / repeat, cpu: t.cpu / repeat };
      const current = best[name];
      if (current === undefined || per.wall < current.wall) best[name] = per;
    }
  }
  return best;
}

export function benchParse(): void {
  const bytes = Buffer.byteLength(corpus, "utf8");
  const large = corpus.repeat(Math.ceil(10_000_000 / bytes));
  const largeBytes = Buffer.byteLength(large, "utf8");
  const t = interleaved(
    {
      corpus: { run: () => parseReport(corpus), repeat: 20 },
      regex: { run: () => corpus.match(/\d+(?:\.\d+)?/g), repeat: 200 },
      large: { run: () => parseReport(large), repeat: 1 },
    },
    7,
  );
  const corpusT = t.corpus ?? { wall: Number.NaN, cpu: Number.NaN };
  const regexT = t.regex ?? corpusT;
  const largeT = t.large ?? corpusT;
  const mbps = (b: number, ms: number) => (b / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `parseReport: corpus ${(bytes / 1024).toFixed(0)} KiB in ${corpusT.wall.toFixed(2)} ms (CPU ${corpusT.cpu.toFixed(2)} ms) = ${mbps(bytes, corpusT.wall)} MB/s`,
  );
  console.log(`  against a digit-run regex pass (${regexT.wall.toFixed(3)} ms): ${(corpusT.wall / regexT.wall).toFixed(1)}× its time`);
  const perByte = largeT.wall / largeBytes / (corpusT.wall / bytes);
  console.log(
    `  ${(largeBytes / 1e6).toFixed(1)} MB: ${largeT.wall.toFixed(0)} ms (CPU ${largeT.cpu.toFixed(0)} ms) = ${mbps(largeBytes, largeT.wall)} MB/s;` +
      ` time per byte ${perByte.toFixed(2)}× the corpus's (goal ≤ 1.2)`,
  );
}
