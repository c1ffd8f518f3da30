// Parsing speed (issue 15): parseReport over the corpus (test/corpus docs and excerpts: one text at
// a time, as files come, and the texts joined into one, as the issue measured it) and over a
// ~10 MB text made by repeating it, against a baseline measured in the same run: one pass of a
// number-and-unit regular expression over the same texts. The corpus was folded to ASCII; the same
// texts in published punctuation (`，：；（）！？`, as real pages write them) are timed beside it, in
// the same rounds. Every figure is a ratio of two timings of
// this run. Honest rounds: each round does the same ~10 MB of work for every candidate (the corpus
// parsed as many times as the large text holds it), the candidates interleaved in an order that
// turns round by round, the same number of rounds for both sizes; a collection before each timing
// and a pause until the process is quiet (`collectAndSettle`: the collected memory given back), so
// no candidate pays for the garbage of the one before. Each figure is the fastest round (the one
// least disturbed by the other processes of a shared machine) with its CPU time beside its wall
// time: V8 collects on a second core, so CPU above wall shows how much help parsing had.
//
// Then the batch API: `parseReports` over the corpus files (repeated for enough work), in files per
// second at one and at two worker threads, started anew and kept up (`createReportPool`).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fazhi, fazhiNode } from "./library.js";
import { toFullWidth } from "../test/helpers/fullWidth.js";
import { collectAndSettle, faultsWithTime, pageFaultCost, race } from "./race.js";

const { parseReport } = fazhi;

const corpusDir = new URL("../test/corpus/", import.meta.url);
const corpusFiles = ["docs/", "excerpts/docs/"].flatMap((sub) => {
  const dir = fileURLToPath(new URL(sub, corpusDir));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => dir + f);
});
const docs = corpusFiles.map((path) => readFileSync(path, "utf8"));
const corpus = docs.join("\n");
/** The same texts as published pages write them (`，：；（）！？`): the corpus was folded to ASCII, and folding back costs time. */
const publishedDocs = docs.map(toFullWidth);
const publishedCorpus = publishedDocs.join("\n");

/**
 * The number-and-unit pass the parser is measured against: digits (with separators and decimals)
 * or Chinese numerals, a multiplier word, 余/多, and one of the units the parser reads (the catalog's).
 */
const numberAndUnit = (() => {
  const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
  const unitWords = longestFirst([...fazhi.units.map((u) => u.unit), ...Object.keys(fazhi.unitSpellings), "%"]);
  const multipliers = longestFirst(fazhi.multiplierWords.map((m) => m.word));
  return new RegExp(`(?:\\d+(?:[.,]\\d+)*|[零一二两三四五六七八九十百千万亿]+)(?:${multipliers})?(?:余|多)?(?:${unitWords})`, "g");
})();

interface Timing {
  readonly wall: number;
  readonly cpu: number;
  /** Minor page faults (fresh memory the system hands the process) during the run. */
  readonly faults: number;
}

/** One timed run: wall and CPU milliseconds (CPU of the whole process: every thread) and its page faults. */
function once(run: () => void): Timing {
  const faults = process.resourceUsage().minorPageFault;
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, faults: process.resourceUsage().minorPageFault - faults };
}

/**
 * Runs every candidate once per round for `rounds` rounds, the order turning by one each round,
 * and gives each candidate's fastest round and median wall time.
 */
async function interleaved<K extends string>(candidates: Readonly<Record<K, () => void>>, rounds: number): Promise<Record<K, { best: Timing; median: number }>> {
  const names = Object.keys(candidates) as K[];
  const runs = new Map<K, Timing[]>(names.map((name) => [name, []]));
  for (const name of names) candidates[name](); // warm up
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length] as K;
      await collectAndSettle();
      runs.get(name)?.push(once(candidates[name]));
    }
  }
  const out = {} as Record<K, { best: Timing; median: number }>;
  for (const name of names) {
    const timings = [...(runs.get(name) ?? [])].sort((a, b) => a.wall - b.wall);
    out[name] = { best: timings[0] ?? { wall: Number.NaN, cpu: Number.NaN, faults: Number.NaN }, median: timings[Math.floor(timings.length / 2)]?.wall ?? Number.NaN };
  }
  return out;
}

const mbps = (bytes: number, ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);

