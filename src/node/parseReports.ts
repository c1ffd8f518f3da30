import { receiveMessageOnPort } from "node:worker_threads";
import type { ParsedFile } from "./readReportFile.js";
import { type ParseFilesOptions, createReportPool } from "./reportPool.js";
import { type ParseAnswer, type ParseJob, checkPaths, concurrencyOf, inFlight, resultOf, startWorkers, stopWorkers } from "./workers.js";

/**
 * Options of `parseReports` and `parseReportsSync`.
 *
 * @example
 * ```ts
 * const options: ParseReportsOptions = { concurrency: 2, reportUtf8Guess: false };
 * ```
 */
export interface ParseReportsOptions extends ParseFilesOptions {
  /** How many worker threads read files at once: a whole number from 1; default `os.availableParallelism()` (never more than there are files). */
  readonly concurrency?: number;
}

/** The number of workers for `files` files, or a RangeError. */
function workersFor(options: ParseReportsOptions, files: number, caller: string): number {
  return Math.max(1, Math.min(concurrencyOf(options.concurrency, caller), files));
}

/**
 * Reads and parses many files at once on worker threads (`node:worker_threads`),
 * `concurrency` of them (default: the machine's available parallelism). Each
 * file is read as `parseReport` reads bytes (decoded by `decodeText`), its
 * document named by the file's name. The results come in the order of
 * `paths`; a file that cannot be read, or that is no text, gives a result with
 * an issue (`file.unreadable`, `file.notText`) instead of a document, never a
 * throw. A `concurrency` that is not a whole number from 1 is a `RangeError`, `paths`
 * that are not a list of strings a `TypeError`.
 * Its workers stop when it is done; a program that reads files batch after
 * batch keeps them up with `createReportPool`. Node.js only: import it from
 * `fazhi/node`.
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
  checkPaths(paths, "parseReports");
  const size = workersFor(options, paths.length, "parseReports");
  if (paths.length === 0) return [];
  const { concurrency: _, ...batch } = options;
  const pool = createReportPool({ concurrency: size });
  try {
    return await pool.parse(paths, batch);
  } finally {
    await pool.close();
  }
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
  checkPaths(paths, "parseReportsSync");
  const results: ParsedFile[] = [];
  eachReportSync(paths, options, (file) => void results.push(file), "parseReportsSync");
  return results;
}

/**
 * How many files past the first one not yet handed on may be read ahead: the answers that came
 * early wait for it in memory, so a slow file (a large one) holds at most this many documents.
 *
 * @internal
 */
export const readAhead = 256;

/**
 * `parseReportsSync` that hands each file's result to `onFile` in the order of `paths`, as soon as
 * it and every file before it are read, and keeps none: a caller that writes each document out and
 * lets it go holds at most `readAhead` of them, however many files there are.
 *
 * @example
 * ```ts
 * const names: string[] = [];
 * eachReportSync(["examples/reports/000_6abc9caa6ce6874c.txt"], { concurrency: 1 }, (file) => file.ok && names.push(file.document.document));
 * names; //=> ["000_6abc9caa6ce6874c.txt"]
 * ```
 *
 * @internal
 */
export function eachReportSync(
  paths: readonly string[],
  options: ParseReportsOptions,
  onFile: (file: ParsedFile, index: number) => void,
  caller = "eachReportSync",
): void {
  checkPaths(paths, caller);
  const size = workersFor(options, paths.length, caller);
  if (paths.length === 0) return;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workers = startWorkers(size, signal);
  const waiting = new Map<number, ParsedFile>();
  const held = new Array<number>(workers.length).fill(0);
  try {
    let next = 0;
    let handed = 0;
    // One file to each worker in turn (a batch of a few files is shared out evenly), no worker
    // holding more than `inFlight`, and none read more than `readAhead` past the first not handed on.
    const send = (): void => {
      for (let round = 0; round < inFlight; round++) {
        for (let w = 0; w < workers.length; w++) {
          if (next >= paths.length || next - handed >= readAhead) return;
          if ((held[w] ?? 0) > round) continue;
          const job: ParseJob = { index: next, path: paths[next] ?? "", reportUtf8Guess: options.reportUtf8Guess !== false };
          workers[w]?.port.postMessage(job);
          held[w] = (held[w] ?? 0) + 1;
          next++;
        }
      }
    };
    send();
    while (handed < paths.length) {
      const seen = Atomics.load(signal, 0);
      let answered = false;
      workers.forEach((w, k) => {
        for (let message = receiveMessageOnPort(w.port); message !== undefined; message = receiveMessageOnPort(w.port)) {
          const { index, result } = message.message as ParseAnswer;
          waiting.set(index, resultOf(paths[index] ?? "", result));
          held[k] = (held[k] ?? 1) - 1;
          answered = true;
          options.onProgress?.(handed + waiting.size, paths.length);
        }
      });
      for (let file = waiting.get(handed); file !== undefined; file = waiting.get(handed)) {
        waiting.delete(handed);
        onFile(file, handed);
        handed++;
      }
      send();
      if (handed < paths.length && !answered && Atomics.wait(signal, 0, seen, patience) === "timed-out") {
        throw new Error(`fazhi: ${caller}: no worker answered in two minutes`);
      }
    }
  } finally {
    void stopWorkers(workers);
  }
}
