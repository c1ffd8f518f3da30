/**
 * Checks of 政府信息公开工作年度报告: one report, and consecutive years of one agency.
 *
 * @module validate/disclosure
 */
export type {
  DisclosureRule,
  DisclosureRuleContext,
  DisclosureSeriesRule,
} from "./disclosureRule.js";
export {
  disclosureRules,
  disclosureSeriesRules,
} from "./disclosureRules.js";
export {
  validateDisclosure,
  type ValidateDisclosureOptions,
  validateDisclosureSeries,
} from "./validateDisclosure.js";
