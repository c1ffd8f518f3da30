// createReportPool: workers kept up for batch after batch, each batch's results in its own order,
// the same documents as parseReports; closed, it takes no more; idle, it does not keep the process
// alive. No timing is asserted.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse/parseReport.js";
import { parseReports, parseReportsSync } from "../../src/node/parseReports.js";
import type { ParsedFile } from "../../src/node/readReportFile.js";
import { createReportPool } from "../../src/node/reportPool.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const corpus = join(root, "test/corpus/docs");
const docs = ["000_6abc9caa6ce6874c.txt", "001_7212b651b1212873.txt", "002_79c3c9eaf9c8363c.txt", "003_b045f6404209a1b9.txt", "004_d7befece2778118b.txt"].map((f) =>
  join(corpus, f),
);
const missing = join(tmpdir(), "fazhi-no-such-dir", "missing.txt");

let dir = "";
let gbk = "";
let binary = "";
let fullWidth = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fazhi-reportPool-"));
  binary = join(dir, "scan.txt");
  writeFileSync(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  // 罚款121万元 in GBK.
  gbk = join(dir, "gbk.txt");
  writeFileSync(gbk, new Uint8Array([0xb7, 0xa3, 0xbf, 0xee, 0x31, 0x32, 0x31, 0xcd, 0xf2, 0xd4, 0xaa]));
  fullWidth = join(dir, "wide.txt");
  writeFileSync(fullWidth, "全年办理行政复议案件３３件，罚款１２１万元。");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What parseReport gives for the same file. */
const direct = (path: string) => parseReport(readFileSync(path), { document: path.split("/").at(-1) ?? path });

const documentsOf = (files: readonly ParsedFile[]) => files.map((f) => (f.ok ? f.document : f.issue.code));

describe("createReportPool", () => {
  it("keeps its workers for batch after batch, overlapping batches included, each in its own order", async () => {
    const pool = createReportPool({ concurrency: 2 });
    expect(pool.concurrency).toBe(2);
    try {
      const first = [docs[0] ?? "", missing, gbk];
      const second = [...docs].reverse();
      const third = [binary, docs[1] ?? "", fullWidth];
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
