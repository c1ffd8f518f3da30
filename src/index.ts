/**
 * fazhi: typed models, parsers, validators and analytics for China's
 * rule-of-law government building (法治政府建设) work plans and annual reports.
 *
 * The root carries what a user needs: read a report (`parseReport`), check it
 * (`validate`, `formatIssues`), turn documents into observations and tables
 * (`observationsOf`, `aggregate` and the main analyses), the main model schemas
 * and `Decimal`, and the catalog lookups, with the types of the options and
 * results of its functions. Everything else is in the stage
 * entries: `fazhi/model`, `fazhi/catalog`, `fazhi/parse`, `fazhi/validate`,
 * `fazhi/aggregate`, `fazhi/render` and `fazhi/testing`. `api/` lists every
 * entry's names (`npm run api`).
 *
 * @packageDocumentation
 */
export {
  type AgencyScore,
  aggregate,
  type AggregateOptions,
  type AggregateRow,
  aggregateTable,
  type AggregateTableOptions,
  compositeScore,
  type CompositeScoreOptions,
  type Coverage,
  coverage,
  type CoverageOptions,
  type Dimension,
  rollup,
  type RollupOptions,
  type RollupResult,
  type Series,
  series,
  targetAttainment,
  type TargetAttainmentOptions,
  type TargetRow,
  type YearOverYear,
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
  type Indicator,
  IndicatorCode,
  isCreditCode,
  Issue,
  type ModelParseResult,
  Observation,
  ParsedDocument,
  type ParsedReport,
  Period,
  Quantity,
  safeParseModel,
  type SafeParseModelOptions,
  Table,
  TaskItem,
  toDecimal,
  type TypedTable,
  WorkPlan,
} from "./model/index.js";
export {
  agencyOf,
  type NumberParseResult,
  observationsOf,
  parseChineseNumber,
  parseReport,
  type ParseReportOptions,
  taskItemsOf,
} from "./parse/index.js";
export {
  formatIssues,
  type FormatIssuesOptions,
} from "./render/formatIssues.js";
export {
  defaultRules,
  type Rule,
  validate,
  type ValidateOptions,
} from "./validate/index.js";
