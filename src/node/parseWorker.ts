// The worker thread of `parseReports`: reads and parses the files the main thread sends, one at a
// time, and answers each with its result (Decimals packed, see transfer.ts). Built as an entry of
// its own (dist/node/parseWorker.js and .cjs); run from source under tsx.
import { type MessagePort, workerData } from "node:worker_threads";
import { readReportFile } from "./readReportFile.js";
import { packDecimals } from "./transfer.js";
import type { ParseAnswer, ParseJob } from "./workers.js";

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array | null };

port.on("message", (job: ParseJob) => {
  let result: unknown;
  try {
    result = packDecimals(readReportFile(job.path, { reportUtf8Guess: job.reportUtf8Guess }));
  } catch (error) {
    // readReportFile never throws on a file; this is a fault of the reader itself, reported as such.
    result = { failed: error instanceof Error ? error.message : String(error) };
  }
  const answer: ParseAnswer = { index: job.index, result };
  port.postMessage(answer);
  if (signal) {
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
});
