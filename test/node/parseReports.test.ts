// parseReports: many files on worker threads, the same documents as parseReport, in input order;
// files that cannot be read give an issue. Runs the source (the worker under tsx) and, once
// built, the package's ESM and CJS entries. No timing is asserted.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { eachReportSync, parseReports, parseReportsSync, readAhead } from "../../src/node/parseReports.js";
import { type ParsedFile, isBinary, readReportFile } from "../../src/node/readReportFile.js";
import { createReportPool } from "../../src/node/reportPool.js";
import { inFlight } from "../../src/node/workers.js";
import { direct, docs, documentsOf, missing, root, reportFilesFor } from "../helpers/reportFiles.js";

const fixtures = reportFilesFor("fazhi-parseReports-");

describe("parseReports", () => {
  it("gives parseReport's documents, in input order, at one and at two workers", async () => {
    const paths = [...docs, fixtures.gbk, fixtures.fullWidth, ...docs.slice().reverse()];
    const expected = paths.map(direct);
    const one = await parseReports(paths, { concurrency: 1 });
    const two = await parseReports(paths, { concurrency: 2 });
    expect(documentsOf(one)).toEqual(expected);
    expect(documentsOf(two)).toEqual(expected);
    expect(one.map((f) => f.path)).toEqual(paths);
    // Decimals come back as Decimals, not as the bare objects of a structured clone.
    const value = two[0]?.ok ? two[0].document.quantities[0]?.value : undefined;
    expect(value).toBeInstanceOf(Decimal);
    expect(value?.plus(1).toString()).toBe(expected[0]?.quantities[0]?.value.plus(1).toString());
    const wide = two[paths.indexOf(fixtures.fullWidth)];
    expect(wide?.ok && wide.document.quantities.map((q) => [q.number, q.value.toString()])).toEqual([
      ["３３件", "33"],
      ["１２１万元", "1210000"],
    ]);
  });

  it("gives an issue, not a throw, for a file that cannot be read or is no text", async () => {
    const files = await parseReports([docs[0] ?? "", missing, fixtures.binary, fixtures.dir], { concurrency: 2 });
    expect(files.map((f) => f.ok)).toEqual([true, false, false, false]);
    expect(files.map((f) => (f.ok ? null : f.issue.code))).toEqual([null, "file.unreadable", "file.notText", "file.unreadable"]);
    const issue = files[1]?.ok === false ? files[1].issue : null;
    expect(issue).toMatchObject({ severity: "error", path: [], params: { file: missing, reasonZh: "无法读取" } });
    expect(issue?.message).toContain("ENOENT");
  });

  it("refuses a concurrency that is not a whole number from 1 with a RangeError", async () => {
    for (const concurrency of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(parseReports(docs, { concurrency })).rejects.toThrow(RangeError);
      expect(() => parseReportsSync(docs, { concurrency })).toThrow(RangeError);
    }
  });

  it("refuses paths that are not a list of strings with a TypeError", async () => {
    await expect(parseReports(undefined as unknown as string[])).rejects.toThrow(new TypeError("parseReports: paths must be a list of file paths, not undefined"));
    expect(() => parseReportsSync([docs[0] ?? "", {}] as unknown as string[])).toThrow(new TypeError("parseReportsSync: paths[1] must be a file path (a string), not object"));
  });

  it("gives nothing for no paths, and reports progress on the main thread", async () => {
    expect(await parseReports([])).toEqual([]);
    const seen: number[] = [];
    await parseReports(docs.slice(0, 3), { concurrency: 2, onProgress: (done, total) => seen.push(done * 10 + total) });
    expect(seen).toEqual([13, 23, 33]);
  });
});

describe("more files than the workers hold at once", () => {
  // Each worker holds `inFlight` files: past that, each answer sends the next file.
  const many = Array.from({ length: 2 * inFlight + 5 }, (_, k) => (k % 7 === 3 ? missing : (docs[k % docs.length] ?? "")));
  const expected = many.map((path) => (path === missing ? "file.unreadable" : direct(path)));

  it("are all read, in input order, by parseReports, parseReportsSync and a pool", async () => {
    expect(documentsOf(await parseReports(many, { concurrency: 2 }))).toEqual(expected);
    expect(documentsOf(parseReportsSync(many, { concurrency: 2 }))).toEqual(expected);
    const pool = createReportPool({ concurrency: 2 });
    try {
      const [a, b] = await Promise.all([pool.parse(many), pool.parse(many.slice(0, inFlight + 1).reverse())]);
      expect(documentsOf(a ?? [])).toEqual(expected);
      expect(documentsOf(b ?? [])).toEqual(expected.slice(0, inFlight + 1).reverse());
    } finally {
      await pool.close();
    }
  });
});

