// The commands extract, validate and report called directly with an in-memory io: what each writes and returns,
// and the UsageError it throws for a bad option (runCli turns it into one line and exit code 2, see main.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { UsageError, extractCommand, reportCommand, validateCommand } from "../../src/cli/commands.js";
import { extractDataset } from "../../src/cli/extractDataset.js";
import { loadDocuments } from "../../src/cli/loadDocuments.js";
import { toParquet } from "../../src/parquet/toParquet.js";
import { exportToCsv } from "../../src/render/exportToCsv.js";
import { toJson, toNdjson } from "../../src/render/tableToJson.js";
import { validationReport } from "../../src/render/validationReport.js";
import { memoryIo } from "../helpers/cliIo.js";

const reports = new URL("../../examples/reports/", import.meta.url).pathname;
const first = `${reports}000_6abc9caa6ce6874c.txt`;
const missing = join(tmpdir(), "fazhi-no-such-dir", "none.txt");

/** Runs a command on a fresh in-memory io. */
function run(command: (io: ReturnType<typeof memoryIo>["io"]) => number) {
  const { io, written } = memoryIo();
  const code = command(io);
  return { code, ...written };
}

describe("UsageError", () => {
  it("is an Error with its message", () => {
    const error = new UsageError("未知的格式 unknown format: xml");
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("未知的格式 unknown format: xml");
  });
});

