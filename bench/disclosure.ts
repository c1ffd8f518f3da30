// Disclosure-report speed: parseDisclosureReport + validateDisclosure over the four shared
// 政府信息公开工作年度报告, in reports per second and MB/s, and the time per byte of a ~5 MB text
// (the four repeated) against that of the four (linear time: the ratio stays near 1). Fastest of
// interleaved rounds, as in bench/parse.ts. Wired into bench/index.ts by `benchDisclosure()`.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fazhi } from "./library.js";

const { parseDisclosureReport, validateDisclosure } = fazhi;

const dir = fileURLToPath(new URL("../test/disclosure/docs/", import.meta.url));
const reports = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(dir + f, "utf8"));

function fastest(run: () => void, repeat: number, rounds: number): number {
  run(); // warm up
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let k = 0; k < repeat; k++) run();
    best = Math.min(best, (performance.now() - start) / repeat);
  }
  return best;
}

export function benchDisclosure(): void {
  const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r, "utf8"), 0);
  const all = () => {
    for (const text of reports) validateDisclosure(parseDisclosureReport(text));
  };
  const joined = reports.join("\n");
  const large = joined.repeat(Math.ceil(5_000_000 / Buffer.byteLength(joined, "utf8")));
  const largeBytes = Buffer.byteLength(large, "utf8");
  const small = fastest(all, 20, 7);
  const big = fastest(() => validateDisclosure(parseDisclosureReport(large)), 1, 3);
  const mbps = (b: number, ms: number) => (b / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `parseDisclosureReport + validateDisclosure: ${reports.length} reports (${(bytes / 1024).toFixed(0)} KiB) in ${small.toFixed(2)} ms` +
      ` = ${((reports.length * 1000) / small).toFixed(0)} reports/s, ${mbps(bytes, small)} MB/s`,
  );
  console.log(
    `  ${(largeBytes / 1e6).toFixed(1)} MB: ${big.toFixed(0)} ms = ${mbps(largeBytes, big)} MB/s; time per byte ${(big / largeBytes / (small / bytes)).toFixed(2)}× the four reports' (goal ≤ 1.2)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) benchDisclosure();
