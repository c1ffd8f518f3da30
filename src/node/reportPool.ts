import type { ParsedFile } from "./readReportFile.js";
import { type ParseAnswer, type ParseJob, type ParseWorker, checkPaths, concurrencyOf, inFlight, resultOf, startWorkers, stopWorkers } from "./workers.js";

/**
 * Options of each batch of files read by `parseReports` or by a pool's `parse`.
 *
 * @example
 * ```ts
 * const options: ParseFilesOptions = { onProgress: (done, total) => console.log(`${done}/${total}`), reportUtf8Guess: false };
 * ```
 */
export interface ParseFilesOptions {
  /** Called on the main thread as each file of the batch is done, with how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Whether reading a file as UTF-8 by a guess is reported (`encoding.guessed`, `info`); default `true` (see `readReportFile`). */
  readonly reportUtf8Guess?: boolean;
}

/**
 * Options of `createReportPool`.
 *
 * @example
 * ```ts
 * const options: ReportPoolOptions = { concurrency: 2 };
 * ```
 */
export interface ReportPoolOptions {
  /** How many worker threads read files at once: a whole number from 1; default `os.availableParallelism()`. */
  readonly concurrency?: number;
}

/**
 * Worker threads that stay up between batches of files (from
 * `createReportPool`).
 *
 * @example
 * ```ts
 * const pool = createReportPool({ concurrency: 1 });
 * const [file] = await pool.parse(["examples/reports/000_6abc9caa6ce6874c.txt"]);
 * file?.ok && file.document.reportingYear; //=> 2020
 * await pool.close();
 * ```
 */
export interface ReportPool {
  /** How many workers the pool has. */
  readonly concurrency: number;
  /**
   * Reads and parses `paths` on the pool's workers, as `parseReports` does: the
   * results in the order of `paths`, an issue for a file that cannot be read.
   * Batches may overlap; their files are read in the order the batches came.
   * Rejects once the pool is closed or a worker has stopped, and with a
   * `TypeError` for `paths` that are not a list of strings.
   */
  parse(paths: readonly string[], options?: ParseFilesOptions): Promise<ParsedFile[]>;
  /** Stops the workers (a batch still running rejects); resolves once they have stopped. Closing twice is closing once. */
  close(): Promise<void>;
}

/** A batch of files given to `parse`, with where it stands. */
interface Batch {
  readonly paths: readonly string[];
  readonly results: ParsedFile[];
  readonly options: ParseFilesOptions;
  readonly resolve: (files: ParsedFile[]) => void;
  readonly reject: (error: unknown) => void;
  /** The next file to send. */
  next: number;
  /** How many files are done. */
  done: number;
}

/** A file sent to a worker, by the job's number (its `index` in the message). */
interface Sent {
  readonly batch: Batch;
  readonly index: number;
}

/**
 * Starts worker threads that read and parse files (as `parseReports` does)
 * and stay up for batch after batch, so that a program that reads files again
 * and again (a server, a watcher) starts them once. Each new worker spends its
 * first few thousand files while V8 compiles the parser (about two seconds of
 * CPU time each, here): a pool pays it once. While no batch runs, the workers
 * do not keep the process alive; `close` stops them. A `concurrency` that is
 * not a whole number from 1 is a `RangeError`. Node.js only: import it from
 * `fazhi/node`.
 *
 * @example
 * ```ts
 * const pool = createReportPool({ concurrency: 2 });
 * const first = await pool.parse(["examples/reports/000_6abc9caa6ce6874c.txt"]);
 * const again = await pool.parse(["examples/reports/000_6abc9caa6ce6874c.txt", "no/such/file.txt"]);
 * first[0]?.ok && first[0].document.agency.name; //=> "哈尔滨市交通运输局"
 * again.map((f) => f.ok); //=> [true, false]
 * await pool.close();
 * ```
 */
