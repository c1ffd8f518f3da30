import { findIndicator } from "../../catalog/indicators.js";
import { Decimal } from "../../model/decimal.js";
import { disclosureCell, disclosureRowTotal, disclosureSum } from "../../model/disclosureCells.js";
import type { DisclosureReport } from "../../model/disclosureReport.js";
import type { IndicatorCode } from "../../model/indicatorCode.js";
import type { Observation } from "../../model/observation.js";
import type { Qualifier } from "../../model/qualifier.js";

/** Whether the catalog has the code (asked of the catalog, not of the `IndicatorCode` schema's module: no zod is loaded to read figures). */
function isCatalogCode(code: string): code is IndicatorCode {
  return findIndicator(code) !== undefined;
}

interface Figure {
  readonly code: string;
  readonly value: Decimal;
  readonly unit: string;
  readonly qualifier: Qualifier;
}

/**
 * The figures of a 政府信息公开工作年度报告 as `Observation`s of one agency for
 * its reporting year, so `aggregate`, `rollup`, `yearOverYear` and
 * `compositeScore` work on them: applications received, carried over,
 * answered, granted, partly granted, disclosed (both), refused, not held,
 * carried forward; reconsideration and litigation over disclosure (cases,
 * concluded, corrected or lost); rules and normative documents issued,
 * repealed and in force; licensing, penalty and coercion decisions; fees; and
 * the grant rate, each with its catalog indicator. A blank cell gives nothing; a row total read from applicant cells
 * with blanks is `atLeast`. Nothing without a reporting year.
 *
 * @example
 * ```ts
 * const observations = disclosureObservations(parseDisclosureReport(text), "hongze-gov");
 * observations.find((o) => o.indicator === "disclosure.applicationsReceived")?.quantity.value.toString(); //=> "21"
 * ```
 */
export function disclosureObservations(report: DisclosureReport, agencyId: string): Observation[] {
  const year = report.reportingYear;
  if (year === null || agencyId === "") return [];
  const figures: Figure[] = [];
  const count = (code: string, value: Decimal | null | undefined, qualifier: Qualifier = "exact") => {
    if (value !== null && value !== undefined) figures.push({ code, value, unit: "件", qualifier });
  };
  const row = (code: string, path: string) => {
    const total = disclosureRowTotal(report, path);
    if (total) count(code, total.value, total.exact ? "exact" : "atLeast");
  };
  row("disclosure.applicationsReceived", "requests.received");
  row("disclosure.applicationsCarriedOver", "requests.carriedOver");
  row("disclosure.applicationsAnswered", "requests.resultsTotal");
  row("disclosure.applicationsGranted", "requests.granted");
  row("disclosure.applicationsPartlyGranted", "requests.partlyGranted");
  row("disclosure.applicationsRefused", "requests.refused");
  row("disclosure.applicationsNotHeld", "requests.unavailable.notHeld");
  row("disclosure.applicationsCarriedForward", "requests.carriedForward");
  const granted = disclosureRowTotal(report, "requests.granted");
  const partly = disclosureRowTotal(report, "requests.partlyGranted");
  if (granted && partly) count("disclosure.applicationsDisclosed", granted.value.plus(partly.value), granted.exact && partly.exact ? "exact" : "atLeast");
  const answered = disclosureRowTotal(report, "requests.resultsTotal");
  if (granted && partly && answered?.exact && granted.exact && partly.exact && answered.value.greaterThan(0)) {
    const rate = granted.value.plus(partly.value).dividedBy(answered.value).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    figures.push({ code: "disclosure.applicationDisclosureRate", value: rate, unit: "%", qualifier: "approx" });
  }

  const group = (prefix: string, groups: readonly string[], cases: string, concluded: string, corrected: string) => {
    const cell = (g: string, c: string) => `reviews.${g}.${c}`;
    const total = disclosureSum(report, groups.map((g) => cell(g, "total")));
    if (total.blanks === 0) count(`disclosure.${prefix}${cases}`, total.sum);
    const done = disclosureSum(report, groups.flatMap((g) => ["upheld", "corrected", "other"].map((c) => cell(g, c))));
    if (done.blanks === 0) count(`disclosure.${prefix}${concluded}`, done.sum);
    const fixed = disclosureSum(report, groups.map((g) => cell(g, "corrected")));
    if (fixed.blanks === 0) count(`disclosure.${prefix}${corrected}`, fixed.sum);
  };
  group("reconsideration", ["reconsideration"], "Cases", "Concluded", "Corrected");
  group("litigation", ["litigationDirect", "litigationAfterReconsideration"], "Cases", "Concluded", "Lost");

  const active = (code: string, path: string) => count(code, disclosureCell(report, path));
  if (report.template === "2021") {
    active("disclosure.regulationsIssued", "active.regulations.issued");
    active("disclosure.regulationsInForce", "active.regulations.inForce");
    active("normative.documentsIssued", "active.normativeDocuments.issued");
    active("disclosure.normativeDocumentsRepealed", "active.normativeDocuments.repealed");
    active("disclosure.normativeDocumentsInForce", "active.normativeDocuments.inForce");
    const fees = disclosureCell(report, "active.fees.amount");
    if (fees !== null && fees !== undefined) figures.push({ code: "disclosure.administrativeFees", value: fees, unit: "万元", qualifier: "exact" });
  } else {
    active("disclosure.regulationsIssued", "active.regulations.made");
    active("normative.documentsIssued", "active.normativeDocuments.made");
  }
  active("licensing.decisions", "active.licensing.decisions");
  active("enforcement.penaltyCases", "active.penalties.decisions");
  active("disclosure.coercionDecisions", "active.coercion.decisions");
  if (report.fee) figures.push({ code: "disclosure.informationFees", value: report.fee.value, unit: report.fee.unit, qualifier: "exact" });

  const observations: Observation[] = [];
  for (const f of figures) {
    if (!isCatalogCode(f.code)) continue;
    observations.push({
      agency: agencyId,
      indicator: f.code,
      period: year,
      quantity: { value: f.value, unit: f.unit, qualifier: f.qualifier },
      modality: "actual",
      attribution: "own",
    });
  }
  return observations;
}
