/**
 * 政府信息公开工作年度报告 → `DisclosureReport`.
 *
 * @module parse/disclosure
 */
export * from "./parseDisclosureReport.js";
export * from "./disclosureObservations.js";
