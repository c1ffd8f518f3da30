// Reports in code: the bundled reports read, compared, and rendered as a Table and as a whole report.
// Run with `npx tsx examples/report.ts`.
import { readFileSync, readdirSync } from "node:fs";
import { agencyOf, aggregate, aggregateTable, observationsOf, parseReport } from "fazhi";
import { fazhiReport, reportToHtml, tableToCsv, tableToMarkdown } from "fazhi/render";

const dir = new URL("./reports/", import.meta.url);
const docs = readdirSync(dir)
  .sort()
  .map((file) => parseReport(readFileSync(new URL(file, dir), "utf8"), { document: file }));

// Any analysis as a Table: typed columns and rows keyed by the dimensions asked for.
const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));
const by = ["indicator", "year"] as const;
const rows = aggregate(observations, { by, agencies }).filter((row) => row.key["indicator"] === "enforcement.fineAmount");
const fines = aggregateTable(rows, { by, agencies, observations, omit: ["missingAgencies"], title: { zh: "罚款金额", en: "Fines" } });
console.log(fines.rows.map((row) => `${row.cells.year.value}: ${row.sources.map((s) => `${s.document}@${s.span.start}`).join(", ")}`).join("\n"));
console.log(tableToMarkdown(fines, { numbers: "wan" }));
console.log(tableToCsv(fines).split("\r\n")[1]);

// The whole report: summaries, comparison, issues; as one HTML file.
const report = fazhiReport(docs);
console.log(report.validation.counts, reportToHtml(report).length > 10_000);
