import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndicatorCode, indicatorCodes } from "../../src/model/indicatorCode.js";

/**
 * The codes published so far, by their first part. A code is never renamed nor reused: new
 * measures get new codes, so each of these stays (add a code here when one is added).
 */
const published: Readonly<Record<string, readonly string[]>> = {
  enforcement: ["penaltyCases", "fineAmount", "confiscationAmount", "inspections", "randomInspections", "randomInspectionSubjects", "coerciveMeasures", "caseFilesReviewed", "officers", "certifiedOfficers", "certificationRate", "officersTrained", "trainingHoursPerOfficer", "lenientListItems", "majorDecisionReviews"],
  transport: ["overloadVehiclesHandled", "enforcementDeployments"],
  licensing: ["decisions"],
  normative: ["documentsIssued", "documentsFiled", "filingRate", "filingTimelinessRate", "documentsRetained", "documentsRepealed", "legislativeComments"],
  functions: ["powerListItems"],
  services: ["onlineItems", "items", "onlineRate"],
  decisions: ["legalAdviserUnits", "legalityReviews", "legalityReviewRate"],
  emergency: ["rescueTeams"],
  reconsideration: ["cases", "corrected", "correctionRate"],
  litigation: ["cases", "lost", "lossRate", "headAppearances", "headAppearanceRate", "judgmentComplianceRate", "suggestionRectificationRate"],
  mediation: ["disputesScreened", "disputesResolved", "cases", "successRate"],
  oversight: ["proposalsHandled", "proposalCompletionRate", "complaintsReceived", "complaintsResolved", "hotlineResponseRate", "auditProjects", "auditViolationAmount"],
  disclosure: ["enforcementPublicityRate", "inspectionPublicityRate", "applicationsReceived", "applicationDisclosureRate", "activeDisclosures", "applicationsCarriedOver", "applicationsAnswered", "applicationsGranted", "applicationsPartlyGranted", "applicationsDisclosed", "applicationsRefused", "applicationsNotHeld", "applicationsCarriedForward", "substantiveDisclosureRate", "notHeldRate", "reconsiderationCases", "reconsiderationConcluded", "reconsiderationCorrected", "reconsiderationCorrectionRate", "litigationCases", "litigationConcluded", "litigationLost", "litigationLossRate", "regulationsIssued", "regulationsInForce", "normativeDocumentsRepealed", "normativeDocumentsInForce", "coercionDecisions", "administrativeFees", "informationFees"],
  leadership: ["reportPublicationRate", "lawTrainingSessions"],
};
const publishedCodes = Object.entries(published).flatMap(([area, names]) => names.map((name) => `${area}.${name}`));

describe("indicatorCodes", () => {
  it("are dotted lowerCamel names of two parts", () => {
    for (const code of indicatorCodes) expect(code).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  it("name each indicator once", () => {
    expect(new Set(indicatorCodes).size).toBe(indicatorCodes.length);
  });

  it("still hold every code published, spelt as published: none renamed, none dropped", () => {
    expect(publishedCodes.filter((code) => !(indicatorCodes as readonly string[]).includes(code))).toEqual([]);
  });

  it("hold no code the list of published codes does not know of (add it there)", () => {
    expect(indicatorCodes.filter((code) => !publishedCodes.includes(code))).toEqual([]);
  });
});

describe("IndicatorCode", () => {
  it("accepts exactly the catalog's codes", () => {
    expect(IndicatorCode.options).toEqual([...indicatorCodes]);
    for (const code of indicatorCodes) expect(IndicatorCode.parse(code)).toBe(code);
  });

  it("refuses a misspelt code, another case, a full-width dot, a space, a code's first part alone", () => {
    for (const input of [
      "enforcement.fines",
      "enforcment.fineAmount",
      "Enforcement.fineAmount",
      "enforcement.fineamount",
      "enforcement．fineAmount",
      "enforcement.fineAmount ",
      " enforcement.fineAmount",
      "enforcement",
      "enforcement.",
      "",
    ]) {
      const issue = IndicatorCode.safeParse(input).error?.issues[0];
      expect(issue?.code, input).toBe("invalid_value");
      expect(issue?.path, input).toEqual([]);
    }
  });

  it("refuses anything that is not a string", () => {
    for (const input of [null, undefined, 1, ["enforcement.fineAmount"], { code: "enforcement.fineAmount" }]) {
      expect(IndicatorCode.safeParse(input).success, String(input)).toBe(false);
    }
  });

  it("accepts a string if and only if it is in indicatorCodes (property)", () => {
    const codes: readonly string[] = indicatorCodes;
    const near = fc.constantFrom(...indicatorCodes).chain((code) =>
      fc.oneof(
        fc.constant(code),
        fc.nat(code.length - 1).map((i) => code.slice(0, i) + code.slice(i + 1)),
        fc.tuple(fc.nat(code.length), fc.string({ minLength: 1, maxLength: 2 })).map(([i, s]) => code.slice(0, i) + s + code.slice(i)),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(near, fc.string()), (input) => {
        expect(IndicatorCode.safeParse(input).success).toBe(codes.includes(input));
      }),
    );
  });
});
