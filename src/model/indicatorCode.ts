import * as z from "zod";

/**
 * The stable codes of the indicator catalog, in catalog order: dotted
 * lowerCamel names such as `enforcement.fineAmount`. A code is never renamed
 * nor reused; new measures get new codes.
 *
 * @example
 * ```ts
 * indicatorCodes.length; //=> 56
 * ```
 */
export const indicatorCodes = [
  "enforcement.penaltyCases",
  "enforcement.fineAmount",
  "enforcement.confiscationAmount",
  "enforcement.inspections",
  "enforcement.randomInspections",
  "enforcement.randomInspectionSubjects",
  "enforcement.coerciveMeasures",
  "enforcement.caseFilesReviewed",
  "enforcement.officers",
  "enforcement.certifiedOfficers",
  "enforcement.certificationRate",
  "enforcement.officersTrained",
  "enforcement.trainingHoursPerOfficer",
  "enforcement.lenientListItems",
  "transport.overloadVehiclesHandled",
  "transport.enforcementDeployments",
  "licensing.decisions",
  "normative.documentsIssued",
  "normative.documentsFiled",
  "normative.filingRate",
  "normative.filingTimelinessRate",
  "normative.documentsRetained",
  "normative.documentsRepealed",
  "normative.legislativeComments",
  "functions.powerListItems",
  "services.onlineItems",
  "services.items",
  "services.onlineRate",
  "decisions.legalAdviserUnits",
  "emergency.rescueTeams",
  "reconsideration.cases",
  "reconsideration.corrected",
  "reconsideration.correctionRate",
  "litigation.cases",
  "litigation.lost",
  "litigation.lossRate",
  "litigation.headAppearances",
  "litigation.headAppearanceRate",
  "litigation.judgmentComplianceRate",
  "litigation.suggestionRectificationRate",
  "mediation.disputesScreened",
  "mediation.disputesResolved",
  "mediation.cases",
  "mediation.successRate",
  "oversight.proposalsHandled",
  "oversight.proposalCompletionRate",
  "oversight.complaintsReceived",
  "oversight.complaintsResolved",
  "oversight.hotlineResponseRate",
  "oversight.auditProjects",
  "oversight.auditViolationAmount",
  "disclosure.enforcementPublicityRate",
  "disclosure.inspectionPublicityRate",
  "disclosure.applicationsReceived",
  "disclosure.applicationDisclosureRate",
  "leadership.reportPublicationRate",
] as const;

/**
 * Schema of an indicator code: one of the catalog's literal codes.
 *
 * @example
 * ```ts
 * IndicatorCode.parse("enforcement.fineAmount"); //=> "enforcement.fineAmount"
 * IndicatorCode.safeParse("enforcement.fines").success; //=> false
 * ```
 */
export const IndicatorCode = /* @__PURE__ */ z.enum(indicatorCodes);

/**
 * A code of the indicator catalog (a union of its literal codes).
 *
 * @example
 * ```ts
 * const code: IndicatorCode = "litigation.lossRate";
 * ```
 */
export type IndicatorCode = z.infer<typeof IndicatorCode>;
