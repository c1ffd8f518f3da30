// Parsing speed (fastest run): parseReport over the corpus, against a baseline measured in the same run
// (one regular-expression pass that only finds digit runs), and the time ratio of a 10× input to a 1× input.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fazhi } from "./library.js";

const { parseReport } = fazhi;

const dir = fileURLToPath(new URL("../test/corpus/docs/", import.meta.url));
const corpus = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(dir + f, "utf8"))
  .join("\n");

/** The fastest of repeated runs within `budgetMs`: the time least disturbed by a shared machine. */
function time(run: () => void, budgetMs = 1500): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export function benchParse(): void {
  const bytes = Buffer.byteLength(corpus, "utf8");
  const parse = time(() => parseReport(corpus));
  const baseline = time(() => corpus.match(/\d+(?:\.\d+)?/g));
  const mbps = bytes / 1e6 / (parse / 1000);
  console.log(`parseReport: corpus ${(bytes / 1024).toFixed(0)} KiB in ${parse.toFixed(2)} ms = ${mbps.toFixed(1)} MB/s (goal ≥ 20)`);
  console.log(`  against a digit-run regex pass (${baseline.toFixed(3)} ms): ${(parse / baseline).toFixed(1)}× slower`);
  const ten = corpus.repeat(10);
  const tenTimes = time(() => parseReport(ten), 3000);
  console.log(`  10× input: ${tenTimes.toFixed(1)} ms, ratio to 1× ${(tenTimes / parse).toFixed(2)} (goal ≤ 11)`);
}
