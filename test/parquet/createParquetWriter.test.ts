// createParquetWriter: a dataset written piece by piece is, byte for byte, the file toParquet writes of
// it whole (row groups of 1,000 and then 100,000 rows wherever the pieces end); the bytes reach the
// sink as row groups fill; misuse is a TypeError.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { type ParsedDocument, parseReport } from "fazhi";
import { createParquetWriter, toParquet } from "fazhi/parquet";
import { type ExportDataset, figureColumns, observationColumns } from "fazhi/render";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const reports = join(root, "examples/reports");
const docs: ParsedDocument[] = readdirSync(reports)
  .sort()
  .map((name) => parseReport(readFileSync(join(reports, name)), { document: name }));

/** `count` documents, the bundled ones in turn. */
const many = (count: number): ParsedDocument[] => Array.from({ length: count }, (_, k) => docs[k % docs.length] as ParsedDocument);

const dir = mkdtempSync(join(tmpdir(), "fazhi-parquet-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of each row group of a Parquet file, as DuckDB reads its metadata. */
async function rowGroupSizes(bytes: Uint8Array): Promise<number[]> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.parquet`);
  writeFileSync(path, bytes);
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  const rows = (await connection.runAndReadAll(`SELECT DISTINCT row_group_id, row_group_num_rows::INTEGER AS n FROM parquet_metadata('${path}') ORDER BY row_group_id`)).getRowObjects();
  return rows.map((row) => row["n"] as number);
}

/** Rows [from, to) of a dataset, as a dataset of its own. */
function rowsOf(dataset: ExportDataset, from: number, to: number): ExportDataset {
  return { ...dataset, rows: to - from, columns: dataset.columns.map((c) => ({ ...c, values: c.values.slice(from, to) })) as ExportDataset["columns"], issues: [] };
}

/** The file of `dataset` written in pieces ending at `cuts`, and the chunks the sink was given. */
function written(dataset: ExportDataset, cuts: readonly number[]): { readonly bytes: Uint8Array; readonly chunks: number } {
  const chunks: Uint8Array[] = [];
  const writer = createParquetWriter((bytes) => chunks.push(bytes));
  let from = 0;
  for (const cut of [...cuts, dataset.rows]) {
    writer.write(rowsOf(dataset, from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  expect(writer.finish()).toBe(dataset.rows);
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe("createParquetWriter", () => {
  const figures = figureColumns(many(120));

  it("writes, piece by piece, the file toParquet writes whole", async () => {
    expect(figures.rows).toBeGreaterThan(1000);
    const whole = toParquet(figures);
    expect(Buffer.from(written(figures, []).bytes).equals(Buffer.from(whole))).toBe(true);
    expect(Buffer.from(written(figures, [1, 999, 1000, 1001, 2500]).bytes).equals(Buffer.from(whole))).toBe(true);
    // Row groups of 1,000 rows and then the rest (up to 100,000), wherever the pieces end.
    expect(await rowGroupSizes(whole)).toEqual([1000, figures.rows - 1000]);
  });

  it("gives the same bytes for any cutting of the rows (property)", () => {
    const whole = Buffer.from(toParquet(figures));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: figures.rows }), { maxLength: 6 }), (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        expect(Buffer.from(written(figures, sorted).bytes).equals(whole)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("hands the bytes on as row groups fill, not the whole file at the end", () => {
    const { chunks } = written(figures, [500, 1500]);
    // The header and the first row group of 1,000 rows, the last group, and the footer.
    expect(chunks).toBeGreaterThanOrEqual(3);
  });

  it("writes an empty dataset as a file with the schema and no rows", async () => {
    const empty = observationColumns([]);
    const { bytes } = written(empty, []);
    expect(Buffer.from(bytes).equals(Buffer.from(toParquet(empty)))).toBe(true);
    expect(await rowGroupSizes(bytes)).toEqual([]);
  });

  it("refuses another kind of dataset, a write after finish, a finish before any write and a sink that is no function", () => {
    const writer = createParquetWriter(() => {});
    writer.write(rowsOf(figures, 0, 10));
    expect(() => writer.write(observationColumns([]))).toThrow(new TypeError("createParquetWriter: observations rows cannot follow figures rows in one file"));
    expect(writer.finish()).toBe(10);
    expect(writer.finish()).toBe(10);
    expect(() => writer.write(rowsOf(figures, 0, 1))).toThrow(new TypeError("createParquetWriter: write after finish"));
    expect(() => createParquetWriter(() => {}).finish()).toThrow(new TypeError("createParquetWriter: finish before any write (the schema is the first dataset's)"));
    expect(() => createParquetWriter("out.parquet" as unknown as (bytes: Uint8Array) => void)).toThrow(
      new TypeError("createParquetWriter: sink must be a function that takes the bytes, not string"),
    );
  });
});
