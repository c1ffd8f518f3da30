import { disclosureColumnLabels, disclosureRowLabels, disclosureTableTitles } from "../catalog/lexicon/disclosureLabels.js";
import type { Decimal } from "../model/decimal.js";
import { disclosureCells } from "../model/disclosureCells.js";
import type { DisclosureReport } from "../model/disclosureReport.js";
import type { Issue, Severity } from "../model/issue.js";

/**
 * A column of a disclosure summary table: its key and its names.
 *
 * @example
 * ```ts
 * const column: DisclosureSummaryColumn = { key: "naturalPerson", zh: "自然人", en: "natural persons" };
 * ```
 */
export interface DisclosureSummaryColumn {
  /** The column key as it ends a cell path (`naturalPerson`, `upheld`, `inForce`). */
  readonly key: string;
  /** Chinese name. */
  readonly zh: string;
  /** English name. */
  readonly en: string;
}

/**
 * A row of a disclosure summary table: its path, names and one cell per
 * column of the table — a `Decimal`, `null` for a blank (never 0), or
 * `undefined` where the row has no such column (table 二's rows differ).
 *
 * @example
 * ```ts
 * const row: DisclosureSummaryRow = { path: "reviews.reconsideration", zh: "行政复议", en: "reconsideration", cells: [null, null, null, null, null] };
 * ```
 */
export interface DisclosureSummaryRow {
  /** The row's dotted path (`requests.refused.stateSecret`). */
  readonly path: string;
  /** Chinese label. */
  readonly zh: string;
  /** English label. */
  readonly en: string;
  /** One cell per column. */
  readonly cells: readonly (Decimal | null | undefined)[];
}

/**
 * One of tables 二 (`active`), 三 (`requests`) and 四 (`reviews`) as a summary shows it.
 *
 * @example
 * ```ts
 * const rows = (table: DisclosureSummaryTable) => table.rows.length;
 * ```
 */
export interface DisclosureSummaryTable {
  /** Which table. */
  readonly key: "active" | "requests" | "reviews";
  /** Chinese title. */
  readonly zh: string;
  /** English title. */
  readonly en: string;
  /** The columns, in template order. */
  readonly columns: readonly DisclosureSummaryColumn[];
  /** The rows, in template order. */
  readonly rows: readonly DisclosureSummaryRow[];
}

/**
 * A finding on a report as a summary lists it: severity, code, the rule (the
 * code less `disclosure.`, as in `SCHEMA.md`), the message, the cells it is
 * about and, for a relation, its stated (`left`) and computed (`right`) sides.
 *
 * @example
 * ```ts
 * const f: DisclosureSummaryFinding = { severity: "error", code: "disclosure.reviews.groupTotal", rule: "reviews.groupTotal", message: "…", cells: ["reviews.reconsideration.total"], left: "0", right: "11" };
 * ```
 */
export interface DisclosureSummaryFinding {
  /** `error`, `warning` or `info`. */
  readonly severity: Severity;
  /** The issue code (`disclosure.reviews.groupTotal`). */
  readonly code: string;
  /** The rule name of `SCHEMA.md` (`reviews.groupTotal`). */
  readonly rule: string;
  /** The message, in the language the findings were made in. */
  readonly message: string;
  /** The cell paths it is about (empty for a document finding). */
  readonly cells: readonly string[];
  /** The stated side of a relation. */
  readonly left?: string;
  /** What the parts give (`≥n` when blanks make it a lower bound). */
  readonly right?: string;
}

/**
 * The summary of one 政府信息公开工作年度报告: who, which year, which
 * template, tables 二, 三 and 四 with their labels (blanks kept blank), the
 * findings and their counts per severity.
 *
 * @example
 * ```ts
 * const errors = (s: DisclosureSummary) => s.counts.error;
 * ```
 */
