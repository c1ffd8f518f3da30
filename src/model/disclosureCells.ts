import { Decimal } from "./decimal.js";
import type { DisclosureReport } from "./disclosureReport.js";

/**
 * The column keys of table 三 in template order, as they end a cell path
 * (`requests.granted.naturalPerson`): 自然人, 商业企业, 科研机构, 社会公益组织,
 * 法律服务机构, 其他, 总计.
 *
 * @example
 * ```ts
 * disclosureRequestColumns[6]; //=> "total"
 * ```
 */
export const disclosureRequestColumns = [
  "naturalPerson",
  "commercial",
  "research",
  "publicWelfare",
  "legalService",
  "otherOrg",
  "total",
] as const;

/**
 * A column key of table 三.
 *
 * @example
 * ```ts
 * const column: DisclosureRequestColumn = "legalService";
 * ```
 */
export type DisclosureRequestColumn = (typeof disclosureRequestColumns)[number];

/**
 * The column keys of a table 四 group in template order: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
 *
 * @example
 * ```ts
 * disclosureReviewColumns.length; //=> 5
 * ```
 */
export const disclosureReviewColumns = ["upheld", "corrected", "other", "pending", "total"] as const;

/**
 * One cell of a report with its dotted path (`requests.refused.stateSecret.total`).
 *
 * @example
 * ```ts
 * const entry: DisclosureCellEntry = { path: "reviews.reconsideration.total", value: null };
 * ```
 */
export interface DisclosureCellEntry {
  /** The dotted path of the cell, as in `SCHEMA.md`. */
  readonly path: string;
  /** The value, `null` for a blank. */
  readonly value: Decimal | null;
}

function isRow(value: unknown): value is readonly (Decimal | null)[] {
  return Array.isArray(value);
}

function walk(prefix: string, value: unknown, out: DisclosureCellEntry[]): void {
  if (isRow(value)) {
    value.forEach((cell, i) => {
      out.push({ path: `${prefix}.${disclosureRequestColumns[i] ?? i}`, value: cell ?? null });
    });
    return;
  }
  if (value === null || typeof value !== "object" || !("constructor" in value) || (value as object).constructor !== Object) {
    out.push({ path: prefix, value: (value ?? null) as Decimal | null });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === "string") continue; // procurement.unit
    walk(`${prefix}.${key}`, child, out);
  }
}

/**
 * Every cell of tables 二, 三 and 四 of a report in document order, each with
 * its dotted path: `active.…`, `requests.<row>.<column>`, `reviews.<group>.<column>`.
 *
 * @example
 * ```ts
 * const blanks = disclosureCells(report).filter((c) => c.value === null).map((c) => c.path);
 * ```
 */
export function disclosureCells(report: Pick<DisclosureReport, "active" | "requests" | "reviews">): DisclosureCellEntry[] {
  const out: DisclosureCellEntry[] = [];
  walk("active", report.active, out);
  walk("requests", report.requests, out);
  walk("reviews", report.reviews, out);
  return out;
}

/**
 * The cell at a dotted path, `null` for a blank, `undefined` when the report has no such cell.
 *
 * @example
 * ```ts
 * disclosureCell(report, "requests.received.total")?.toString(); //=> "859"
 * ```
 */
export function disclosureCell(
  report: Pick<DisclosureReport, "active" | "requests" | "reviews">,
  path: string,
): Decimal | null | undefined {
  const parts = path.split(".");
  let node: unknown = report;
  for (const part of parts) {
    if (node === null || node === undefined || typeof node !== "object") return undefined;
    if (Array.isArray(node)) {
      const index = (disclosureRequestColumns as readonly string[]).indexOf(part);
      node = index < 0 ? undefined : node[index];
    } else {
      // Own fields only: an inherited name (`__proto__`, `constructor`) is no cell.
      node = Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  if (node === undefined) return undefined;
  if (node !== null && (typeof node !== "object" || Array.isArray(node) || (node as object).constructor === Object)) return undefined;
  return node as Decimal | null;
}

/**
 * The sum of the filled cells at some paths and how many of them are blank
 * (`null`) or absent from the report: what a relation over those cells can
 * still be. With blanks, the true sum is at least `sum`.
 *
 * @example
 * ```ts
 * const { sum, blanks } = disclosureSum(report, ["reviews.reconsideration.total", "reviews.litigationDirect.total"]);
 * ```
 */
export function disclosureSum(
  report: Pick<DisclosureReport, "active" | "requests" | "reviews">,
  paths: readonly string[],
): { readonly sum: Decimal; readonly blanks: number; readonly absent: number } {
  let sum = new Decimal(0);
  let blanks = 0;
  let absent = 0;
  for (const path of paths) {
    const cell = disclosureCell(report, path);
    if (cell === undefined) absent++;
    else if (cell === null) blanks++;
    else sum = sum.plus(cell);
  }
  return { sum, blanks, absent };
}

/**
 * The 总计 of a table 三 row (`requests.granted`), or of a group of rows
 * (`requests.refused`): each row's 总计 cell, or the sum of its six applicant
 * cells where the 总计 is blank. `exact` is false when some cell it needs is
 * blank, so the value is a lower bound; `null` when nothing is filled.
 *
 * @example
 * ```ts
 * // d01 leaves the 总计 column blank: 不予公开 is read from its applicant cells, some blank.
 * const refused = disclosureRowTotal(report, "requests.refused");
 * [refused?.value.toString(), refused?.exact]; //=> ["35", false]
 * ```
 */
export function disclosureRowTotal(
  report: Pick<DisclosureReport, "active" | "requests" | "reviews">,
  path: string,
): { readonly value: Decimal; readonly exact: boolean } | null {
  let node: unknown = report;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  const rows = Array.isArray(node) ? [path] : node && typeof node === "object" ? Object.keys(node).map((k) => `${path}.${k}`) : [];
  if (rows.length === 0) return null;
  let value = new Decimal(0);
  let exact = true;
  let filled = false;
  for (const row of rows) {
    const total = disclosureCell(report, `${row}.total`);
    if (total !== null && total !== undefined) {
      value = value.plus(total);
      filled = true;
      continue;
    }
    const parts = disclosureSum(report, disclosureRequestColumns.slice(0, 6).map((c) => `${row}.${c}`));
    if (parts.blanks + parts.absent > 0) exact = false;
    if (parts.blanks + parts.absent < 6) filled = true;
    value = value.plus(parts.sum);
  }
  return filled ? { value, exact } : null;
}
