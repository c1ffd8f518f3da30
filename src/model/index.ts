/**
 * The domain model: zod schemas and the types inferred from them, one entity per file.
 *
 * @module model
 */
export * from "./administrativeLevel.js";
export * from "./agency.js";
export * from "./agencyKind.js";
export * from "./closestMatch.js";
export * from "./annualReport.js";
export * from "./attainment.js";
export * from "./attribution.js";
export * from "./creditCode.js";
export * from "./decimal.js";
export * from "./disclosureCells.js";
export * from "./disclosureReport.js";
export * from "./divisionCode.js";
export * from "./documentAgency.js";
export * from "./documentDates.js";
export * from "./documentKind.js";
export * from "./estimate.js";
export * from "./indicator.js";
export * from "./indicatorCode.js";
export * from "./isoDate.js";
export * from "./issue.js";
export * from "./issueMessages.js";
export * from "./locale.js";
export * from "./modality.js";
export * from "./observation.js";
export * from "./outlineArea.js";
export * from "./parsedDocument.js";
export * from "./parsedQuantity.js";
export * from "./parsedTask.js";
export * from "./period.js";
export * from "./qualifier.js";
export * from "./quantity.js";
export * from "./reportingYear.js";
export * from "./reportSection.js";
export * from "./responsibleUnit.js";
export * from "./safeParseModel.js";
export * from "./sector.js";
export * from "./sourceRef.js";
export * from "./span.js";
export * from "./target.js";
export * from "./taskItem.js";
export * from "./workPlan.js";
export * from "./table.js";
export * from "./zodIssueMessages.js";
export * from "./lineColumn.js";
export * from "./renderMessage.js";