export async function benchParseText(rounds = 5): Promise<void> {
  const bytes = Buffer.byteLength(corpus, "utf8");
  const times = Math.ceil(10_000_000 / bytes);
  const large = Array.from({ length: times }, () => corpus).join("\n");
  const largeBytes = Buffer.byteLength(large, "utf8");
  const t = await interleaved(
    {
      documents: () => {
        for (let k = 0; k < times; k++) for (const doc of docs) parseReport(doc);
      },
      corpus: () => {
        for (let k = 0; k < times; k++) parseReport(corpus);
      },
      publishedDocuments: () => {
        for (let k = 0; k < times; k++) for (const doc of publishedDocs) parseReport(doc);
      },
      publishedCorpus: () => {
        for (let k = 0; k < times; k++) parseReport(publishedCorpus);
      },
      large: () => {
        parseReport(large);
      },
      regexCorpus: () => {
        for (let k = 0; k < times; k++) corpus.match(numberAndUnit);
      },
      regexLarge: () => {
        large.match(numberAndUnit);
      },
    },
    rounds,
  );
  const faultMicros = await pageFaultCost();
  // Per-run figures: the corpus candidates ran `times` times per round.
  const per = (x: { best: Timing; median: number }, n: number) => ({ wall: x.best.wall / n, cpu: x.best.cpu / n, median: x.median / n, faults: x.best.faults });
  const d = per(t.documents, times);
  const c = per(t.corpus, times);
  const l = per(t.large, 1);
  const pd = per(t.publishedDocuments, times);
  const pc = per(t.publishedCorpus, times);
  const rc = per(t.regexCorpus, times);
  const rl = per(t.regexLarge, 1);
  console.log(
    `parseReport (fastest of ${rounds} interleaved rounds of ~${(largeBytes / 1e6).toFixed(0)} MB each; CPU of that round beside its wall time; median round in brackets):`,
  );
  console.log(
    `  corpus, its ${docs.length} texts one by one, ×${times}: ${d.wall.toFixed(2)} ms (CPU ${d.cpu.toFixed(2)} ms) = ${mbps(bytes, d.wall)} MB/s (${mbps(bytes, d.median)})`,
  );
  console.log(
    `  corpus, ${docs.length} texts joined, ${(bytes / 1024).toFixed(0)} KiB, ×${times}: ${c.wall.toFixed(2)} ms (CPU ${c.cpu.toFixed(2)} ms) = ${mbps(bytes, c.wall)} MB/s (${mbps(bytes, c.median)})`,
  );
  console.log(
    `  ${(largeBytes / 1e6).toFixed(1)} MB text:  ${l.wall.toFixed(0)} ms (CPU ${l.cpu.toFixed(0)} ms) = ${mbps(largeBytes, l.wall)} MB/s (${mbps(largeBytes, l.median)})`,
  );
  console.log(
    `  the same texts in published punctuation (，：；（）！？), one by one / joined: ${mbps(bytes, pd.wall)} / ${mbps(bytes, pc.wall)} MB/s of the folded corpus's bytes (${(pd.wall / d.wall).toFixed(2)}× / ${(pc.wall / c.wall).toFixed(2)}× its time)`,
  );
  console.log(
    `  number-and-unit regex pass: ${mbps(bytes, rc.wall)} MB/s over the corpus, ${mbps(largeBytes, rl.wall)} MB/s over the large text`,
  );
  console.log(
    `  parseReport / regex speed: ${(rc.wall / c.wall).toFixed(2)} over the joined corpus, ${(rl.wall / l.wall).toFixed(2)} over the large text, ${(rc.wall / d.wall).toFixed(2)} one text at a time (goal ≥ 0.33)`,
  );
  console.log(
    `  time per byte, large text / corpus: ${(l.wall / largeBytes / (c.wall / bytes)).toFixed(2)} (median rounds ${(l.median / largeBytes / (c.median / bytes)).toFixed(2)}; goal ≤ 1.2)`,
  );
  // What being given fresh memory cost each fastest round: its faults at the cost measured now.
  const faultMs = (x: { faults: number }) => (x.faults * faultMicros) / 1000;
  const faultShare = (name: string, x: { faults: number }, wall: number) => `${name} ${faultsWithTime(x.faults, wall, faultMicros)}`;
  console.log(
    `  page faults in the fastest round, at ${faultMicros.toFixed(1)} µs each (a fresh 64 MiB buffer touched, now): ${faultShare("large text", l, l.wall)}, ${faultShare(`joined corpus ×${times}`, t.corpus.best, t.corpus.best.wall)}, ${faultShare(`one by one ×${times}`, t.documents.best, t.documents.best.wall)}`,
  );
  console.log(
    `  time per byte, large text / corpus, each less its faults' time: ${((l.wall - faultMs(l)) / largeBytes / ((t.corpus.best.wall - faultMs(t.corpus.best)) / times / bytes)).toFixed(2)} (an estimate of the work alone, not the goal's figure)`,
  );
}

