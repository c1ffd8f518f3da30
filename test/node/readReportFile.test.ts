import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBinary, readReportFile } from "../../src/node/readReportFile.js";

const report = "道外区2022年法治政府建设情况报告\n2022年,全区深入推进依法行政,办理行政复议案件33件。\n";
const reportFullWidth = "道外区２０２２年法治政府建设情况报告\n２０２２年，全区深入推进依法行政，办理行政复议案件３３件。\n";
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fazhi-readReportFile-"));
  writeFileSync(join(dir, "utf8.txt"), report);
  writeFileSync(join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reportFullWidth, "utf16le")]));
  writeFileSync(join(dir, "report.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readReportFile", () => {
  it.each([["utf8.txt"], ["utf16.txt"]])("parses a text file, the document named by the file's name: %s", (name) => {
    const file = readReportFile(join(dir, name));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.document.document).toBe(name);
    expect(file.document.reportingYear).toBe(2022);
    expect(file.document.agency.name).toBe("哈尔滨市道外区人民政府");
  });

  it("gives an issue, not a throw, for a binary file or one that cannot be read", () => {
    expect(readReportFile(join(dir, "report.pdf"))).toMatchObject({ ok: false, issue: { code: "file.notText", severity: "error" } });
    expect(readReportFile(join(dir, "missing.txt"))).toMatchObject({ ok: false, issue: { code: "file.unreadable", params: { reason: "cannot be read (ENOENT)" } } });
    expect(readReportFile(dir)).toMatchObject({ ok: false, issue: { code: "file.unreadable" } });
  });
});

describe("isBinary", () => {
  it("tells text from bytes with a NUL, unless a byte-order mark says UTF-16", () => {
    expect(isBinary(new TextEncoder().encode(reportFullWidth))).toBe(false);
    expect(isBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(isBinary(new Uint8Array([0xff, 0xfe, 0x53, 0x00]))).toBe(false);
    expect(isBinary(new Uint8Array([]))).toBe(false);
    expect(isBinary(new Uint8Array([...new Uint8Array(8000).fill(0x41), 0x00]))).toBe(false);
  });
});
