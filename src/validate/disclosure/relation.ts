import { disclosureSum } from "../../model/disclosureCells.js";
import type { DisclosureReport } from "../../model/disclosureReport.js";
import type { Finding } from "../rule.js";

/**
 * Checks `sum(left) = sum(right)` over cells of a report, a blank being an
 * unknown non-negative number: a finding only when no such values make it
 * hold. The finding's params: `cells` (comma-joined), `left` and `right`
 * (each side's filled sum, `≥n` when it has blanks), `relation` (a label).
 *
 * @internal
 */
export function relationFinding(
  report: DisclosureReport,
  left: readonly string[],
  right: readonly string[],
  path: readonly (string | number)[],
  relation: string,
): Finding | null {
  const l = disclosureSum(report, left);
  const r = disclosureSum(report, right);
  if (l.absent > 0 || r.absent > 0) return null;
  // Either side can grow without bound where it has blanks.
  const lFails = r.blanks === 0 && l.sum.greaterThan(r.sum);
  const rFails = l.blanks === 0 && r.sum.greaterThan(l.sum);
  if (!lFails && !rFails) return null;
  const show = (side: { sum: { toString(): string }; blanks: number }) => `${side.blanks > 0 ? "≥" : ""}${side.sum.toString()}`;
  return { path, params: { cells: [...left, ...right].join(","), left: show(l), right: show(r), relation } };
}

/**
 * The leaf rows of table 三's results (三(一)–(六)), as paths (`requests.refused.stateSecret`).
 *
 * @internal
 */
export function resultRows(report: DisclosureReport): string[] {
  const r = report.requests;
  const rows = ["requests.granted", "requests.partlyGranted"];
  for (const group of ["refused", "unavailable", "notProcessed"] as const) rows.push(...Object.keys(r[group]).map((k) => `requests.${group}.${k}`));
  if (Array.isArray(r.other)) rows.push("requests.other");
  else rows.push(...Object.keys(r.other).map((k) => `requests.other.${k}`));
  return rows;
}

/**
 * Every row of table 三 (results and the four others), as paths.
 *
 * @internal
 */
export function requestRows(report: DisclosureReport): string[] {
  return ["requests.received", "requests.carriedOver", ...resultRows(report), "requests.resultsTotal", "requests.carriedForward"];
}
