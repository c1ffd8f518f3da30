// Export speed and sizes: the observations, figures and disclosure cells of the bundled samples, and
// 1,050,000 synthetic observations (3,000 county agencies × 50 indicators × 7 years, as bench/aggregate.ts)
// written as Parquet and CSV by the built package. Baselines in the same run, interleaved: JSON.stringify
// of the same observations (what `fazhi extract` wrote before), and DuckDB copying the CSV into Parquet
// (an engine's own writer). Wall and CPU time, fastest of the rounds. Run: npm run bench:export
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Render from "../src/render/index.js";
import type * as Parquet from "../src/parquet/index.js";
import { fazhi } from "./library.js";
import { benchAgencies, benchObservations } from "./observations.js";
import { race } from "./race.js";

const render = (await import("../dist/render/index.js" as string)) as typeof Render;
const parquet = (await import("../dist/parquet/index.js" as string)) as typeof Parquet;
const { agencyOf, observationsOf, parseDisclosureReport, parseReport } = fazhi;
const { DuckDBInstance } = await import("@duckdb/node-api");

const dir = mkdtempSync(join(tmpdir(), "fazhi-bench-export-"));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;


// The samples.
const reports = "examples/reports/";
const docs = readdirSync(reports).sort().map((f) => parseReport(readFileSync(reports + f, "utf8"), { document: f }));
const sampleAgencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
const sampleObservations = docs.flatMap((doc) => observationsOf(doc, doc.document));
const disclosure = readdirSync("test/disclosure/docs").sort().map((f) => parseDisclosureReport(readFileSync(`test/disclosure/docs/${f}`, "utf8")));
for (const [name, make] of [
  ["observations", () => render.observationColumns(sampleObservations, { agencies: sampleAgencies })],
  ["figures", () => render.figureColumns(docs)],
  ["disclosureCells", () => render.disclosureCellColumns(disclosure)],
] as const) {
  const timed = await race({ parquet: () => parquet.toParquet(make()), csv: () => render.exportToCsv(make()) }, 20);
  const rows = make().rows;
  const bytes = (timed.parquet.result as Uint8Array).length;
  const csv = Buffer.byteLength(timed.csv.result as string);
  console.log(`export ${name} of the samples: ${rows} rows, Parquet ${kb(bytes)} in ${timed.parquet.wall.toFixed(1)} ms, CSV ${kb(csv)} in ${timed.csv.wall.toFixed(1)} ms`);
}

// 1,050,000 synthetic observations.
// FAZHI_BENCH_AGENCIES (default 3,000: 1,050,000 observations) for a smaller run.
const agencies = benchAgencies(Number(process.env["FAZHI_BENCH_AGENCIES"] ?? 3000));
const observations = benchObservations(agencies);
const n = observations.length;
let data = render.observationColumns(observations, { agencies });
const csvPath = join(dir, "observations.csv");
const parquetPath = join(dir, "observations.parquet");
// Sizes once, outside the timed rounds; the rounds keep no result (1,050,000 rows as CSV, JSON and Parquet at once do not fit a default heap).
writeFileSync(csvPath, render.exportToCsv(data));
const csvBytes = Buffer.byteLength(readFileSync(csvPath, "utf8"));
writeFileSync(parquetPath, parquet.toParquet(data));
const parquetBytes = readFileSync(parquetPath).length;
const jsonBytes = Buffer.byteLength(JSON.stringify(observations));
const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
const timed = await race(
  {
    columns: () => {
      data = render.observationColumns(observations, { agencies });
    },
    parquet: () => void parquet.toParquet(data),
    csv: () => void render.exportToCsv(data),
    json: () => void JSON.stringify(observations),
    duckdbCsvToParquet: () => connection.run(`COPY (SELECT * FROM read_csv('${csvPath}', types = {'value': 'DECIMAL(38,6)', 'lower': 'DECIMAL(38,6)', 'upper': 'DECIMAL(38,6)'})) TO '${join(dir, "duck.parquet")}' (FORMAT parquet)`),
  },
  Number(process.env["FAZHI_BENCH_ROUNDS"] ?? 3),
);
const ns = (ms: number) => `${((ms * 1e6) / n).toFixed(0)} ns/row`;
const line = (name: string, t: { wall: number; cpu: number }) => `${name} ${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU (${ns(t.wall)})`;
console.log(`export of ${n.toLocaleString("en-US")} synthetic observations (fastest of ${process.env["FAZHI_BENCH_ROUNDS"] ?? 3} interleaved rounds; load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}):`);
console.log(`  ${line("observationColumns", timed.columns)}`);
console.log(`  ${line("toParquet", timed.parquet)}, ${mb(parquetBytes)} (${(parquetBytes / n).toFixed(1)} bytes/row)`);
console.log(`  ${line("exportToCsv", timed.csv)}, ${mb(csvBytes)}`);
console.log(`  ${line("baseline JSON.stringify", timed.json)}, ${mb(jsonBytes)}`);
console.log(`  ${line("baseline DuckDB CSV → Parquet", timed.duckdbCsvToParquet)}`);
const columnsAndParquet = timed.columns.wall + timed.parquet.wall;
console.log(`  columns + Parquet / JSON.stringify: ${(columnsAndParquet / timed.json.wall).toFixed(2)}; / DuckDB CSV → Parquet: ${(columnsAndParquet / timed.duckdbCsvToParquet.wall).toFixed(2)}`);
const sql = `SELECT indicator, year, sum(value) AS total FROM '${parquetPath}' WHERE modality = 'actual' AND counted AND aggregation = 'sum' GROUP BY indicator, year, prefecture HAVING count(DISTINCT measure_unit) = 1`;
const query = await race({ duckdb: () => connection.runAndReadAll(sql), aggregate: () => fazhi.aggregate(observations, { by: ["indicator", "year", "prefecture"], agencies }) }, 3);
console.log(`  DuckDB on this Parquet, totals by indicator, year and prefecture: ${query.duckdb.wall.toFixed(0)} ms; fazhi aggregate on the objects: ${query.aggregate.wall.toFixed(0)} ms`);
rmSync(dir, { recursive: true, force: true });
