// The bundled reports' observations handed to DuckDB, Spark or Polars: one dataset, written as Parquet
// and as CSV with the same columns. Run with `npx tsx examples/export.ts [folder to write into]`.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { agencyOf, observationsOf, parseReport } from "fazhi";
import { toParquet } from "fazhi/parquet";
import { exportToCsv, observationColumns } from "fazhi/render";

const dir = new URL("./reports/", import.meta.url);
const docs = readdirSync(dir)
  .sort()
  .map((file) => parseReport(readFileSync(new URL(file, dir), "utf8"), { document: file }));
const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));

const data = observationColumns(observations, { agencies });
const out = process.argv[2] ?? ".";
writeFileSync(join(out, "observations.parquet"), toParquet(data));
writeFileSync(join(out, "observations.csv"), exportToCsv(data));
// Values that do not fit DECIMAL(38, 6), if any: left empty in their column, never rounded.
for (const issue of data.issues) console.log(issue.code, issue.path.join("."), issue.message);
console.log(`${data.rows} observations, ${data.columns.length} columns: ${data.columns.map((c) => c.name).join(", ")}`);
