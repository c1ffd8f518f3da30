// The main job: read the bundled sample reports, print what each says, then totals per indicator.
// Run with `npm run demo` (or `npx tsx examples/demo.ts path/to/reports`).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal, type ParsedDocument, type ParsedQuantity, formatIssues, getIndicator, parseReport, validate } from "fazhi";

const dir = process.argv[2] ?? fileURLToPath(new URL("./reports/", import.meta.url));
const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort();

/** Display width in a terminal: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\uffdc]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const bound = { exact: "", approx: "≈", atLeast: "≥", atMost: "≤" } as const;
const show = (q: Pick<ParsedQuantity, "value" | "unit" | "qualifier">) =>
  `${bound[q.qualifier]}${new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 20 }).format(q.value.toFixed() as `${number}`)} ${q.unit}`;

const docs: ParsedDocument[] = files.map((file) => parseReport(readFileSync(join(dir, file), "utf8"), { document: file }));

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
    for (const line of formatIssues(issues, { locale: "zh", text: doc.text ?? "" }).split("\n")) console.log(`    ${line}`);
  }
}

// Totals per indicator, over the documents' actual figures; a bound in any part bounds the total.
console.log("\n■ 合计 totals per indicator (actual figures)\n");
const byIndicator = new Map<string, { doc: string; q: ParsedQuantity }[]>();
for (const doc of docs) {
  for (const q of doc.quantities) {
    if (q.indicator === null || q.modality !== "actual") continue;
    byIndicator.set(q.indicator, [...(byIndicator.get(q.indicator) ?? []), { doc: doc.agency.name ?? doc.document, q }]);
  }
}
for (const [code, rows] of [...byIndicator].sort(([a], [b]) => a.localeCompare(b))) {
  const indicator = getIndicator(code as Parameters<typeof getIndicator>[0]);
  const agencies = new Set(rows.map((r) => r.doc)).size;
  let cell: string;
  if (indicator.aggregation.kind === "sum") {
    const total = rows.reduce((acc, r) => acc.plus(r.q.value), new Decimal(0));
    const qualifiers = new Set(rows.map((r) => r.q.qualifier));
    const qualifier = qualifiers.has("approx") ? "approx" : qualifiers.has("atLeast") ? "atLeast" : "exact";
    cell = show({ value: total, unit: indicator.unit, qualifier });
  } else {
    cell = rows.map((r) => show(r.q)).join(", ");
  }
  console.log(`  ${pad(indicator.nameZh, 32)}${pad(code, 42)}${pad(`${agencies} 个机关`, 10)}${cell}`);
}
