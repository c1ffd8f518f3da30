// The export datasets as typed columns and as CSV: one schema for CSV and Parquet, documented in
// docs/export.md (the tables there are checked against the schemas), exact decimals never rounded.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { Decimal, type Observation, agencyOf, aggregate, observationsOf, parseReport } from "fazhi";
import { parseDisclosureReport } from "fazhi/parse";
import {
  type ExportColumnSpec,
  type ExportDataset,
  disclosureCellColumns,
  disclosureCellSchema,
  exportDecimalText,
  exportToCsv,
  figureColumns,
  figureSchema,
  observationColumns,
  observationSchema,
  toExportDecimal,
} from "fazhi/render";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const reports = join(root, "examples/reports");
const docs = readdirSync(reports)
  .sort()
  .map((f) => parseReport(readFileSync(join(reports, f), "utf8"), { document: f }));
const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));

/** What a CSV field of a column should read: the decimal text, the date, true/false, or empty. */
function expectedField(data: ExportDataset, column: number, row: number): string {
  const c = data.columns[column];
  const value = c?.values[row] ?? null;
  if (value === null) return "";
  return typeof value === "bigint" ? exportDecimalText(value) : String(value);
}

describe("docs/export.md", () => {
  const doc = readFileSync(join(root, "docs/export.md"), "utf8");
  const types = { string: "STRING (UTF-8)", int32: "INT32", decimal: "DECIMAL(38, 6)", date: "DATE", boolean: "BOOLEAN" } as const;
  const documented = (heading: string) => {
    const section = doc.slice(doc.indexOf(`## \`${heading}\``));
    const table = section.slice(section.indexOf("| column |"), section.indexOf("\n\n", section.indexOf("| column |")));
    return table
      .split("\n")
      .slice(2)
      .map((line) => line.split(" | ").slice(0, 3).join(" | "));
  };
  const expected = (schema: readonly ExportColumnSpec[]) => schema.map((c) => `| \`${c.name}\` | ${types[c.type]} | ${c.nullable ? "yes" : "no"}`);

  it("lists every column of each dataset, in order, with its type and whether it can be null", () => {
    expect(documented("observations")).toEqual(expected(observationSchema));
    expect(documented("figures")).toEqual(expected(figureSchema));
    expect(documented("disclosureCells")).toEqual(expected(disclosureCellSchema));
  });
});

describe("the datasets as columns", () => {
  it("give one value per row in every column, of the column's type", () => {
    const reportsDir = join(root, "test/disclosure/docs");
    const disclosure = readdirSync(reportsDir).map((f) => parseDisclosureReport(readFileSync(join(reportsDir, f), "utf8")));
    for (const data of [observationColumns(observations, { agencies }), figureColumns(docs), disclosureCellColumns(disclosure)]) {
      expect(data.rows).toBeGreaterThan(50);
      for (const column of data.columns) {
        expect(column.values).toHaveLength(data.rows);
        const kinds = new Set(column.values.map((v) => (v === null ? "null" : typeof v)));
        const type = { string: "string", date: "string", int32: "number", decimal: "bigint", boolean: "boolean" }[column.type];
        expect([...kinds].filter((k) => k !== type && !(k === "null" && column.nullable))).toEqual([]);
      }
    }
  });

  it("observations: agency columns from the agencies, the catalog's name and aggregation, what aggregate counts", () => {
    const data = observationColumns(observations, { agencies });
    const at = (name: string): readonly unknown[] => data.columns.find((c) => c.name === name)?.values ?? [];
    expect(new Set(at("agency_level"))).toEqual(new Set(["prefecture", "county"]));
    expect(at("indicator_name")[0]).toBe("权责清单事项数");
    expect(at("aggregation")[0]).toBe("none");
    expect(at("counted").every((v) => v === true)).toBe(true);
    // Without agencies, the agency columns are empty.
    const bare = observationColumns(observations.slice(0, 1));
    expect(bare.columns.filter((c) => c.name.startsWith("agency_") || c.name === "prefecture").map((c) => c.values[0])).toEqual([null, null, null, null]);
    // 3起 of litigation cases adds up in the indicator's 件.
    const i = at("unit").indexOf("起");
    expect([at("indicator")[i], at("measure_unit")[i]]).toEqual(["litigation.cases", "件"]);
    // A figure reported on another's behalf that the other reported too is not counted; a joint one never.
    const own: Observation = { ...(observations[1] as Observation), agency: "x" };
    const twice = observationColumns([own, { ...own, attribution: "onBehalfOf" }, { ...own, attribution: "joint" }]);
    expect(twice.columns.find((c) => c.name === "counted")?.values).toEqual([true, false, false]);
  });

  it("read figures as aggregate does: a float is refused with a TypeError naming the figure", () => {
    const float = { ...(observations[0] as Observation), quantity: { value: 0.1 as unknown as Decimal, unit: "件", qualifier: "exact" as const } };
    expect(() => observationColumns([float])).toThrow(/observationColumns: observations\[0\]/);
  });
});

