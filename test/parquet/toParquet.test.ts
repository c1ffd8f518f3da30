// The Parquet of fazhi's datasets as DuckDB reads it: the query docs/export.md shows gives exactly
// aggregate's sums (on the bundled reports and on generated figures), disclosure cells come back
// cell for cell, and the edge cases (no rows, a value beyond DECIMAL(38,6), Chinese text) hold.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import {
  type Agency,
  Decimal,
  type Observation,
  type ParsedDocument,
  agencyOf,
  aggregate,
  observationsOf,
  parseReport,
} from "fazhi";
import { disclosureCells } from "fazhi/model";
import { parseDisclosureReport } from "fazhi/parse";
import { toParquet } from "fazhi/parquet";
import { disclosureCellColumns, exportDecimalText, figureColumns, observationColumns } from "fazhi/render";
import { observations as observationArbitrary } from "fazhi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "fazhi-parquet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Connection = { runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }> };
let connection: Connection;
beforeAll(async () => {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  connection = (await db.connect()) as unknown as Connection;
});

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjects();
}

/** A DuckDB DECIMAL as an exact decimal string (its unscaled bigint and scale), after checking its type. */
function decimalText(value: unknown): string | null {
  if (value === null) return null;
  const d = value as { width: number; scale: number; value: bigint };
  expect([d.width, d.scale]).toEqual([38, 6]);
  return exportDecimalText(d.value);
}

let files = 0;
function written(bytes: Uint8Array): string {
  const path = join(dir, `f${files++}.parquet`);
  writeFileSync(path, bytes);
  return path;
}

/** The SQL block of docs/export.md that reads `observations.parquet` in DuckDB (the first one). */
const docsSql = /```sql\n([\s\S]*?)```/.exec(readFileSync(join(root, "docs/export.md"), "utf8"))?.[1] ?? "";

/** A total with its bounds, as decimal strings (null: unbounded). */
type Total = readonly [string | null, string | null, string | null];

/** The docs' totals query over a file, as `indicator|year → [sum, lower, upper]`. */
async function duckTotals(path: string): Promise<Map<string, Total>> {
  expect(docsSql).toContain("FROM 'observations.parquet'");
  const rows = await query(docsSql.replace("'observations.parquet'", `'${path}'`).replace(/;\s*$/, ""));
  return new Map(rows.map((r) => [`${r["indicator"]}|${r["year"]}`, [decimalText(r["total"]), decimalText(r["lower"]), decimalText(r["upper"])] as const]));
}

/** aggregate's sums by indicator and year with their bounds, as `indicator|year → [sum, lower, upper]` (rows that have one). */
function fazhiTotals(observations: readonly Observation[], agencies: readonly Agency[]): Map<string, Total> {
  const rows = aggregate(observations, { by: ["indicator", "year"], agencies });
  return new Map(
    rows.flatMap((r) => (r.sum === null ? [] : [[`${r.key["indicator"]}|${r.key["year"]}`, [r.sum.value.toFixed(), r.sum.lower?.toFixed() ?? null, r.sum.upper?.toFixed() ?? null] as const]])),
  );
}

/** The bundled sample reports (examples/reports) and the test corpus's copies, each its own agency. */
function samples(): { docs: ParsedDocument[]; observations: Observation[]; agencies: Agency[] } {
  const docs = ["examples/reports/", "test/corpus/docs/"].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => parseReport(readFileSync(join(root, folder, f), "utf8"), { document: `${folder}${f}` })),
  );
  return {
    docs,
    agencies: docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []),
    observations: docs.flatMap((doc) => observationsOf(doc, doc.document)),
  };
}

