/**
 * Checks of 政府信息公开工作年度报告: one report, and consecutive years of one agency.
 *
 * @module validate/disclosure
 */
export type * from "./disclosureRule.js";
export * from "./disclosureRules.js";
export * from "./validateDisclosure.js";
