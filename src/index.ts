/**
 * fazhi: typed models, parsers, validators and analytics for China's
 * rule-of-law government building (法治政府建设) work plans and annual reports.
 *
 * The root carries what a user needs: read a report (`parseReport`), check it
 * (`validate`, `formatIssues`), turn documents into observations and tables
 * (`observationsOf`, `aggregate` and the main analyses), the main model schemas
 * and `Decimal`, and the catalog lookups. Everything else is in the stage
 * entries: `fazhi/model`, `fazhi/catalog`, `fazhi/parse`, `fazhi/validate`,
 * `fazhi/aggregate`, `fazhi/render` and `fazhi/testing`. `api/` lists every
 * entry's names (`npm run api`).
 *
 * @packageDocumentation
 */
export {
  aggregate,
  type AggregateOptions,
  type AggregateRow,
  aggregateTable,
  compositeScore,
  coverage,
  type Dimension,
  rollup,
  series,
  targetAttainment,
  yearOverYear,
} from "./aggregate/index.js";
export {
  type Division,
  divisionOf,
  findDivisions,
  findIndicator,
  getIndicator,
  indicators,
} from "./catalog/index.js";
export {
  Agency,
  AnnualReport,
  Decimal,
  IndicatorCode,
  isCreditCode,
  Issue,
  Observation,
  ParsedDocument,
  type ParsedReport,
  Period,
  Quantity,
  safeParseModel,
  Table,
  TaskItem,
  toDecimal,
  WorkPlan,
} from "./model/index.js";
export {
  agencyOf,
  observationsOf,
  parseChineseNumber,
  parseReport,
  type ParseReportOptions,
  taskItemsOf,
} from "./parse/index.js";
export {
  formatIssues,
} from "./render/formatIssues.js";
export {
  defaultRules,
  type Rule,
  validate,
  type ValidateOptions,
} from "./validate/index.js";
