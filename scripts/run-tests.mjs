// Runs vitest with coverage and ends with the plain line `N passed, N failed`
// read from vitest's JSON report, so that a run that executed no test shows.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const report = ".vitest.json";
rmSync(report, { force: true });
const run = spawnSync(
  "npx",
  ["vitest", "run", "--coverage", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  { stdio: "inherit" },
);
if (!existsSync(report)) {
  console.log("0 passed, 1 failed");
  console.error("vitest wrote no JSON report");
  process.exit(1);
}
const result = JSON.parse(readFileSync(report, "utf8"));
const passed = result.numPassedTests ?? 0;
const failed = (result.numFailedTests ?? 0) + (result.numFailedTestSuites ?? 0);
console.log(`${passed} passed, ${failed} failed`);
if (run.status !== 0 || failed > 0 || passed === 0) process.exit(run.status || 1);