describe("extractCommand", () => {
  it("extracts JSON, NDJSON and CSV", () => {
    const json = JSON.parse(run((io) => extractCommand([reports], {}, io)).stdout) as { document: string; text?: string }[];
    expect(json.map((d) => d.document)).toHaveLength(5);
    expect(json[0]?.text).toBeUndefined();
    expect((JSON.parse(run((io) => extractCommand([reports], { text: true }, io)).stdout) as { text?: string }[])[0]?.text).toBeTruthy();
    expect(run((io) => extractCommand([reports], { format: "ndjson" }, io)).stdout.trimEnd().split("\n")).toHaveLength(5);
    const csv = run((io) => extractCommand([reports], { format: "csv", out: "f.csv" }, io));
    expect(csv.stdout).toBe("");
    expect(csv.files.get("f.csv")?.startsWith("\uFEFF文件 document,")).toBe(true);
  });

  it("gives the same documents in JSON and NDJSON, the text only with --text", () => {
    const json = JSON.parse(run((io) => extractCommand([first], { format: "json" }, io)).stdout) as Record<string, unknown>[];
    const ndjson = run((io) => extractCommand([first], { format: "ndjson", text: true }, io)).stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(ndjson).toHaveLength(1);
    const { text, ...rest } = ndjson[0] ?? {};
    expect(typeof text === "string" && text.includes("哈尔滨市交通运输局")).toBe(true);
    expect(json).toEqual([rest]);
  });

  it("writes a CSV of figures, a row each, that csv-parse reads back", () => {
    const r = run((io) => extractCommand([first], { format: "csv" }, io));
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(5);
    expect(r.stdout).toContain("000_6abc9caa6ce6874c.txt,哈尔滨市交通运输局,2020,enforcement.fineAmount,罚款金额,1210000,exact");
  });

  it("extracts a dataset of docs/export.md as Parquet (read back by DuckDB) or as CSV", async () => {
    const parquet = run((io) => extractCommand([reports], { format: "parquet", table: "observations", out: "o.parquet" }, io));
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
    const figures = run((io) => extractCommand([reports], { format: "parquet", out: "f.parquet" }, io));
    expect(figures.bytes.get("f.parquet")?.length).toBeGreaterThan(1000);
    const csv = run((io) => extractCommand([reports], { format: "csv", table: "figures" }, io));
    expect(csv.stdout.startsWith("\uFEFFdocument,agency_name,division_code,reporting_year,figure,")).toBe(true);
    const observations = run((io) => extractCommand([reports], { format: "csv", table: "observations", out: "o.csv" }, io));
    expect([observations.stdout, (parse(observations.files.get("o.csv") ?? "", { bom: true, columns: true }) as unknown[]).length]).toEqual(["", 65]);
  });

  it("writes a collection a piece at a time, the same bytes as the whole collection at once", () => {
    // 410 documents: three pieces of documents (200 a piece), each written and let go.
    const many = mkdtempSync(join(tmpdir(), "fazhi-cli-many-"));
    const names = readdirSync(reports).sort();
    // Each text its own (trailing spaces): a copy of a text read before would be read once.
    for (let k = 0; k < 410; k++) writeFileSync(join(many, `r${String(k).padStart(3, "0")}.txt`), `${readFileSync(join(reports, names[k % names.length] ?? ""), "utf8")}\n${" ".repeat(k)}`);
    try {
      const docs = loadDocuments([many], memoryIo().io);
      expect(docs).toHaveLength(410);
      const shown = docs.map(({ text: _text, ...rest }) => rest);
      const streamed = (options: Parameters<typeof extractCommand>[1]) => {
        const { io, written } = memoryIo(false, true);
        expect(extractCommand([many], { ...options, out: "out" }, io)).toBe(0);
        return { text: written.files.get("out"), bytes: written.bytes.get("out"), pieces: written.pieces.get("out") ?? 0 };
      };
      const json = streamed({ format: "json" });
      // A piece a document (the first opens the array), and the closing bracket.
      expect(json.text).toBe(toJson(shown));
      expect(json.pieces).toBe(411);
      expect(streamed({ format: "ndjson" }).text).toBe(toNdjson(shown));
      for (const table of ["figures", "observations"] as const) {
        const csv = streamed({ format: "csv", table });
        expect(csv.text).toBe(exportToCsv(extractDataset(docs, table)));
        expect(csv.pieces).toBe(3);
        const parquet = streamed({ format: "parquet", table });
        expect(Buffer.from(parquet.bytes ?? []).equals(Buffer.from(toParquet(extractDataset(docs, table))))).toBe(true);
        expect(parquet.pieces).toBeGreaterThan(1);
      }
      // Without appendFile (a test's io), the file is the same, written once.
      const once = run((io) => extractCommand([many], { format: "csv", table: "figures", out: "f.csv" }, io));
      expect([once.files.get("f.csv"), once.pieces.get("f.csv")]).toEqual([exportToCsv(extractDataset(docs, "figures")), 1]);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  it("refuses an unknown format or dataset, listing the choices, and Parquet without --out, before reading anything", () => {
    const usage = (options: Parameters<typeof extractCommand>[1]) => () => extractCommand([missing], options, memoryIo().io);
    expect(usage({ format: "xlsx" })).toThrow(new UsageError("未知的格式 unknown format: xlsx (json, ndjson, csv, parquet)"));
    expect(usage({ format: "parquet", table: "cells", out: "x" })).toThrow(new UsageError("未知的数据表 unknown --table: cells (figures, observations)"));
    expect(usage({ format: "parquet" })).toThrow(new UsageError("Parquet 需要 --out FILE (a binary file is not written to the terminal)"));
    expect(usage({ table: "figures" })).toThrow(new UsageError("--table 仅用于 only with --format parquet or csv"));
    expect(usage({ format: "json", table: "observations" })).toThrow(UsageError);
  });

  it("returns 2 and writes nothing when no document can be read", () => {
    expect(run((io) => extractCommand([missing], {}, io))).toMatchObject({ code: 2, stdout: "", stderr: `fazhi: ${missing}: 找不到文件或文件夹 no such file or folder\n` });
    expect(run((io) => extractCommand([missing], { format: "parquet", out: "x.parquet" }, io)).bytes.size).toBe(0);
  });
});

describe("validateCommand", () => {
  it("validates with exit code 1 when there is an error, in Chinese or English", () => {
    const zh = run((io) => validateCommand([reports], {}, io));
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain("002_79c3c9eaf9c8363c.txt:180:5  错误  date.signedBeforePeriodEnd");
    // 001 has no 落款 at its end (its gold says so): metadata.missingSignature.
    expect(zh.stdout).toContain("001_7212b651b1212873.txt:dates.signed  警告  metadata.missingSignature");
    expect(zh.stdout.trimEnd().split("\n").at(-1)).toBe("5 个文件，1 个错误，10 个警告，1 个提示");
    const en = run((io) => validateCommand([first], { locale: "en" }, io));
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("1 documents, 0 errors");
    expect(JSON.parse(run((io) => validateCommand([reports], { format: "json" }, io)).stdout).counts.error).toBe(1);
  });

  it("prints an issue a line (document:line:column, severity, code, message, quote), then the counts", () => {
    const en = run((io) => validateCommand([reports], { locale: "en" }, io));
    const lines = en.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + 1 + 10 + 1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\d{3}_[0-9a-f]{16}\.txt:(\d+:\d+|[\w.]+|-) {2}(error|warning|info) {2}[a-z]+\.[A-Za-z.]+ {2}\S/);
    expect(lines.at(-1)).toBe("5 documents, 1 errors, 10 warnings, 1 infos");
    const json = JSON.parse(run((io) => validateCommand([reports], { format: "json", locale: "en" }, io)).stdout) as { documents: { issues: unknown[] }[] };
    expect(json.documents.flatMap((d) => d.issues)).toHaveLength(12);
  });

  it("writes each document's issues as it is read: the JSON is validationReport's, whole", () => {
    const docs = loadDocuments([reports], memoryIo().io);
    for (const locale of ["zh", "en"] as const) {
      expect(run((io) => validateCommand([reports], { format: "json", locale }, io)).stdout).toBe(toJson(validationReport(docs, { locale })));
    }
    // One document: an array of one element.
    const one = loadDocuments([first], memoryIo().io);
    expect(run((io) => validateCommand([first], { format: "json" }, io)).stdout).toBe(toJson(validationReport(one)));
  });

  it("refuses an unknown locale or format, and returns 2 when nothing can be read", () => {
    expect(() => validateCommand([reports], { locale: "fr" }, memoryIo().io)).toThrow(new UsageError("未知的语言 unknown locale: fr (zh, en)"));
    expect(() => validateCommand([reports], { format: "xml" }, memoryIo().io)).toThrow(new UsageError("未知的格式 unknown format: xml (text, json)"));
    expect(run((io) => validateCommand([missing], {}, io))).toMatchObject({ code: 2, stdout: "" });
  });
});

describe("reportCommand", () => {
  it("reports: a short summary and the files asked for", () => {
    const r = run((io) => reportCommand([reports], { html: "r.html", md: "r.md", csv: "r.csv", json: "r.json", numbers: "wan" }, io));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("fazhi: 5 份文件 documents · 5 个机关 agencies · 年度 years 2020, 2021");
    expect(r.stdout).toContain("罚款金额 2020: 121万元");
    expect([...r.files.keys()]).toEqual(["r.html", "r.md", "r.csv", "r.json"]);
    expect(r.stdout).toContain("写入 wrote r.html");
  });

  it("writes no file unless asked, numbers grouped by default, a line per document", () => {
    const r = run((io) => reportCommand([reports], {}, io));
    expect([r.code, r.files.size, r.bytes.size]).toEqual([0, 0, 0]);
    expect(r.stdout).toContain("罚款金额 2020: 1,210,000 元");
    expect(r.stdout).not.toContain("写入 wrote");
    const documents = r.stdout.split("\n").filter((line) => /^ {2}\d{3}_/.test(line));
    expect(documents).toHaveLength(5);
    expect(documents[0]).toMatch(/^ {2}000_6abc9caa6ce6874c\.txt {2}哈尔滨市交通运输局 2020 {2}\d+ 个数据 figures {2}0 错误 errors {2}\d+ 警告 warnings$/);
    expect(r.stdout).toContain("合计 totals (first 8):");
  });

  it("writes the report's files in their formats", () => {
    const r = run((io) => reportCommand([first], { html: "r.html", csv: "r.csv", json: "r.json" }, io));
    expect(r.files.get("r.html")?.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(r.files.get("r.csv")?.charCodeAt(0)).toBe(0xfeff);
    expect(Object.keys(JSON.parse(r.files.get("r.json") ?? "{}") as object)).toEqual(expect.arrayContaining(["comparison", "summaries", "validation"]));
  });

  it("reports two agencies whose files have the same name as two agencies, in every table", () => {
    const root = mkdtempSync(join(tmpdir(), "fazhi-report-same-"));
    for (const [folder, file] of [["a", first], ["b", `${reports}001_7212b651b1212873.txt`]] as const) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, "report.txt"), readFileSync(file));
    }
    try {
      const r = run((io) => reportCommand([join(root, "a"), join(root, "b")], { json: "r.json", md: "r.md" }, io));
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("fazhi: 2 份文件 documents · 2 个机关 agencies");
      expect(r.stdout).toContain("  a/report.txt  哈尔滨市交通运输局 2020");
      expect(r.stdout).toContain("  b/report.txt  宁波市海曙区交通运输局 2020");
      const json = JSON.parse(r.files.get("r.json") ?? "{}") as {
        comparison: { agencies: { id: string; name: string }[]; coverage: { columns: { key: string; zh: string }[] }; totals: { rows: { cells: Record<string, { value: unknown } | null> }[] } };
      };
      expect(json.comparison.agencies.map((a) => [a.id, a.name])).toEqual([
        ["a/report.txt", "哈尔滨市交通运输局"],
        ["b/report.txt", "宁波市海曙区交通运输局"],
      ]);
      // The coverage table has a column for each agency, not one column twice.
      expect(json.comparison.coverage.columns.filter((c) => c.key.startsWith("agency:")).map((c) => [c.key, c.zh])).toEqual([
        ["agency:a/report.txt", "哈尔滨市交通运输局"],
        ["agency:b/report.txt", "宁波市海曙区交通运输局"],
      ]);
      // Both agencies report cases of administrative penalty in 2020: the total counts two agencies.
      const cases = json.comparison.totals.rows.find((row) => row.cells["indicator"]?.value === "enforcement.penaltyCases");
      expect(cases?.cells["agencies"]?.value).toBe(2);
      expect(r.files.get("r.md")).toContain("| 指标 indicator | 哈尔滨市交通运输局 a/report.txt | 宁波市海曙区交通运输局 b/report.txt |");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses an unknown --numbers, and returns 2 when nothing can be read", () => {
    expect(() => reportCommand([reports], { numbers: "roman" }, memoryIo().io)).toThrow(new UsageError("未知的数字写法 unknown --numbers: roman (grouped, wan)"));
    expect(run((io) => reportCommand([missing], { html: "r.html" }, io))).toMatchObject({ code: 2, stdout: "", files: new Map() });
  });
});
