import { disclosureCells } from "../../model/disclosureCells.js";
import type { DisclosureReport } from "../../model/disclosureReport.js";
import type { Finding } from "../rule.js";

/** Cells of table 二 that are not counts: amounts and the signed 本年增/减. */
const notCounts = /\.(?:amount|change)$/;

/**
 * The cells of one table (`active`, `requests`, `reviews`) that hold a negative
 * or non-integer count, as findings.
 *
 * @internal
 */
export function negativeCells(report: DisclosureReport, table: "active" | "requests" | "reviews"): Finding[] {
  return disclosureCells(report)
    .filter((c) => c.path.startsWith(`${table}.`) && !notCounts.test(c.path) && c.value !== null && (c.value.isNegative() && !c.value.isZero() || !c.value.isInteger()))
    .map((c) => ({ path: c.path.split("."), params: { cells: c.path, left: c.value?.toString() ?? "", cell: c.path } }));
}
