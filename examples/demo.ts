// The main job: read the bundled sample reports, print what each says, then totals per indicator.
// Run with `npm run demo` (or `npx tsx examples/demo.ts path/to/reports`).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type ParsedReport,
  agencyOf,
  aggregate,
  formatIssues,
  getIndicator,
  observationsOf,
  parseReport,
  validate,
} from "fazhi";
import type { ParsedQuantity } from "fazhi/model";

const dir = process.argv[2] ?? fileURLToPath(new URL("./reports/", import.meta.url));
const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort();

/** Display width in a terminal: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\uffdc]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const bound = { exact: "", approx: "≈", atLeast: "≥", atMost: "≤" } as const;
const show = (q: Pick<ParsedQuantity, "value" | "unit" | "qualifier">) =>
  `${bound[q.qualifier]}${new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 20 }).format(q.value.toFixed() as `${number}`)} ${q.unit}`;

const docs: ParsedReport[] = files.map((file) => parseReport(readFileSync(join(dir, file), "utf8"), { document: file }));

for (const doc of docs) {
  const a = doc.agency;
  console.log(`\n■ ${doc.document}  ${doc.title ?? "(无标题 no title)"}`);
  console.log(`  机关 agency   ${a.name ?? "?"} · ${a.kind ?? "?"} · ${a.level ?? "?"} · ${a.sector ?? "—"} · ${a.region ?? "?"} (${a.divisionCode ?? "?"})`);
  console.log(`  年度 year     ${doc.reportingYear ?? "?"} ${doc.documentKind}`);
  console.log(`  日期 dates    signed ${doc.dates.signed ?? "—"} (${doc.dates.signedRaw ?? "—"}) · published ${doc.dates.published ?? "—"}`);
  const figures = doc.quantities.filter((q) => q.indicator !== null);
  console.log(`  数据 figures  ${doc.quantities.length} quantities, ${figures.length} with an indicator${doc.tasks.length ? `, ${doc.tasks.length} tasks` : ""}`);
  for (const q of figures) {
    console.log(`    ${pad(q.indicator ?? "", 40)}${pad(show(q), 16)}${q.modality === "target" ? "目标 " : ""}${q.quote}`);
  }
  const issues = validate(doc, { locale: "zh" });
  if (issues.length > 0) {
    console.log(`  检查 checks   ${issues.length} issue${issues.length === 1 ? "" : "s"}`);
    for (const line of formatIssues(issues, { locale: "zh", text: doc.text }).split("\n")) console.log(`    ${line}`);
  }
}

// Totals per indicator and year: the documents' figures as observations, aggregated exactly.
// A bound in any part bounds the total (140余万元 makes it "≥"); cumulative figures (2020年来…) are not a year's.
console.log("\n■ 合计 totals per indicator and year (actual figures)\n");
const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));
for (const row of aggregate(observations, { by: ["indicator", "year"], agencies, measures: ["sum", "count", "min", "max"] })) {
  const code = String(row.key["indicator"]);
  const indicator = getIndicator(code as Parameters<typeof getIndicator>[0]);
  const cell = row.sum
    ? show({ value: row.sum.value, unit: row.unit ?? indicator.unit, qualifier: row.sum.qualifier })
    : row.rate
      ? `${show({ value: row.rate.value, unit: "%", qualifier: "exact" })} (Σ分子/Σ分母)`
      : row.statedRates.length > 0
        ? row.statedRates.map((r) => show({ value: r.value, unit: "%", qualifier: "exact" })).join(", ")
        : `${row.min && row.max && !row.min.value.equals(row.max.value) ? `${row.min.value.toString()}–` : ""}${row.max?.value.toString() ?? ""} ${row.unit ?? ""} (不可加 not additive)`;
  const year = row.key["year"] === null ? "累计" : String(row.key["year"]);
  console.log(`  ${pad(indicator.nameZh, 32)}${pad(code, 42)}${pad(year, 6)}${pad(`${row.agencies.length} 个机关`, 10)}${cell}`);
}
