/**
 * Text → model: numerals, quantities, dates, outline, tasks, documents.
 *
 * @module parse
 */
export * from "./agency.js";
export * from "./agencyOf.js";
export * from "./chineseNumber.js";
export * from "./cleanLayoutText.js";
export * from "./cumulativeSince.js";
export * from "./dates.js";
export * from "./decodeText.js";
export * from "./disclosure/index.js";
export * from "./documentDates.js";
export * from "./documentTitle.js";
export * from "./foldText.js";
export * from "./htmlToText.js";
export * from "./indicatorClassifier.js";
export * from "./metadata.js";
export * from "./observationsOf.js";
export * from "./outline.js";
export * from "./parseReport.js";
export * from "./quantities.js";
export * from "./reportingYear.js";
export * from "./taskItems.js";
export * from "./tasks.js";
export * from "./unitNotes.js";
