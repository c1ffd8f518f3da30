#!/usr/bin/env node
// The `fazhi` executable: the command line on the real process.
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runCli } from "./main.js";

/** The package's version, from the package.json two folders above this file (dist/cli/ or src/cli/). */
function version(): string {
  try {
    const script = realpathSync(process.argv[1] ?? ".");
    return (JSON.parse(readFileSync(join(dirname(script), "..", "..", "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

process.exitCode = runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, writeFile: (path, text) => writeFileSync(path, text) }, version());
