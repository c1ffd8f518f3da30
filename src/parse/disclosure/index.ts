/**
 * 政府信息公开工作年度报告 → `DisclosureReport`.
 *
 * @module parse/disclosure
 */
export {
  disclosureObservations,
} from "./disclosureObservations.js";
export {
  type ParseDisclosureOptions,
  parseDisclosureReport,
} from "./parseDisclosureReport.js";