describe("the observations Parquet in DuckDB", () => {
  it("gives exactly aggregate's sums with the query of docs/export.md, on the sample reports", async () => {
    const { observations, agencies } = samples();
    expect(observations.length).toBeGreaterThan(100);
    const data = observationColumns(observations, { agencies });
    expect(data.issues).toEqual([]);
    const totals = await duckTotals(written(toParquet(data)));
    const expected = fazhiTotals(observations, agencies);
    expect(expected.size).toBeGreaterThan(30);
    expect(totals).toEqual(expected);
    expect(expected.get("enforcement.fineAmount|2020")).toEqual(["2420000", "2420000", "2420000"]); // 罚款121万元, twice
    expect(expected.get("enforcement.fineAmount|2021")).toEqual(["2800000", "2800000", null]); // 罚款140余万元, twice: at least
  });

  it("has the schema's types, nullability and metadata", async () => {
    const { observations, agencies } = samples();
    const path = written(toParquet(observationColumns(observations, { agencies })));
    const described = await query(`DESCRIBE SELECT * FROM '${path}'`);
    const types = Object.fromEntries(described.map((r) => [r["column_name"], r["column_type"]]));
    expect(types).toMatchObject({ value: "DECIMAL(38,6)", lower: "DECIMAL(38,6)", year: "INTEGER", period_from: "DATE", counted: "BOOLEAN", agency: "VARCHAR" });
    const schema = await query(`SELECT name, repetition_type FROM parquet_schema('${path}') WHERE name IN ('agency', 'value')`);
    expect(Object.fromEntries(schema.map((r) => [r["name"], r["repetition_type"]]))).toEqual({ agency: "REQUIRED", value: "OPTIONAL" });
    const meta = await query(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${path}')`);
    expect(Object.fromEntries(meta.map((r) => [r["key"], r["value"]]))).toEqual({ "fazhi.dataset": "observations", "fazhi.schemaVersion": "1", "fazhi.decimal": "DECIMAL(38,6)" });
    const [first] = await query(`SELECT agency_name, prefecture, period_from::VARCHAR AS period_from, quote FROM '${path}' LIMIT 1`);
    expect(first).toEqual({ agency_name: "哈尔滨市交通运输局", prefecture: "230100", period_from: "2020-01-01", quote: "填报行政权力事项293项" });
  });

  it("gives exactly aggregate's sums on generated figures: qualifiers, cumulative periods, targets, joint and on-behalf figures", async () => {
    const figure = fc
      .tuple(
        observationArbitrary({ agencies: ["a", "b", "c"], years: [2020, 2021] }),
        fc.constantFrom("exact", "approx", "atLeast", "atMost"),
        fc.constantFrom("actual", "actual", "target"),
        fc.constantFrom("own", "own", "own", "onBehalfOf", "joint"),
        fc.boolean(),
      )
      .map(([o, qualifier, modality, attribution, cumulative]): Observation => ({
        ...o,
        period: cumulative ? { from: "2019-01-01", to: `${o.period}-06-30` } : o.period,
        quantity: { ...o.quantity, qualifier },
        modality,
        attribution,
      }));
    await fc.assert(
      fc.asyncProperty(fc.array(figure, { maxLength: 60 }), async (observations) => {
        const totals = await duckTotals(written(toParquet(observationColumns(observations))));
        expect(totals).toEqual(fazhiTotals(observations, []));
      }),
      { numRuns: 25 },
    );
  });
});

describe("the figures and disclosure cells Parquet in DuckDB", () => {
  it("keeps every figure of the sample reports, in order, with its place in the text", async () => {
    const { docs } = samples();
    const path = written(toParquet(figureColumns(docs)));
    const rows = await query(`SELECT document, figure, indicator, value, value_text, unit, qualifier, span_start, span_end FROM '${path}'`);
    const expected = docs.flatMap((doc) => doc.quantities.map((q, i) => ({ doc, q, i })));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, n) => {
      const { doc, q, i } = expected[n] as (typeof expected)[number];
      expect({ ...row, value: decimalText(row["value"]) }).toEqual({
        document: doc.document,
        figure: i,
        indicator: q.indicator,
        value: q.value.toFixed(),
        value_text: q.value.toFixed(),
        unit: q.unit,
        qualifier: q.qualifier,
        span_start: q.span?.start ?? null,
        span_end: q.span?.end ?? null,
      });
    });
  });

  it("gives back every cell of the 政府信息公开 reports, blanks as blanks", async () => {
    const folder = join(root, "test/disclosure/docs");
    const reports = readdirSync(folder)
      .sort()
      .map((f) => ({ ...parseDisclosureReport(readFileSync(join(folder, f), "utf8")), document: f }));
    const path = written(toParquet(disclosureCellColumns(reports)));
    const rows = await query(`SELECT document, path, value, value_text, blank, agency_name, reporting_year, signed::VARCHAR AS signed FROM '${path}'`);
    const expected = reports.flatMap((report) => disclosureCells(report).map((cell) => ({ report, cell })));
    expect(rows).toHaveLength(expected.length);
    expect(expected.some(({ cell }) => cell.value === null)).toBe(true);
    rows.forEach((row, n) => {
      const { report, cell } = expected[n] as (typeof expected)[number];
      expect({ ...row, value: decimalText(row["value"]) }).toEqual({
        document: report.document,
        path: cell.path,
        value: cell.value?.toFixed() ?? null,
        value_text: cell.value?.toFixed() ?? null,
        blank: cell.value === null,
        agency_name: report.agency.name ?? null,
        reporting_year: report.reportingYear,
        signed: report.dates.signed ?? null,
      });
    });
  });
});

