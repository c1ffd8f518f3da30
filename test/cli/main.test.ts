// The command line called in-process (for coverage and exact messages); test/cli/packed.test.ts runs the built bin as users do.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { progressBar } from "../../src/cli/progress.js";
import { decodeBytes } from "../../src/cli/readInput.js";

const reports = new URL("../../examples/reports/", import.meta.url).pathname;

function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const files = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  const writeFile = (p: string, t: string | Uint8Array) => void (typeof t === "string" ? files.set(p, t) : bytes.set(p, t));
  const code = runCli(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, writeFile }, "9.9.9");
  return { code, stdout, stderr, files, bytes };
}

describe("fazhi (in process)", () => {
  it("prints its version and help", () => {
    expect(run("--version")).toMatchObject({ code: 0, stdout: "9.9.9\n" });
    expect(run("--help").stdout).toContain("fazhi report reports/ --html fazhi-report.html");
    expect(run()).toMatchObject({ code: 2 });
    for (const command of ["extract", "validate", "report"]) {
      const help = run(command, "--help");
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^fazhi ${command} `));
      expect(help.stdout).toContain("示例 Examples:");
    }
  });

  it("extracts JSON, NDJSON and CSV", () => {
    const json = JSON.parse(run("extract", reports).stdout) as { document: string; text?: string }[];
    expect(json.map((d) => d.document)).toHaveLength(5);
    expect(json[0]?.text).toBeUndefined();
    expect((JSON.parse(run("extract", reports, "--text").stdout) as { text?: string }[])[0]?.text).toBeTruthy();
    expect(run("extract", reports, "--format", "ndjson").stdout.trimEnd().split("\n")).toHaveLength(5);
    const csv = run("extract", reports, "-f", "csv", "--out", "f.csv");
    expect(csv.stdout).toBe("");
    expect(csv.files.get("f.csv")?.startsWith("\uFEFF文件 document,")).toBe(true);
  });

  it("extracts a dataset of docs/export.md as Parquet (read back by DuckDB) or as CSV", async () => {
    const parquet = run("extract", reports, "--format", "parquet", "--table", "observations", "--out", "o.parquet");
    expect([parquet.code, parquet.stdout, parquet.stderr]).toEqual([0, "", ""]);
    const bytes = parquet.bytes.get("o.parquet") ?? new Uint8Array();
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PAR1");
    const dir = mkdtempSync(join(tmpdir(), "fazhi-cli-"));
    writeFileSync(join(dir, "o.parquet"), bytes);
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const [row] = (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n, sum(value)::VARCHAR AS fines FROM '${join(dir, "o.parquet")}' WHERE indicator = 'enforcement.fineAmount' AND year = 2020`)).getRowObjects();
    expect(row).toEqual({ n: 1, fines: "1210000.000000" });
    rmSync(dir, { recursive: true, force: true });
    // The default dataset is the figures; the same columns as CSV with --table.
    const figures = run("extract", reports, "-f", "parquet", "-o", "f.parquet");
    expect(figures.bytes.get("f.parquet")?.length).toBeGreaterThan(1000);
    const csv = run("extract", reports, "--format", "csv", "--table", "figures");
    expect(csv.stdout.startsWith("\uFEFFdocument,agency_name,division_code,reporting_year,figure,")).toBe(true);
  });

  it("refuses an unknown format or dataset, listing the choices, and Parquet without --out", () => {
    expect(run("extract", reports, "--format", "xlsx")).toMatchObject({ code: 2, stderr: "fazhi extract: 未知的格式 unknown format: xlsx (json, ndjson, csv, parquet)\n" });
    expect(run("extract", reports, "--format", "parquet", "--table", "cells", "--out", "x")).toMatchObject({ code: 2, stderr: "fazhi extract: 未知的数据表 unknown --table: cells (figures, observations)\n" });
    expect(run("extract", reports, "--format", "parquet")).toMatchObject({ code: 2, stderr: expect.stringContaining("--out FILE") });
    expect(run("extract", reports, "--table", "figures")).toMatchObject({ code: 2, stderr: expect.stringContaining("--format parquet or csv") });
  });

  it("does not report reading a file as UTF-8 as a guess (the library does, when not asked otherwise)", () => {
    const docs = JSON.parse(run("extract", reports).stdout) as { issues?: { code: string; params: Record<string, unknown> }[] }[];
    const utf8Guesses = docs.flatMap((d) => d.issues ?? []).filter((i) => i.code === "encoding.guessed" && i.params["encoding"] === "utf-8");
    expect(utf8Guesses).toEqual([]);
    const direct = parseReport(readFileSync(`${reports}000_6abc9caa6ce6874c.txt`));
    expect(direct.issues.some((i) => i.code === "encoding.guessed" && i.params["encoding"] === "utf-8")).toBe(true);
  });

  it("validates with exit code 1 when there is an error, in Chinese or English", () => {
    const zh = run("validate", reports);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain("002_79c3c9eaf9c8363c.txt:180:5  错误  date.signedBeforePeriodEnd");
    expect(zh.stdout.trimEnd().split("\n").at(-1)).toBe("5 个文件，1 个错误，9 个警告，1 个提示");
    const en = run("validate", `${reports}000_6abc9caa6ce6874c.txt`, "--locale", "en");
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("1 documents, 0 errors");
    expect(JSON.parse(run("validate", reports, "--format", "json").stdout).counts.error).toBe(1);
  });

  it("reports: a short summary and the files asked for", () => {
    const r = run("report", reports, "--html", "r.html", "--md", "r.md", "--csv", "r.csv", "--json", "r.json", "--numbers", "wan");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("fazhi: 5 份文件 documents · 5 个机关 agencies · 年度 years 2020, 2021");
    expect(r.stdout).toContain("罚款金额 2020: 121万元");
    expect([...r.files.keys()]).toEqual(["r.html", "r.md", "r.csv", "r.json"]);
    expect(r.stdout).toContain("写入 wrote r.html");
  });

  it("says in one line what is wrong with the input or the usage", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-cli-"));
    writeFileSync(join(dir, "a.pdf"), "x");
    writeFileSync(join(dir, "bin.txt"), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
    const missing = run("extract", join(dir, "none.txt"));
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toBe(`fazhi: ${join(dir, "none.txt")}: 找不到文件或文件夹 no such file or folder\n`);
    expect(run("extract", join(dir, "bin.txt")).stderr).toContain("不是文本文件（二进制） not a text file (binary)");
    expect(run("report", dir).stderr).toContain("bin.txt: 不是文本文件");
    const empty = mkdtempSync(join(tmpdir(), "fazhi-cli-"));
    expect(run("validate", empty).stderr).toContain("文件夹中没有可读的 .txt、.html 或 .htm 文件");
    for (const argv of [["extract", reports, "--format", "xml"], ["validate", reports, "--locale", "fr"], ["validate", reports, "--format", "xml"], ["report", reports, "--numbers", "roman"], ["report", "--bogus", reports], ["extract"], ["frobnicate"]]) {
      const r = run(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.trimEnd().split("\n"), argv.join(" ")).toHaveLength(1);
      expect(r.stderr).not.toContain("    at ");
    }
  });

  it("gives one line, exit code 2, when a file cannot be written", () => {
    const code = runCli(["extract", reports, "--out", "/nonexistent/dir/x.json"], { stdout: { write: () => true }, stderr: { write: () => true }, writeFile: (p) => {
        readFileSync(p);
      } }, "0");
    expect(code).toBe(2);
  });
});

describe("decodeBytes", () => {
  it("reads UTF-8 (with or without BOM), UTF-16 with BOM and GBK; refuses binary", () => {
    expect(decodeBytes(new TextEncoder().encode("罚款121万元"))).toBe("罚款121万元");
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe("a");
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toBe("a");
    // 罚款 in GBK
    expect(decodeBytes(new Uint8Array([0xb7, 0xa3, 0xbf, 0xee]))).toBe("罚款");
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBeNull();
  });
});

describe("progressBar", () => {
  it("draws only on a terminal and for many files", () => {
    let out = "";
    const tty = { isTTY: true, write: (s: string) => (out += s) };
    const bar = progressBar(tty, 10);
    for (let i = 0; i < 10; i++) bar.tick();
    bar.done();
    expect(out).toContain("10/10");
    out = "";
    progressBar(tty, 3).tick();
    progressBar({ isTTY: false, write: (s: string) => (out += s) }, 100).tick();
    expect(out).toBe("");
  });
});
