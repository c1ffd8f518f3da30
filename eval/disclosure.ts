// npx tsx eval/disclosure.ts [folder] [-v]: scores parseDisclosureReport and validateDisclosure on the
// 政府信息公开工作年度报告 gold (../shared/disclosure, else test/disclosure), as written and with every
// full-width character folded to ASCII (the two must be equal).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { foldText } from "../src/parse/foldText.js";
import { type DisclosureDocScore, scoreDisclosureFolder } from "./disclosureScore.js";

const shared = fileURLToPath(new URL("../../shared/disclosure", import.meta.url));
/** The shared disclosure gold when it is there, else the repository's copy. */
export const defaultDisclosureDir = existsSync(shared) ? shared : fileURLToPath(new URL("../test/disclosure", import.meta.url));

function print(label: string, scores: readonly DisclosureDocScore[], verbose: boolean): void {
  console.log(`\n## ${label}\n`);
  console.log("document                              template  cells exact/gold  wrong  null(gold filled)  invented  findings matched/gold/found");
  let exact = 0;
  let cells = 0;
  let filledExact = 0;
  let filled = 0;
  let wrong = 0;
  let matched = 0;
  let gold = 0;
  let found = 0;
  for (const s of scores) {
    console.log(
      [
        s.name.slice(0, 37).padEnd(38),
        (s.template ? "ok" : "WRONG").padEnd(10),
        `${s.exact}/${s.goldCells}`.padEnd(18),
        String(s.wrong.length).padEnd(7),
        String(s.missed.length).padEnd(19),
        String(s.invented.length).padEnd(10),
        `${s.findings.matched}/${s.findings.gold}/${s.findings.found}`,
      ].join(""),
    );
    if (verbose) for (const line of [...s.wrong, ...s.missed, ...s.invented, ...s.findings.missing.map((m) => `missing finding: ${m}`), ...s.findings.extra.map((m) => `extra finding: ${m}`)]) console.log(`    ${line}`);
    exact += s.exact;
    cells += s.goldCells;
    filled += s.filled;
    filledExact += s.filled - s.missed.length - s.wrong.length;
    wrong += s.wrong.length + s.invented.length;
    matched += s.findings.matched;
    gold += s.findings.gold;
    found += s.findings.found;
  }
  const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`\ncells exact ${exact}/${cells} (${pct(exact, cells)}), filled gold cells exact ${filledExact}/${filled} (${pct(filledExact, filled)}), wrong ${wrong}; findings matched ${matched}/${gold}, found ${found}`);
}

/** Prints the scores of a disclosure gold folder, as written and with full-width characters folded to ASCII. */
export function runDisclosureEval(dir: string, verbose: boolean): void {
  console.log(`\n# 政府信息公开工作年度报告: ${dir}`);
  print("disclosure reports, as written", scoreDisclosureFolder(dir), verbose);
  // The same documents with every full-width character folded to ASCII.
  const ascii = mkdtempSync(join(tmpdir(), "fazhi-disclosure-"));
  mkdirSync(join(ascii, "docs"));
  mkdirSync(join(ascii, "gold"));
  for (const f of readdirSync(join(dir, "docs"))) writeFileSync(join(ascii, "docs", f), foldText(readFileSync(join(dir, "docs", f), "utf8")));
  for (const f of readdirSync(join(dir, "gold"))) writeFileSync(join(ascii, "gold", f), readFileSync(join(dir, "gold", f), "utf8"));
  print("disclosure reports, ASCII punctuation", scoreDisclosureFolder(ascii), verbose);
  rmSync(ascii, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith("-")) ?? defaultDisclosureDir;
  runDisclosureEval(dir, process.argv.includes("--verbose") || process.argv.includes("-v"));
}
