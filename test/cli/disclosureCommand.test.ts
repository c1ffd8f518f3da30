// disclosureCommand (`fazhi disclosure`) called directly with an in-memory io on the shared 政府信息公开 reports
// (test/disclosure/docs). How runCli parses its arguments and answers bad usage is in main.test.ts.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/commands.js";
import { disclosureCommand } from "../../src/cli/disclosureCommand.js";
import { Decimal } from "../../src/model/decimal.js";
import { displayWidth } from "../../src/parse/displayWidth.js";
import { toParquet } from "../../src/parquet/toParquet.js";
import { parseDisclosureReport } from "../../src/parse/disclosure/parseDisclosureReport.js";
import { disclosureCellColumns } from "../../src/render/disclosureCellColumns.js";
import { disclosureCellsCsv } from "../../src/render/disclosureCellsCsv.js";
import { memoryIo } from "../helpers/cliIo.js";
import { disclosureGold, goldCells } from "../helpers/disclosure.js";
import { encodeGbk } from "../helpers/gbk.js";

const docs = new URL("../disclosure/docs/", import.meta.url).pathname;
const d06 = `${docs}d06_hongze_qu_zhengfu_xxgk_2023.txt`;
const d07 = `${docs}d07_hongze_qu_zhengfu_xxgk_2024.txt`;

function run(paths: readonly string[], options: Parameters<typeof disclosureCommand>[1] = {}) {
  const { io, written } = memoryIo();
  const code = disclosureCommand(paths, options, io);
  return { code, ...written };
}

/** The lines of a Markdown table that follows `heading`, as arrays of trimmed cells. */
function tableAfter(text: string, heading: string): string[][] {
  const rest = text.slice(text.indexOf(heading));
  const lines = rest.split("\n").slice(2);
  const end = lines.findIndex((l) => !l.startsWith("|"));
  return lines.slice(0, end).filter((l) => !/^\|[\s\-:|]+\|$/.test(l)).map((l) => l.slice(1, -1).split("|").map((c) => c.trim()));
}

interface JsonReport {
  readonly document: string;
  readonly reportingYear: number;
  readonly template: string;
  readonly agency: { readonly name: string };
  readonly reviews: Record<string, Record<string, string | null>>;
  readonly findings: readonly { readonly severity: string; readonly code: string; readonly rule: string; readonly message: string; readonly cells: readonly string[]; readonly left?: string; readonly right?: string }[];
}