type Rates = Map<number, { rate: number; cores: number }>;

/** Files per second of `read(paths, concurrency)` at 1 and 2 workers: the fastest of `rounds` interleaved rounds (`race`), with the least CPU time over the rounds beside it (cores busy). */
async function filesPerSecond(paths: readonly string[], rounds: number, read: (paths: readonly string[], concurrency: number) => Promise<unknown[]>): Promise<Rates> {
  const checked = async (concurrency: number) => {
    if ((await read(paths, concurrency)).length !== paths.length) throw new Error("parseReports lost files");
  };
  const timings = await race({ one: () => checked(1), two: () => checked(2) }, rounds);
  return new Map(
    [timings.one, timings.two].map((timing, k) => [k + 1, { rate: (paths.length * 1000) / timing.wall, cores: timing.cpu / timing.wall }]),
  );
}

/** Files each worker of a pool reads before the pool is timed: past V8's compiling of the parser (about 3,000 texts here). */
const warmUpFiles = 6_000;

/**
 * `parseReports` over the corpus files, repeated for enough work: files per second at 1 and 2 workers,
 * interleaved, fastest of `rounds`, with the CPU time of the whole process (every thread: the
 * workers, the main thread, V8's collector and compiler threads) beside the wall time. At two batch
 * sizes, since each call starts its workers anew and each worker's isolate loads the library and
 * compiles it (V8 optimises the parser's functions over its first few thousand texts, on a
 * background thread that takes the second core): 1,700 files, where that warm-up is much of the
 * time, and 8,500, where it is less of it. Then the same 1,700 files on two pools kept up
 * (`createReportPool`, one and two workers), each worker first given `warmUpFiles` files: the rate once
 * V8 is done compiling.
 */
export async function benchParseFiles(rounds = 5): Promise<void> {
  const batch = (times: number) => Array.from({ length: times }, () => corpusFiles).flat();
  const small = batch(100);
  const large = batch(500);
  const oneShot = (paths: readonly string[], concurrency: number) => fazhiNode.parseReports(paths, { concurrency });
  await oneShot(small.slice(0, 4), 2); // warm up the main thread's side
  const s = await filesPerSecond(small, rounds, oneShot);
  const l = await filesPerSecond(large, Math.max(2, Math.ceil(rounds / 2)), oneShot);
  const pools = new Map([1, 2].map((n) => [n, fazhiNode.createReportPool({ concurrency: n })]));
  let w: Rates;
  try {
    for (const [n, pool] of pools) await pool.parse(batch(Math.ceil((warmUpFiles * n) / corpusFiles.length)));
    w = await filesPerSecond(small, rounds, (paths, n) => pools.get(n)?.parse(paths) ?? Promise.resolve([]));
  } finally {
    for (const pool of pools.values()) await pool.close();
  }
  const line = (m: Rates) => {
    const one = m.get(1) ?? { rate: Number.NaN, cores: Number.NaN };
    const two = m.get(2) ?? { rate: Number.NaN, cores: Number.NaN };
    return `${one.rate.toFixed(0)} files/s at 1 worker (${one.cores.toFixed(2)} cores busy), ${two.rate.toFixed(0)} at 2 (${two.cores.toFixed(2)} cores busy; ${(two.rate / one.rate).toFixed(2)}×)`;
  };
  console.log(`parseReports over the corpus's ${corpusFiles.length} files repeated (fastest of interleaved rounds):`);
  console.log(`  ${small.length} files: ${line(s)}`);
  console.log(`  ${large.length} files: ${line(l)}`);
  console.log(`  ${small.length} files on a pool kept up (createReportPool, ${warmUpFiles} files per worker first): ${line(w)}`);
}

export async function benchParse(): Promise<void> {
  await benchParseText();
  await benchParseFiles();
}
