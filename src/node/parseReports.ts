import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from "node:worker_threads";
import type { ParsedFile } from "./readReportFile.js";
import { unpackDecimals } from "./transfer.js";

/**
 * Options of `parseReports`.
 *
 * @example
 * ```ts
 * const options: ParseReportsOptions = { concurrency: 2 };
 * ```
 */
export interface ParseReportsOptions {
  /** How many worker threads read files at once: a whole number from 1; default `os.availableParallelism()`. */
  readonly concurrency?: number;
  /** Called on the main thread as each file is done, with how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Whether reading a file as UTF-8 by a guess is reported (`encoding.guessed`, `info`); default `true` (see `readReportFile`). */
  readonly reportUtf8Guess?: boolean;
}

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

/** The number of workers, or a RangeError. */
function concurrencyOf(options: ParseReportsOptions, files: number): number {
  const concurrency = options.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`parseReports: concurrency must be a whole number from 1, not ${String(concurrency)}`);
  }
  return Math.max(1, Math.min(concurrency, files));
}

interface Pool {
  readonly workers: readonly { readonly worker: Worker; readonly port: MessagePort }[];
  readonly signal: Int32Array | null;
}

function startPool(size: number, blocking: boolean): Pool {
  const { url, typescript } = workerScript();
  const signal = blocking ? new Int32Array(new SharedArrayBuffer(4)) : null;
  const workers = Array.from({ length: size }, () => {
    const { port1, port2 } = new MessageChannel();
    const options = { workerData: { port: port2, signal }, transferList: [port2] };
    // From the source (tests, tsx), the worker registers tsx (a dev dependency) before it loads the TypeScript.
    const worker = typescript ? new Worker(sourceLoader(url), { ...options, eval: true }) : new Worker(url, options);
    return { worker, port: port1 };
  });
  return { workers, signal };
}

function stopPool(pool: Pool): void {
  for (const { worker, port } of pool.workers) {
    port.close();
    void worker.terminate();
  }
}

/**
 * How many files each worker holds at once: while the main thread takes in one
 * answer and sends the next path, the worker is already reading the next file.
 */
const inFlight = 2;

/** A worker's answer as a file's result. */
function resultOf(path: string, answer: unknown): ParsedFile {
  const result = answer as { failed?: string };
  if (typeof result.failed === "string") throw new Error(`fazhi: parseReports failed on ${path}: ${result.failed}`);
  return unpackDecimals(answer) as ParsedFile;
}

/**
 * Reads and parses many files at once on worker threads (`node:worker_threads`),
 * `concurrency` of them (default: the machine's available parallelism). Each
 * file is read as `parseReport` reads bytes (decoded by `decodeText`), its
 * document named by the file's name. The results come in the order of
 * `paths`; a file that cannot be read, or that is no text, gives a result with
 * an issue (`file.unreadable`, `file.notText`) instead of a document, never a
 * throw. A `concurrency` that is not a whole number from 1 is a `RangeError`.
 * Node.js only: import it from `fazhi/node`.
 *
 * @example
 * ```ts
 * const files = await parseReports(["examples/reports/000_6abc9caa6ce6874c.txt", "no/such/file.txt"], { concurrency: 2 });
 * files.map((f) => f.ok); //=> [true, false]
 * files[0]?.ok && files[0].document.agency.name; //=> "哈尔滨市交通运输局"
 * files[1]?.ok === false && files[1].issue.code; //=> "file.unreadable"
 * ```
 */
export async function parseReports(paths: readonly string[], options: ParseReportsOptions = {}): Promise<ParsedFile[]> {
  const size = concurrencyOf(options, paths.length);
  const results: ParsedFile[] = new Array(paths.length);
  if (paths.length === 0) return results;
  const pool = startPool(size, false);
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const send = (port: MessagePort): void => {
        if (next < paths.length) {
          port.postMessage({ index: next, path: paths[next], reportUtf8Guess: options.reportUtf8Guess !== false });
          next++;
        }
      };
      for (const { worker, port } of pool.workers) {
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (done < paths.length) reject(new Error(`fazhi: a worker of parseReports stopped (exit code ${code})`));
        });
        port.on("message", (message: { index: number; result: unknown }) => {
          try {
            results[message.index] = resultOf(paths[message.index] ?? "", message.result);
          } catch (error) {
            reject(error);
            return;
          }
          done++;
          options.onProgress?.(done, paths.length);
          if (done === paths.length) resolve();
          else send(port);
        });
        for (let k = 0; k < inFlight; k++) send(port);
      }
    });
  } finally {
    stopPool(pool);
  }
  return results;
}

/** How long `parseReportsSync` waits for any worker's answer before it gives up (a worker that died: blocked, it cannot hear of it). */
const patience = 2 * 60 * 1000;

/**
 * `parseReports` for a program that cannot wait for a promise (the `fazhi`
 * command line): the same workers, the same results in the same order, the
 * calling thread blocked until every file is done.
 *
 * @example
 * ```ts
 * const files = parseReportsSync(["examples/reports/000_6abc9caa6ce6874c.txt"], { concurrency: 1 });
 * files[0]?.ok && files[0].document.reportingYear; //=> 2020
 * ```
 */
export function parseReportsSync(paths: readonly string[], options: ParseReportsOptions = {}): ParsedFile[] {
  const size = concurrencyOf(options, paths.length);
  const results: ParsedFile[] = new Array(paths.length);
  if (paths.length === 0) return results;
  const pool = startPool(size, true);
  const signal = pool.signal as Int32Array;
  try {
    let next = 0;
    let done = 0;
    const send = (port: MessagePort): void => {
      if (next < paths.length) {
        port.postMessage({ index: next, path: paths[next], reportUtf8Guess: options.reportUtf8Guess !== false });
        next++;
      }
    };
    for (const { port } of pool.workers) for (let k = 0; k < inFlight; k++) send(port);
    while (done < paths.length) {
      const seen = Atomics.load(signal, 0);
      let answered = false;
      for (const { port } of pool.workers) {
        for (let message = receiveMessageOnPort(port); message !== undefined; message = receiveMessageOnPort(port)) {
          const { index, result } = message.message as { index: number; result: unknown };
          results[index] = resultOf(paths[index] ?? "", result);
          done++;
          answered = true;
          options.onProgress?.(done, paths.length);
          send(port);
        }
      }
      if (done < paths.length && !answered && Atomics.wait(signal, 0, seen, patience) === "timed-out") {
        throw new Error("fazhi: parseReportsSync: no worker answered in two minutes");
      }
    }
  } finally {
    stopPool(pool);
  }
  return results;
}