export function createReportPool(options: ReportPoolOptions = {}): ReportPool {
  const size = concurrencyOf(options.concurrency, "createReportPool");
  const workers = startWorkers(size, null);
  /** Batches with files still to send or to hear of, in the order they came. */
  const batches: Batch[] = [];
  const sent = new Map<number, Sent>();
  const busy = new Map<ParseWorker, number>(workers.map((w) => [w, 0]));
  let jobs = 0;
  /** Why the pool takes no more batches, once it is closed or broken. */
  let stopped: Error | null = null;
  let stopping: Promise<void> | null = null;

  /** Workers keep the process alive only while a batch runs. */
  const hold = (on: boolean): void => {
    for (const { worker, port } of workers) {
      if (on) {
        worker.ref();
        port.ref();
      } else {
        worker.unref();
        port.unref();
      }
    }
  };

  const settle = (batch: Batch): void => {
    batches.splice(batches.indexOf(batch), 1);
    if (batches.length === 0) hold(false);
  };

  const fail = (batch: Batch, error: unknown): void => {
    if (!batches.includes(batch)) return;
    settle(batch);
    batch.reject(error);
  };

  /**
   * Sends files to the workers with room, from the oldest batch with files left: one file to each
   * worker with room in turn, so that a batch of a few files is shared out evenly.
   */
  const dispatch = (): void => {
    for (let room = true; room; ) {
      room = false;
      for (const w of workers) {
        const held = busy.get(w) ?? 0;
        if (held >= inFlight) continue;
        const batch = batches.find((b) => b.next < b.paths.length);
        if (batch === undefined) return;
        const index = batch.next++;
        const job: ParseJob = {
          index: jobs,
          path: batch.paths[index] ?? "",
          reportUtf8Guess: batch.options.reportUtf8Guess !== false,
        };
        sent.set(jobs++, { batch, index });
        busy.set(w, held + 1);
        w.port.postMessage(job);
        room = true;
      }
    }
  };

  const receive = (w: ParseWorker, answer: ParseAnswer): void => {
    busy.set(w, (busy.get(w) ?? 1) - 1);
    const job = sent.get(answer.index);
    sent.delete(answer.index);
    if (job !== undefined && batches.includes(job.batch)) {
      const { batch, index } = job;
      try {
        batch.results[index] = resultOf(batch.paths[index] ?? "", answer.result);
        batch.done++;
        batch.options.onProgress?.(batch.done, batch.paths.length);
        if (batch.done === batch.paths.length) {
          settle(batch);
          batch.resolve(batch.results);
        }
      } catch (error) {
        fail(batch, error);
      }
    }
    dispatch();
  };

  /** Stops the workers and rejects every batch still running with `reason`. */
  const stop = (reason: Error): Promise<void> => {
    if (stopping !== null) return stopping;
    stopped = reason;
    for (const batch of [...batches]) fail(batch, reason);
    sent.clear();
    stopping = stopWorkers(workers);
    return stopping;
  };

  for (const w of workers) {
    w.worker.once("error", (error) => void stop(error));
    w.worker.once("exit", (code) => void stop(new Error(`fazhi: a worker of parseReports stopped (exit code ${code})`)));
    w.port.on("message", (answer: ParseAnswer) => receive(w, answer));
  }
  hold(false);

  return {
    concurrency: size,
    parse(paths, batchOptions = {}) {
      try {
        checkPaths(paths, "ReportPool.parse");
      } catch (error) {
        return Promise.reject(error);
      }
      if (stopped !== null) return Promise.reject(stopped);
      if (paths.length === 0) return Promise.resolve([]);
      return new Promise<ParsedFile[]>((resolve, reject) => {
        batches.push({ paths: [...paths], results: new Array(paths.length), options: batchOptions, resolve, reject, next: 0, done: 0 });
        hold(true);
        dispatch();
      });
    },
    close() {
      return stop(new Error("fazhi: the report pool is closed"));
    },
  };
}
