#!/usr/bin/env node
// The `fazhi` executable: the command line on the real process.
import { appendFileSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

// A reader that stops reading (`fazhi extract … | head`) closes the pipe: the next write fails with
// EPIPE, emitted as an error event, which Node would report with a stack trace. The output was
// cut short by the reader's choice: exit quietly, with the code of what ran. Any other error of
// a standard stream is one line on stderr, exit code 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && stream === process.stdout) process.stderr.write(`fazhi: ${error.message}\n`);
    process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
  });
}

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  writeFile: (path: string, data: string | Uint8Array) => writeFileSync(path, data),
  appendFile: (path: string, data: string | Uint8Array) => appendFileSync(path, data),
  rename: (from: string, to: string) => renameSync(from, to),
  removeFile: (path: string) => rmSync(path, { force: true }),
};
process.exitCode = runCli(process.argv.slice(2), io, version());
