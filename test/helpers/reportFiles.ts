// The files the tests of fazhi/node read: five corpus documents, a path that does not exist, and
// (written to a temporary folder) a binary file, GBK bytes and full-width text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import type { ParsedFile } from "../../src/node/readReportFile.js";
import { parseReport } from "../../src/parse/parseReport.js";

/** The repository's root folder. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Five documents of the corpus. */
export const docs = ["000_6abc9caa6ce6874c.txt", "001_7212b651b1212873.txt", "002_79c3c9eaf9c8363c.txt", "003_b045f6404209a1b9.txt", "004_d7befece2778118b.txt"].map((f) =>
  join(root, "test/corpus/docs", f),
);

/** A file that does not exist. */
export const missing = join(tmpdir(), "fazhi-no-such-dir", "missing.txt");

/** The files written by `writeReportFiles`, and their folder. */
export interface ReportFiles {
  readonly dir: string;
  /** A PDF's first bytes, with a NUL: not text. */
  readonly binary: string;
  /** 罚款121万元 in GBK: decoded by decodeText as parseReport decodes bytes. */
  readonly gbk: string;
  /** A sentence with full-width digits and punctuation, in UTF-8. */
  readonly fullWidth: string;
}

/** Writes the files of `ReportFiles` to a new temporary folder named from `prefix`. */
export function writeReportFiles(prefix: string): ReportFiles {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = { dir, binary: join(dir, "scan.txt"), gbk: join(dir, "gbk.txt"), fullWidth: join(dir, "wide.txt") };
  writeFileSync(files.binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  writeFileSync(files.gbk, new Uint8Array([0xb7, 0xa3, 0xbf, 0xee, 0x31, 0x32, 0x31, 0xcd, 0xf2, 0xd4, 0xaa]));
  writeFileSync(files.fullWidth, "全年办理行政复议案件３３件，罚款１２１万元。");
  return files;
}

/** The files of `ReportFiles`, written before the test file's tests (a folder named from `prefix`) and removed after them. */
export function reportFilesFor(prefix: string): ReportFiles {
  const files = { dir: "", binary: "", gbk: "", fullWidth: "" };
  beforeAll(() => {
    Object.assign(files, writeReportFiles(prefix));
  });
  afterAll(() => rmSync(files.dir, { recursive: true, force: true }));
  return files;
}

/** What parseReport gives for the same file. */
export const direct = (path: string) => parseReport(readFileSync(path), { document: path.split("/").at(-1) ?? path });

/** Each file's document, or its issue's code. */
export const documentsOf = (files: readonly ParsedFile[]) => files.map((f) => (f.ok ? f.document : f.issue.code));