describe("edge cases", () => {
  const figure = (value: string, extra: Partial<Observation> = {}): Observation => ({
    agency: "a",
    indicator: "enforcement.fineAmount",
    period: 2021,
    quantity: { value: new Decimal(value), unit: "元", qualifier: "exact" },
    modality: "actual",
    attribution: "own",
    ...extra,
  });

  it("writes no rows as a file with the whole schema", async () => {
    for (const data of [observationColumns([]), figureColumns([]), disclosureCellColumns([])]) {
      const path = written(toParquet(data));
      expect(await query(`SELECT count(*)::INTEGER AS n FROM '${path}'`)).toEqual([{ n: 0 }]);
      expect((await query(`DESCRIBE SELECT * FROM '${path}'`)).map((r) => r["column_name"])).toEqual(data.columns.map((c) => c.name));
    }
  });

  it("never rounds a value beyond DECIMAL(38,6): the column stays empty, the row and the issues say so, value_text keeps it", async () => {
    const data = observationColumns([figure("0.1234567"), figure("1e40"), figure("-99999999999999999999999999999999.999999"), figure("12.5")]);
    expect(data.issues.map((i) => [i.code, i.path, i.params["value"]])).toEqual([
      ["export.valueOutOfRange", [0, "quantity", "value"], "0.1234567"],
      ["export.valueOutOfRange", [1, "quantity", "value"], "10000000000000000000000000000000000000000"],
    ]);
    expect(data.issues[0]?.message).toContain("DECIMAL(38,6)");
    expect(observationColumns([figure("1e40")], { locale: "en" }).issues[0]?.message).toMatch(/^The value 10{40} does not fit DECIMAL\(38,6\)/);
    const rows = await query(`SELECT value, lower, value_text, notes FROM '${written(toParquet(data))}'`);
    expect(rows.map((r) => [decimalText(r["value"]), decimalText(r["lower"]), r["value_text"], r["notes"]])).toEqual([
      [null, null, "0.1234567", "valueOutOfRange"],
      [null, null, "10000000000000000000000000000000000000000", "valueOutOfRange"],
      ["-99999999999999999999999999999999.999999", "-99999999999999999999999999999999.999999", "-99999999999999999999999999999999.999999", null],
      ["12.5", "12.5", "12.5", null],
    ]);
  });

  it("the docs' query never sums a group short of a value beyond DECIMAL(38,6): the group is left out, not totalled without it", async () => {
    const observations = [figure("100"), figure("0.1234567"), figure("5", { period: 2020 })];
    expect(fazhiTotals(observations, []).get("enforcement.fineAmount|2021")).toEqual(["100.1234567", "100.1234567", "100.1234567"]);
    const totals = await duckTotals(written(toParquet(observationColumns(observations))));
    expect([...totals]).toEqual([["enforcement.fineAmount|2020", ["5", "5", "5"]]]);
  });

  it("writes bounds by the qualifier", async () => {
    const q = (qualifier: "exact" | "approx" | "atLeast" | "atMost") => figure("1400000", { quantity: { value: new Decimal("1400000"), unit: "元", qualifier } });
    const path = written(toParquet(observationColumns([q("exact"), q("atLeast"), q("atMost"), q("approx")])));
    const rows = await query(`SELECT qualifier, lower, upper FROM '${path}'`);
    expect(rows.map((r) => [r["qualifier"], decimalText(r["lower"]), decimalText(r["upper"])])).toEqual([
      ["exact", "1400000", "1400000"],
      ["atLeast", "1400000", null],
      ["atMost", null, "1400000"],
      ["approx", null, null],
    ]);
  });

  it("keeps full-width and Chinese text as UTF-8, byte for byte", async () => {
    const quote = "罚款１２１万元（含“没收”）；　共计：１２１万元！";
    const doc = parseReport("哈尔滨市道外区人民政府2021年法治政府建设年度报告\n全年罚款１２１万元，办理案件８００件。", { document: "报告（全角）.txt" });
    const data = figureColumns([doc]);
    expect(data.rows).toBeGreaterThan(0);
    const obs = observationColumns([figure("1210000", { source: { document: "报告（全角）.txt", span: { start: 2, end: 6 }, quote } })], {
      agencies: [{ id: "a", name: "哈尔滨市道外区人民政府", kind: "government", level: "county", sector: null, divisionCode: "230104" }],
    });
    const [row] = await query(`SELECT agency_name, document, quote, octet_length(encode(quote)) AS bytes FROM '${written(toParquet(obs))}'`);
    expect(row).toEqual({ agency_name: "哈尔滨市道外区人民政府", document: "报告（全角）.txt", quote, bytes: BigInt(new TextEncoder().encode(quote).length) });
    const figures = await query(`SELECT document, quote, number FROM '${written(toParquet(data))}'`);
    expect(figures[0]).toEqual({ document: "报告（全角）.txt", quote: doc.quantities[0]?.quote, number: doc.quantities[0]?.number });
    expect(doc.quantities[0]?.number).toMatch(/１２１/);
  });
});