describe("parseReportsSync", () => {
  it("gives what parseReports gives, in the same order", async () => {
    const paths = [docs[2] ?? "", missing, docs[0] ?? "", fixtures.binary, fixtures.gbk];
    const synchronous = parseReportsSync(paths, { concurrency: 2 });
    expect(synchronous).toEqual(await parseReports(paths, { concurrency: 1 }));
    expect(documentsOf(synchronous)[0]).toEqual(direct(docs[2] ?? ""));
  });
});

describe("readReportFile and isBinary", () => {
  it("read one file as parseReport reads its bytes", () => {
    const file = readReportFile(docs[1] ?? "");
    expect(file.ok && file.document).toEqual(direct(docs[1] ?? ""));
    expect(readReportFile(missing)).toMatchObject({ ok: false, issue: { code: "file.unreadable" } });
  });

  it("leave a UTF-8 guess unreported when asked, on the main thread and on workers alike", () => {
    const guessedUtf8 = (file: ParsedFile | undefined) =>
      file?.ok === true && (file.document.issues ?? []).some((i) => i.code === "encoding.guessed" && i.params["encoding"] === "utf-8");
    expect(guessedUtf8(readReportFile(fixtures.fullWidth))).toBe(true);
    expect(guessedUtf8(readReportFile(fixtures.fullWidth, { reportUtf8Guess: false }))).toBe(false);
    const [quiet, wide] = parseReportsSync([fixtures.fullWidth, fixtures.gbk], { concurrency: 1, reportUtf8Guess: false });
    expect(guessedUtf8(quiet)).toBe(false);
    expect(quiet?.ok && quiet.document).toEqual(parseReport(readFileSync(fixtures.fullWidth), { document: "wide.txt", reportUtf8Guess: false }));
    // A GB18030 guess is still reported.
    expect(wide?.ok && (wide.document.issues ?? []).map((i) => `${i.code}:${String(i.params["encoding"])}`)).toContain("encoding.guessed:gb18030");
    expect(guessedUtf8(parseReportsSync([fixtures.fullWidth], { concurrency: 1 })[0])).toBe(true);
  });

  it.runIf(process.platform !== "win32" && process.getuid?.() !== 0)("gives file.unreadable for a file without read permission", () => {
    const locked = join(fixtures.dir, "locked.txt");
    writeFileSync(locked, "罚款121万元");
    chmodSync(locked, 0o000);
    expect(readReportFile(locked)).toMatchObject({ ok: false, issue: { code: "file.unreadable" } });
  });

  it("tell text from fixtures.binary as git does, UTF-16 with a byte-order mark being text", () => {
    expect(isBinary(new TextEncoder().encode("罚款121万元"))).toBe(false);
    expect(isBinary(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe(false);
    expect(isBinary(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toBe(false);
    expect(isBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(isBinary(new Uint8Array([...new Uint8Array(8000).fill(0x61), 0x00]))).toBe(false);
  });
});

const built = existsSync(join(root, "dist/node/index.js")) && existsSync(join(root, "dist/node/parseWorker.cjs"));

describe.runIf(built)("fazhi/node, built", () => {
  it("works from the ESM and the CJS entry (a pool too), with the same documents as the source", async () => {
    const paths = [docs[0] ?? "", missing, docs[3] ?? ""];
    const esm = (await import(join(root, "dist/node/index.js"))) as { parseReports: typeof parseReports };
    const cjs = createRequire(import.meta.url)(join(root, "dist/node/index.cjs")) as { parseReportsSync: typeof parseReportsSync; createReportPool: typeof createReportPool };
    const expected = JSON.stringify(await parseReports(paths, { concurrency: 2 }));
    expect(JSON.stringify(await esm.parseReports(paths, { concurrency: 2 }))).toBe(expected);
    expect(JSON.stringify(cjs.parseReportsSync(paths, { concurrency: 2 }))).toBe(expected);
    const pool = cjs.createReportPool({ concurrency: 1 });
    try {
      expect(JSON.stringify(await pool.parse(paths))).toBe(expected);
    } finally {
      await pool.close();
    }
  });
});

describe("eachReportSync", () => {
  it("hands each file on in input order, holding no more than readAhead files read ahead of a slow one", () => {
    // A large first file keeps one worker busy while the other reads on: the small files it reads
    // wait for the first, at most readAhead of them.
    const big = join(fixtures.dir, "big.txt");
    writeFileSync(big, `某市2023年法治政府建设情况报告\n${"全年办理行政复议案件36件，罚款121万元。\n".repeat(60000)}`);
    const paths = [big, ...Array.from({ length: 2 * readAhead + 40 }, (_, k) => docs[k % docs.length] ?? "")];
    const order: number[] = [];
    let received = 0;
    let most = 0;
    eachReportSync(paths, { concurrency: 2, onProgress: (done) => (received = done) }, (file, index) => {
      most = Math.max(most, received - index);
      order.push(index);
      expect(file.path).toBe(paths[index]);
    });
    expect(order).toEqual(paths.map((_, k) => k));
    expect(most).toBeLessThanOrEqual(readAhead);
  });
});
