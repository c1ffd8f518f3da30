// The worker threads behind parseReports, parseReportsSync and createReportPool: where the
// worker script is, how they start and stop, how many there are, and what an answer means.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import type { ParsedFile } from "./readReportFile.js";
import { unpackDecimals } from "./transfer.js";

/** The worker script next to this module: parseWorker.ts in the source, dist/node/parseWorker.{js,cjs} in the package (this code may sit in a shared chunk of dist/ or in dist/cli/). */
function workerScript(): { url: URL; typescript: boolean } {
  const here = import.meta.url;
  const ext = here.endsWith(".cjs") ? ".cjs" : here.endsWith(".ts") ? ".ts" : ".js";
  for (const candidate of [`./parseWorker${ext}`, `./node/parseWorker${ext}`, `../node/parseWorker${ext}`]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return { url, typescript: ext === ".ts" };
  }
  throw new Error(`fazhi: the worker script of parseReports is missing next to ${here}`);
}

/** A worker's code that registers tsx's loader, then imports the TypeScript worker script at `url`. */
function sourceLoader(url: URL): string {
  // The ESM build of tsx's API (its CommonJS build, which require.resolve finds, does not register in a worker): its sibling.
  const api = pathToFileURL(createRequire(url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

/**
 * The number of workers asked for (default: the machine's available
 * parallelism), or a RangeError naming `caller`.
 *
 * @internal
 */
export function concurrencyOf(concurrency: number | undefined, caller: string): number {
  const size = concurrency ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`${caller}: concurrency must be a whole number from 1, not ${String(size)}`);
  }
  return size;
}

/**
 * Checks that `paths` is a list of file paths (strings), or throws a
 * TypeError naming `caller`.
 *
 * @internal
 */
export function checkPaths(paths: unknown, caller: string): asserts paths is readonly string[] {
  if (!Array.isArray(paths)) throw new TypeError(`${caller}: paths must be a list of file paths, not ${typeof paths}`);
  const at = paths.findIndex((path) => typeof path !== "string");
  if (at >= 0) throw new TypeError(`${caller}: paths[${at}] must be a file path (a string), not ${typeof paths[at]}`);
}

/** One worker thread and the port it answers on. @internal */
export interface ParseWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
}

/** What the main thread sends a worker: one file to read. @internal */
export interface ParseJob {
  /** The job's number, which the answer repeats. */
  readonly index: number;
  readonly path: string;
  readonly reportUtf8Guess: boolean;
}

/** A worker's answer to a job. @internal */
export interface ParseAnswer {
  readonly index: number;
  readonly result: unknown;
}

/**
 * Starts `size` workers running parseWorker; with a `signal`, each worker also
 * counts its answers there, for a caller that blocks on `Atomics.wait`.
 *
 * @internal
 */
export function startWorkers(size: number, signal: Int32Array | null): ParseWorker[] {
  const { url, typescript } = workerScript();
  return Array.from({ length: size }, () => {
    const { port1, port2 } = new MessageChannel();
    const options = { workerData: { port: port2, signal }, transferList: [port2] };
    // From the source (tests, tsx), the worker registers tsx (a dev dependency) before it loads the TypeScript.
    const worker = typescript ? new Worker(sourceLoader(url), { ...options, eval: true }) : new Worker(url, options);
    return { worker, port: port1 };
  });
}

/**
 * Closes the workers' ports and stops them; resolves once they have stopped.
 *
 * @internal
 */
export async function stopWorkers(workers: readonly ParseWorker[]): Promise<void> {
  for (const { port } of workers) port.close();
  await Promise.all(workers.map(({ worker }) => worker.terminate()));
}

/**
 * How many files each worker holds at once: while the main thread takes in an
 * answer, sends the next path or collects its garbage, the worker reads on.
 * With two, a worker kept up sat idle 17 % of its time (11 % with 16), while
 * the main thread spent 12 % of its own collecting garbage; with 16, a pool
 * kept up reads 1.1–1.2 times the files a second of two (the two alternating
 * in one process, one and two workers), and 32 gains nothing more.
 *
 * @internal
 */
export const inFlight = 16;

/**
 * A worker's answer as a file's result, its Decimals revived; a fault of the
 * reader itself (never a file's fault: those are issues) is thrown.
 *
 * @internal
 */
export function resultOf(path: string, answer: unknown): ParsedFile {
  const result = answer as { failed?: string };
  if (typeof result.failed === "string") throw new Error(`fazhi: parseReports failed on ${path}: ${result.failed}`);
  return unpackDecimals(answer) as ParsedFile;
}