describe("toExportDecimal", () => {
  it("is exact both ways for every value with at most 32 integer digits and 6 decimals", () => {
    const scaled = fc.bigInt({ min: -(10n ** 38n) + 1n, max: 10n ** 38n - 1n });
    fc.assert(
      fc.property(scaled, (n) => {
        const text = exportDecimalText(n);
        expect(new Decimal(text).times(1_000_000).toFixed()).toBe(n.toString());
        expect(toExportDecimal(new Decimal(text))).toBe(n);
        expect(new Decimal(text).toFixed()).toBe(text);
      }),
    );
  });

  it("refuses, never rounds, what does not fit", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 50n }), fc.integer({ min: 7, max: 30 }), (digits, places) => {
        const value = new Decimal(digits.toString()).div(new Decimal(10).pow(places));
        if (value.decimalPlaces() > 6) expect(toExportDecimal(value)).toBeNull();
      }),
    );
    expect(toExportDecimal(new Decimal("1e32"))).toBeNull();
    expect(toExportDecimal(new Decimal("99999999999999999999999999999999.999999"))).toBe(10n ** 38n - 1n);
    expect(toExportDecimal(new Decimal(Number.NaN))).toBeNull();
    expect(toExportDecimal(new Decimal("-0"))).toBe(0n);
  });
});

describe("exportToCsv", () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-csv-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the schema's columns with every value as the columns hold it, read back by csv-parse", () => {
    const data = observationColumns(observations, { agencies });
    const csv = exportToCsv(data);
    expect(csv.startsWith("\uFEFFagency,agency_name,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(data.rows + 2);
    const records = parse(csv, { bom: true }) as string[][];
    expect(records[0]).toEqual(observationSchema.map((c) => c.name));
    records.slice(1).forEach((record, row) => {
      expect(record).toEqual(data.columns.map((_, column) => expectedField(data, column, row)));
    });
  });

  it("writes Chinese and full-width text as UTF-8 and neutralises text that a spreadsheet would run", () => {
    const doc = parseReport("全年罚款１２１万元，办理案件８００件。", { document: "=报告（全角）.txt" });
    const csv = exportToCsv(figureColumns([doc]));
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes)).toBe(csv);
    const [header, first] = parse(csv, { bom: true }) as string[][];
    const field = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect([field("document"), field("number"), field("value"), field("unit")]).toEqual(["'=报告（全角）.txt", "１２１万元", "1210000", "元"]);
  });

  it("writes the header alone for no rows", () => {
    expect(exportToCsv(disclosureCellColumns([]))).toBe(`\uFEFF${disclosureCellSchema.map((c) => c.name).join(",")}\r\n`);
  });

  it("gives DuckDB the same totals as the Parquet, with the docs' query over read_csv", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const path = join(dir, "observations.csv");
    writeFileSync(path, exportToCsv(observationColumns(observations, { agencies })));
    const sql = /```sql\n([\s\S]*?)```/.exec(readFileSync(join(root, "docs/export.md"), "utf8"))?.[1] ?? "";
    const csvSql = sql.replace("FROM 'observations.parquet'", `FROM read_csv('${path}', types = {'value': 'DECIMAL(38,6)'})`);
    expect(csvSql).not.toBe(sql);
    const rows = (await connection.runAndReadAll(csvSql)).getRowObjects();
    const totals = rows.map((r) => `${r["indicator"]}|${r["year"]}|${exportDecimalText((r["total"] as { value: bigint }).value)}`);
    const sums = aggregate(observations, { by: ["indicator", "year"], agencies }).flatMap((r) => (r.sum === null ? [] : [`${r.key["indicator"]}|${r.key["year"]}|${r.sum.value.toFixed()}`]));
    expect(totals).toEqual(sums);
    expect(totals).toContain("litigation.cases|2020|3");
  });
});
