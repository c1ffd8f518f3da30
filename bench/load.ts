// Cold load time: `import("fazhi")` (the built dist/index.js) against `import("zod")` alone, each in
// a fresh Node.js process, the two interleaved round by round so that both see the same machine.
// Also counts the modules `require("fazhi")` loads (CommonJS), which does not depend on the machine.
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const targets = {
  fazhi: pathToFileURL(`${root}dist/index.js`).href,
  zod: "zod", // resolved from the repository root, its ESM entry as for fazhi
} as const;

/** Milliseconds a fresh process takes to import `url`, measured inside it (Node's own start-up excluded). */
function coldImport(url: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }));
}

/** Modules a fresh process has loaded after `require("fazhi")` (dist/index.cjs). */
function requiredModules(): number {
  const script = `const before = Object.keys(require.cache).length; require(${JSON.stringify(`${root}dist/index.cjs`)}); console.log(Object.keys(require.cache).length - before);`;
  return Number(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" }));
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export function benchLoad(rounds = 9): void {
  const times: Record<keyof typeof targets, number[]> = { fazhi: [], zod: [] };
  for (let round = 0; round < rounds; round++) {
    for (const name of ["fazhi", "zod"] as const) times[name].push(coldImport(targets[name]));
  }
  const fazhi = median(times.fazhi);
  const zod = median(times.zod);
  console.log(`cold import (median of ${rounds} fresh processes, interleaved): fazhi ${fazhi.toFixed(1)} ms, zod alone ${zod.toFixed(1)} ms`);
  console.log(`  fazhi / zod: ${(fazhi / zod).toFixed(2)}× (fazhi imports zod, decimal.js and four date-fns functions)`);
  console.log(`  require("fazhi") loads ${requiredModules()} modules`);
}