export interface DisclosureSummary {
  /** The document name. */
  readonly document: string;
  /** The title as written, or `null`. */
  readonly title: string | null;
  /** The agency's name, or `null` when not found. */
  readonly agency: string | null;
  /** The reporting year, or `null`. */
  readonly reportingYear: number | null;
  /** The template: `2019` trial or `2021`. */
  readonly template: "2019" | "2021";
  /** Tables 二, 三 and 四. */
  readonly tables: readonly DisclosureSummaryTable[];
  /** The findings, in the order given. */
  readonly findings: readonly DisclosureSummaryFinding[];
  /** How many findings per severity. */
  readonly counts: Readonly<Record<Severity, number>>;
}

const label = (labels: Readonly<Record<string, readonly [string, string]>>, key: string, fallback: string): readonly [string, string] =>
  labels[key] ?? [fallback, fallback];

function summaryFinding(issue: Issue): DisclosureSummaryFinding {
  const cells = typeof issue.params["cells"] === "string" && issue.params["cells"] !== "" ? issue.params["cells"].split(",") : [];
  const left = issue.params["left"];
  const right = issue.params["right"];
  return {
    severity: issue.severity,
    code: issue.code,
    rule: issue.code.replace(/^disclosure\./, ""),
    message: issue.message,
    cells,
    ...(left === undefined || left === null ? {} : { left: String(left) }),
    ...(right === undefined || right === null ? {} : { right: String(right) }),
  };
}

/**
 * Builds the summary of a 政府信息公开工作年度报告 and its findings (those of
 * `validateDisclosure`, and any others): the three tables row by row with
 * labels from the catalog, each cell a `Decimal` or `null` for a blank, and
 * each finding with its cells. Linear in the report's cells and findings.
 *
 * @example
 * ```ts
 * const summary = disclosureSummary(report, validateDisclosure(report, { locale: "zh" }));
 * summary.tables.map((t) => t.key); //=> ["active", "requests", "reviews"]
 * summary.counts.error; //=> 2
 * summary.findings[0]?.rule; //=> "reviews.groupTotal"
 * ```
 */
export function disclosureSummary(report: DisclosureReport, findings: readonly Issue[]): DisclosureSummary {
  const grouped = new Map<DisclosureSummaryTable["key"], { columns: string[]; rows: Map<string, Map<string, Decimal | null>> }>();
  for (const { path, value } of disclosureCells(report)) {
    const dot = path.lastIndexOf(".");
    const rowPath = path.slice(0, dot);
    const column = path.slice(dot + 1);
    const table = path.slice(0, path.indexOf(".")) as DisclosureSummaryTable["key"];
    const entry = grouped.get(table) ?? { columns: [], rows: new Map<string, Map<string, Decimal | null>>() };
    grouped.set(table, entry);
    if (!entry.columns.includes(column)) entry.columns.push(column);
    const row = entry.rows.get(rowPath) ?? new Map<string, Decimal | null>();
    entry.rows.set(rowPath, row);
    row.set(column, value);
  }
  const tables = (["active", "requests", "reviews"] as const).map((key): DisclosureSummaryTable => {
    const entry = grouped.get(key) ?? { columns: [], rows: new Map<string, Map<string, Decimal | null>>() };
    const [zh, en] = disclosureTableTitles[key];
    return {
      key,
      zh,
      en,
      columns: entry.columns.map((column) => {
        const [czh, cen] = label(disclosureColumnLabels, `${key}.${column}`, column);
        return { key: column, zh: czh, en: cen };
      }),
      rows: [...entry.rows].map(([path, cells]) => {
        const [rzh, ren] = label(disclosureRowLabels, path, path);
        return { path, zh: rzh, en: ren, cells: entry.columns.map((column) => cells.get(column)) };
      }),
    };
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of findings) counts[issue.severity] += 1;
  return {
    document: report.document,
    title: report.title,
    agency: report.agency.name,
    reportingYear: report.reportingYear,
    template: report.template,
    tables,
    findings: findings.map(summaryFinding),
    counts,
  };
}
