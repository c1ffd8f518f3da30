// createReportPool: workers kept up for batch after batch, each batch's results in its own order,
// the same documents as parseReports; closed, it takes no more; idle, it does not keep the process
// alive. No timing is asserted.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReports, parseReportsSync } from "../../src/node/parseReports.js";
import { createReportPool } from "../../src/node/reportPool.js";
import { direct, docs, documentsOf, missing, root, reportFilesFor } from "../helpers/reportFiles.js";

const fixtures = reportFilesFor("fazhi-reportPool-");

describe("createReportPool", () => {
  it("keeps its workers for batch after batch, overlapping batches included, each in its own order", async () => {
    const pool = createReportPool({ concurrency: 2 });
    expect(pool.concurrency).toBe(2);
    try {
      const first = [docs[0] ?? "", missing, fixtures.gbk];
      const second = [...docs].reverse();
      const third = [fixtures.binary, docs[1] ?? "", fixtures.fullWidth];
      expect(documentsOf(await pool.parse(first))).toEqual(documentsOf(await parseReports(first, { concurrency: 1 })));
      // Two batches at once, and a third while they run: none takes another's results.
      const progress: number[] = [];
      const [b, c] = await Promise.all([pool.parse(second, { onProgress: (done) => progress.push(done) }), pool.parse(third, { reportUtf8Guess: false })]);
      expect(documentsOf(b ?? [])).toEqual(second.map(direct));
      expect(documentsOf(c ?? [])).toEqual(documentsOf(parseReportsSync(third, { concurrency: 1, reportUtf8Guess: false })));
      expect(progress).toEqual([1, 2, 3, 4, 5]);
      expect(await pool.parse([])).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it("rejects a batch once closed, closes twice as once, and rejects a batch that was running", async () => {
    const pool = createReportPool({ concurrency: 1 });
    const running = pool.parse([...docs, ...docs]);
    const closing = pool.close();
    await expect(running).rejects.toThrow("closed");
    await closing;
    await pool.close();
    await expect(pool.parse(docs)).rejects.toThrow("closed");
  });

  it("rejects paths that are not a list of strings with a TypeError, and goes on", async () => {
    const pool = createReportPool({ concurrency: 1 });
    try {
      await expect(pool.parse("a.txt" as unknown as string[])).rejects.toThrow(TypeError);
      await expect(pool.parse([docs[0] ?? "", 5] as unknown as string[])).rejects.toThrow("ReportPool.parse: paths[1] must be a file path");
      expect((await pool.parse([docs[0] ?? ""])).map((f) => f.ok)).toEqual([true]);
    } finally {
      await pool.close();
    }
  });

  it("refuses a concurrency that is not a whole number from 1 with a RangeError", () => {
    expect(() => createReportPool({ concurrency: 0 })).toThrow(RangeError);
    expect(() => createReportPool({ concurrency: 2.5 })).toThrow("createReportPool: concurrency must be a whole number from 1");
  });

  it("does not keep the process alive while idle, left unclosed", () => {
    // A script that parses one batch and never closes its pool: it must end by itself, having printed the year.
    const script = `import { createReportPool } from ${JSON.stringify(join(root, "src/node/reportPool.ts"))};
const pool = createReportPool({ concurrency: 2 });
const [file] = await pool.parse([${JSON.stringify(docs[0])}]);
console.log(file.ok && file.document.reportingYear);`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("2020");
  });
});
