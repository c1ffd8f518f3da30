// The worker thread of parseReports, run from the source (tsx registered first, as parseReports does) and spoken to
// directly: one answer per job, in the order sent, Decimals packed for the trip, a reader's fault reported, the signal counted.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReportFile } from "../../src/node/readReportFile.js";
import { packDecimals, unpackDecimals } from "../../src/node/transfer.js";
import { parseReport } from "../../src/parse/parseReport.js";

const script = new URL("../../src/node/parseWorker.ts", import.meta.url);
const root = fileURLToPath(new URL("../../", import.meta.url));
const report = join(root, "examples/reports/000_6abc9caa6ce6874c.txt");

interface Answer {
  readonly index: number;
  readonly result: unknown;
}

interface Running {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
  /** Sends jobs and waits for as many answers. */
  ask(jobs: readonly { index: number; path: string | Uint8Array; reportUtf8Guess: boolean }[]): Promise<Answer[]>;
}

function start(): Running {
  const api = pathToFileURL(createRequire(script).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const loader = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(loader, { eval: true, workerData: { port: port2, signal }, transferList: [port2] });
  return {
    worker,
    port: port1,
    signal,
    ask(jobs) {
      return new Promise((resolve, reject) => {
        const answers: Answer[] = [];
        const onMessage = (answer: Answer) => {
          answers.push(answer);
          if (answers.length === jobs.length) {
            port1.off("message", onMessage);
            resolve(answers);
          }
        };
        port1.on("message", onMessage);
        worker.once("error", reject);
        for (const job of jobs) port1.postMessage(job);
      });
    },
  };
}

let dir = "";
let wide = "";
let binary = "";
let worker: Running;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fazhi-parseWorker-"));
  wide = join(dir, "wide.txt");
  writeFileSync(wide, "全年办理行政复议案件３３件，罚款１２１万元。");
  binary = join(dir, "scan.txt");
  writeFileSync(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  // One worker for all cases: each start loads tsx and the library anew.
  worker = start();
});
afterAll(async () => {
  worker.port.close();
  await worker.worker.terminate();
  rmSync(dir, { recursive: true, force: true });
});

describe("parseWorker", () => {
  it("reads with the job's reportUtf8Guess, and counts each answer on the shared signal", async () => {
    const answers = await worker.ask([
      { index: 0, path: wide, reportUtf8Guess: false },
      { index: 1, path: wide, reportUtf8Guess: true },
    ]);
    const guessed = answers.map((a) => ((a.result as { document: { issues?: { code: string }[] } }).document.issues ?? []).some((i) => i.code === "encoding.guessed"));
    expect(guessed).toEqual([false, true]);
    expect(answers[0]?.result).toEqual(packDecimals(readReportFile(wide, { reportUtf8Guess: false })));
    // The signal is raised just after each answer is posted (this is the worker's first job): wait for both raises.
    const { signal } = worker;
    while (Atomics.load(signal, 0) < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Atomics.load(signal, 0)).toBe(2);
  });

  it("answers each job with its index and readReportFile's result, Decimals packed as tagged strings, in the order sent", async () => {
    const missing = join(dir, "missing.txt");
    const answers = await worker.ask([
      { index: 7, path: wide, reportUtf8Guess: true },
      { index: 3, path: report, reportUtf8Guess: true },
      { index: 0, path: missing, reportUtf8Guess: true },
      { index: 1, path: binary, reportUtf8Guess: true },
    ]);
    expect(answers.map((a) => a.index)).toEqual([7, 3, 0, 1]);
    expect(answers.map((a) => a.result)).toEqual([wide, report, missing, binary].map((path) => packDecimals(readReportFile(path))));
    // A Decimal travels as { $fazhiDecimal: "…" } and comes back whole (full-width digits read as parseReport reads them).
    const result = answers[0]?.result as { document: { quantities: { number: string; value: unknown }[] } };
    expect(result.document.quantities.map((q) => [q.number, q.value])).toEqual([
      ["３３件", { $fazhiDecimal: "33" }],
      ["１２１万元", { $fazhiDecimal: "1210000" }],
    ]);
    expect(unpackDecimals(answers[1]?.result)).toEqual({ path: report, ok: true, document: parseReport(readFileSync(report), { document: "000_6abc9caa6ce6874c.txt" }) });
    expect(answers.slice(2).map((a) => (a.result as { issue: { code: string } }).issue.code)).toEqual(["file.unreadable", "file.notText"]);
  });

  it("reports a fault of the reader itself as { failed: message }, and goes on answering", async () => {
    // A path given as bytes: fs reads it, but the reader's own code (the file name of a path) expects a string.
    const answers = await worker.ask([
      { index: 0, path: new TextEncoder().encode(report), reportUtf8Guess: true },
      { index: 1, path: report, reportUtf8Guess: true },
    ]);
    expect(answers[0]).toEqual({ index: 0, result: { failed: expect.stringContaining("split") } });
    expect(answers[1]).toMatchObject({ index: 1, result: { ok: true, path: report } });
  });
});
