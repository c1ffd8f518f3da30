// npm run eval [corpus-dir] [--verbose]: scores parseReport on every gold file of the corpus and of
// its excerpts, each as written (ASCII punctuation) and with the full-width punctuation of published pages.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultDisclosureDir, runDisclosureEval } from "./disclosure.js";
import { type CorpusScore, scoreCorpus } from "./score.js";

const shared = fileURLToPath(new URL("../../shared/corpus", import.meta.url));
const dir = process.argv.slice(2).find((arg) => !arg.startsWith("-")) ?? (existsSync(shared) ? shared : fileURLToPath(new URL("../test/corpus", import.meta.url)));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");

function print(label: string, result: CorpusScore): void {
  console.log(`\n## ${label}\n`);
  console.log("document              quantities (tp/fp/fn)  qualifier  modality  indicator (right/pred/gold)  metadata  tasks");
  for (const d of result.documents) {
    console.log(
      [
        d.name.slice(0, 21).padEnd(22),
        `${d.quantities.tp}/${d.quantities.fp}/${d.quantities.fn}`.padEnd(23),
        `${d.qualifier.right}/${d.qualifier.total}`.padEnd(11),
        `${d.modality.right}/${d.modality.total}`.padEnd(10),
        `${d.indicator.right}/${d.indicator.predicted}/${d.indicator.gold}`.padEnd(29),
        `${d.metadata.right}/${d.metadata.total}`.padEnd(10),
        `${d.tasks.right}/${d.tasks.total}`,
      ].join(""),
    );
    if (verbose) for (const line of [...d.metadata.wrong, ...d.tasks.wrong, ...d.misses]) console.log(`    ${line}`);
  }
  console.log(
    `\nquantities P ${pct(result.quantity.precision)} R ${pct(result.quantity.recall)} F1 ${pct(result.quantity.f1)}` +
      ` | qualifier ${pct(result.qualifierAccuracy)} | modality ${pct(result.modalityAccuracy)}`,
  );
  console.log(
    `indicators P ${pct(result.indicator.precision)} R ${pct(result.indicator.recall)}` +
      ` | metadata ${pct(result.metadataAccuracy)} | tasks ${pct(result.taskAccuracy)}`,
  );
}

console.log(`corpus: ${dir}`);
const sets = [{ label: "documents", path: dir }];
if (existsSync(join(dir, "excerpts", "gold"))) sets.push({ label: "excerpts", path: join(dir, "excerpts") });
for (const set of sets) {
  print(`${set.label}, ASCII punctuation`, scoreCorpus(set.path));
  print(`${set.label}, full-width punctuation`, scoreCorpus(set.path, { fullWidth: true }));
}
runDisclosureEval(defaultDisclosureDir, verbose);