describe("disclosureCommand", () => {
  it("prints d06's agency, year, template, tables and its table 四 errors, exit code 1", () => {
    const r = run([d06]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")[0]).toBe("## 淮安市洪泽区人民政府 2023 · d06_hongze_qu_zhengfu_xxgk_2023.txt");
    expect(r.stdout).toContain("模板 2021 · ");
    const reviews = tableAfter(r.stdout, "### 四、政府信息公开行政复议、行政诉讼情况");
    expect(reviews[0]).toEqual(["项目", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
    expect(reviews[1]).toEqual(["行政复议", "10", "1", "0", "0", "0"]);
    const requests = tableAfter(r.stdout, "### 三、收到和处理政府信息公开申请情况");
    expect(requests.find((row) => row[0]?.includes("本年新收"))).toEqual(["一、本年新收政府信息公开申请数量", "21", "0", "0", "0", "0", "0", "21"]);
    expect(requests).toHaveLength(1 + 23); // (六) printed as one row
    // The columns line up (in display columns: Chinese characters are two wide).
    for (const table of r.stdout.split("\n### ").slice(1, 4)) {
      const widths = new Set(table.split("\n").filter((l) => l.startsWith("|")).map(displayWidth));
      expect(widths.size, table.split("\n")[0]).toBe(1);
    }
    const findings = r.stdout.split("\n").filter((l) => l.startsWith("- "));
    expect(findings).toHaveLength(2);
    expect(findings[0]).toBe(
      "- 错误 `disclosure.reviews.groupTotal` 表四“行政复议”：总计为0，维持、纠正、其他结果与尚未审结之和为11 — reviews.reconsideration.total, reviews.reconsideration.upheld, reviews.reconsideration.corrected, reviews.reconsideration.other, reviews.reconsideration.pending",
    );
    expect(r.stdout).toContain("2 个错误，0 个警告，0 个提示");
  });

  it("shows a blank cell as blank, never 0 (d01 leaves most 总计 cells blank)", () => {
    const r = run([`${docs}d01_shanghai_zfbgt_xxgk_2019.txt`], { locale: "en" });
    const requests = tableAfter(r.stdout, "### Requests received and handled");
    const gold = goldCells(disclosureGold("d01_shanghai_zfbgt_xxgk_2019"));
    const blanks = [...gold].filter(([path, value]) => path.startsWith("requests.") && value === null).length;
    expect(blanks).toBeGreaterThan(10);
    expect(requests.slice(1).flatMap((row) => row.slice(1)).filter((cell) => cell === "")).toHaveLength(blanks);
    expect(requests.find((row) => row[0] === "granted")?.at(-1)).toBe("");
    expect(requests[0]).toEqual(["row", "natural persons", "businesses", "research", "public welfare", "legal services", "other", "total"]);
    expect(r.stdout).toContain("template 2019");
  });

  it("gives messages and labels in English with --locale en; d07 alone has a warning only, exit 0", () => {
    const r = run([d07], { locale: "en" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("### Proactive disclosure");
    expect(r.stdout).toContain("- warning `disclosure.text.mismatch` The text “受理政府 信息公开申请 17 件” states 17, the table gives 95 — requests.received.total");
    expect(r.stdout).toContain("0 errors, 1 warnings, 0 infos");
  });

  it("--compare: d06 and d07 are one agency's consecutive years, consistent across them; the rates of both", () => {
    const r = run([d07, d06], { compare: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("## 跨年度检查\n\n比较: 淮安市洪泽区人民政府 2023 → 2024\n\n上年结转与结转下年度、现行有效件数前后一致。");
    const rates = tableAfter(r.stdout, "## 比率");
    expect(rates).toContainEqual(["淮安市洪泽区人民政府 2024", "实质公开率", "62.11", "59/95", "95", "1"]);
    // N below 30: shown, not ranked.
    expect(rates).toContainEqual(["淮安市洪泽区人民政府 2023", "实质公开率", "19.05", "4/21", "21", ""]);
    expect(rates).toContainEqual(["合计", "实质公开率", "54.31", "63/116", "116", ""]);
    // Without --compare, neither.
    expect(run([d07, d06]).stdout).not.toContain("跨年度检查");
    // Reports of different agencies: nothing to compare.
    expect(run([d06, `${docs}d01_shanghai_zfbgt_xxgk_2019.txt`], { compare: true }).stdout).toContain("没有同一机关相邻两年的报告。");
  });

  it("--compare reports a broken carry-over between the years as an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-disclosure-"));
    const text = readFileSync(d07, "utf8");
    // d07's 上年结转 row as 3 自然人, 3 in all (the 2023 report carried 0 forward).
    const changed = text.replace(/^(二、上年结转政府信息公开申请数量 +)0( .* )0$/m, (_, head: string, middle: string) => `${head}3${middle}3`);
    expect(changed).not.toBe(text);
    writeFileSync(join(dir, "d07-changed.txt"), changed);
    const json = JSON.parse(run([d06, join(dir, "d07-changed.txt")], { compare: true, format: "json" }).stdout) as { series: { document: string; code: string; severity: string }[] };
    expect(json.series.map((s) => [s.document, s.code, s.severity])).toContainEqual(["d07-changed.txt", "disclosure.series.carryOver", "error"]);
    const text07 = run([d06, join(dir, "d07-changed.txt")], { compare: true });
    expect(text07.stdout).toMatch(/- 错误 `disclosure\.series\.carryOver` d07-changed\.txt: /);
  });

  it("--format json: the reports in the SCHEMA.md shape with their findings", () => {
    const r = run([docs], { format: "json" });
    expect(r.code).toBe(1);
    const { reports, series } = JSON.parse(r.stdout) as { reports: JsonReport[]; series?: unknown };
    expect(series).toBeUndefined();
    expect(reports.map((d) => d.document)).toEqual([
      "d01_shanghai_zfbgt_xxgk_2019.txt",
      "d04_shuyang_xian_zhengfu_xxgk_2025.txt",
      "d06_hongze_qu_zhengfu_xxgk_2023.txt",
      "d07_hongze_qu_zhengfu_xxgk_2024.txt",
    ]);
    const report06 = reports[2];
    expect(report06?.agency.name).toBe("淮安市洪泽区人民政府");
    expect(report06?.reportingYear).toBe(2023);
    expect(report06?.reviews["reconsideration"]).toEqual({ upheld: "10", corrected: "1", other: "0", pending: "0", total: "0" });
    const gold = disclosureGold("d06_hongze_qu_zhengfu_xxgk_2023");
    const errors = report06?.findings.filter((f) => f.severity !== "info") ?? [];
    expect(errors.map((f) => [f.rule, [...f.cells].sort(), f.left, f.right])).toEqual(
      gold.findings.filter((f) => f.rule !== "cells.blank").map((f) => [f.rule, [...f.cells].sort(), f.left, f.right]),
    );
    const compared = JSON.parse(run([d06, d07], { format: "json", compare: true }).stdout) as { series: unknown[]; rates: { agencies: unknown[] } };
    expect(compared.series).toEqual([]);
    expect(compared.rates.agencies).toHaveLength(8);
  });

  it("--format csv: a cell per row through the CSV writer (BOM, CRLF), blanks empty, read back with csv-parse", () => {
    const r = run([d06, `${docs}d01_shanghai_zfbgt_xxgk_2019.txt`], { format: "csv", out: "cells.csv" });
    expect(r.stdout).toBe("");
    expect(r.code).toBe(1);
    const csv = r.files.get("cells.csv") ?? "";
    expect(csv.startsWith("\uFEFF文件 document,机关 agency,年度 year,单元格 path,数值 value\r\n")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const of = (document: string) => new Map(rows.filter((row) => row["文件 document"] === document).map((row) => [row["单元格 path"], row["数值 value"]]));
    for (const name of ["d06_hongze_qu_zhengfu_xxgk_2023", "d01_shanghai_zfbgt_xxgk_2019"]) {
      const cells = of(`${name}.txt`);
      const gold = goldCells(disclosureGold(name));
      expect(cells.size).toBe(gold.size);
      for (const [path, value] of gold) expect(cells.get(path), `${name} ${path}`).toBe(value ?? "");
    }
    expect(rows.find((row) => row["单元格 path"] === "reviews.reconsideration.upheld" && row["年度 year"] === "2023")).toMatchObject({ "机关 agency": "淮安市洪泽区人民政府", "数值 value": "10" });
  });

  it("--format parquet: the disclosureCells dataset, read back by DuckDB cell for cell against the gold", async () => {
    const names = ["d06_hongze_qu_zhengfu_xxgk_2023", "d01_shanghai_zfbgt_xxgk_2019"];
    const r = run(names.map((n) => `${docs}${n}.txt`), { format: "parquet", out: "cells.parquet" });
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", ""]); // d06 has errors in its table 四
    const dir = mkdtempSync(join(tmpdir(), "fazhi-disclosure-"));
    writeFileSync(join(dir, "cells.parquet"), r.bytes.get("cells.parquet") ?? new Uint8Array());
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const rows = (await connection.runAndReadAll(`SELECT document, path, value::VARCHAR AS value, value_text, blank FROM '${join(dir, "cells.parquet")}'`)).getRowObjects();
    for (const name of names) {
      const gold = goldCells(disclosureGold(name));
      const cells = new Map(rows.filter((row) => row["document"] === `${name}.txt`).map((row) => [row["path"], row]));
      expect(cells.size).toBe(gold.size);
      for (const [path, value] of gold) {
        const cell = cells.get(path);
        expect([cell?.["value_text"], cell?.["blank"]], `${name} ${path}`).toEqual([value, value === null]);
        // DECIMAL(38, 6): the same number, six places.
        if (value !== null) expect(cell?.["value"], `${name} ${path}`).toBe(new Decimal(value).toFixed(6));
      }
    }
    expect(() => run([d06], { format: "parquet" })).toThrow(new UsageError("Parquet 需要 --out FILE (a binary file is not written to the terminal)"));
  });

  it("neutralises a document name that would be a spreadsheet formula", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-disclosure-"));
    writeFileSync(join(dir, "=cmd.txt"), readFileSync(d07));
    const csv = run([join(dir, "=cmd.txt")], { format: "csv" }).stdout;
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]?.["文件 document"]).toBe("'=cmd.txt");
  });

  it("reads full-width digits and GBK bytes as the other commands do", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-disclosure-"));
    const text = readFileSync(d06, "utf8");
    writeFileSync(join(dir, "wide.txt"), text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    const wide = run([join(dir, "wide.txt")], { format: "csv" }).stdout;
    const ascii = run([d06], { format: "csv" }).stdout;
    const values = (csv: string) => (parse(csv, { bom: true, columns: true }) as Record<string, string>[]).map((row) => [row["单元格 path"], row["数值 value"]]);
    expect(values(wide)).toEqual(values(ascii));
    writeFileSync(join(dir, "gbk.htm"), encodeGbk(`<html><head><meta charset="gbk"></head><body><pre>${text}</pre></body></html>`));
    const gbk = run([join(dir, "gbk.htm")], { format: "csv" });
    expect(values(gbk.stdout)).toEqual(values(ascii));
    expect(gbk.stdout).toContain("gbk.htm,淮安市洪泽区人民政府,2023,");
    // Declared, so nothing to say; read as UTF-8, nothing either; undeclared GBK is a guess, said on stderr.
    expect(gbk.stderr).not.toContain("encoding");
    expect(run([d06], { format: "csv" }).stderr).toBe("");
    writeFileSync(join(dir, "undeclared.txt"), encodeGbk(text));
    const guessed = run([join(dir, "undeclared.txt")], { format: "csv" });
    expect(values(guessed.stdout)).toEqual(values(ascii));
    expect(guessed.stderr).toMatch(/^fazhi: .*undeclared\.txt: .*gb18030/m);
  });

  it("writes each report as it is read (a file appended to a report at a time), the same as all the reports at once", () => {
    const paths = readdirSync(docs).sort().map((name) => `${docs}${name}`);
    const reports = paths.map((path) => parseDisclosureReport(readFileSync(path, "utf8"), { document: path.split("/").at(-1) ?? "" }));
    const streamed = (options: Parameters<typeof disclosureCommand>[1]) => {
      const { io, written } = memoryIo(false, true);
      disclosureCommand(paths, { ...options, out: "out" }, io);
      return { text: written.files.get("out"), bytes: written.bytes.get("out"), pieces: written.pieces.get("out") ?? 0 };
    };
    const csv = streamed({ format: "csv" });
    expect([csv.text, csv.pieces]).toEqual([disclosureCellsCsv(reports), paths.length]);
    const parquet = streamed({ format: "parquet" });
    expect(Buffer.from(parquet.bytes ?? []).equals(Buffer.from(toParquet(disclosureCellColumns(reports))))).toBe(true);
    // The text and JSON are those written whole (an io without appendFile), with or without --compare.
    for (const options of [{}, { compare: true }, { format: "json" }, { format: "json", compare: true }]) {
      const once = memoryIo();
      disclosureCommand(paths, { ...options, out: "out" }, once.io);
      const pieces = streamed(options);
      expect(pieces.text).toBe(once.written.files.get("out"));
      expect(pieces.pieces).toBeGreaterThan(paths.length - 1);
    }
  });

  it("refuses an unknown format or locale, and Parquet without --out, before reading anything", () => {
    const none = join(docs, "none.txt");
    expect(() => run([none], { format: "xml" })).toThrow(new UsageError("未知的格式 unknown format: xml (text, json, csv, parquet)"));
    expect(() => run([none], { locale: "fr" })).toThrow(new UsageError("未知的语言 unknown locale: fr (zh, en)"));
    expect(() => run([none], { format: "parquet" })).toThrow(UsageError);
  });

  it("says in one line why a path cannot be read, returns 2 when nothing could be, and reads the others", () => {
    const missing = run([join(docs, "none.txt")]);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toBe(`fazhi: ${join(docs, "none.txt")}: 找不到文件或文件夹 no such file or folder\n`);
    // One unreadable path among readable ones: a message, the others still read.
    const some = run([d07, join(docs, "none.txt")]);
    expect(some.code).toBe(0);
    expect(some.stderr).toContain("找不到文件或文件夹");
    expect(some.stdout).toContain("淮安市洪泽区人民政府 2024");
  });
});
