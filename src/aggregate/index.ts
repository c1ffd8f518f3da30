/**
 * Observation[] → tables: group, roll up, rates, change, targets, coverage, scores.
 *
 * @module aggregate
 */
export {
  aggregate,
  type AggregateOptions,
  type Measure,
} from "./aggregate.js";
export type {
  AggregateRow,
  RowRate,
  StatedRate,
} from "./aggregateRow.js";
export {
  aggregateTable,
  type AggregateTableOptions,
} from "./aggregateTable.js";
export {
  attributed,
  type AttributionOptions,
} from "./attributed.js";
export {
  type Series,
  series,
  type YearOverYear,
  yearOverYear,
} from "./change.js";
export {
  type AgencyScore,
  compositeScore,
  type CompositeScoreOptions,
  type PeerDimension,
  peerDimensions,
} from "./compositeScore.js";
export {
  compositeScoreTable,
} from "./compositeScoreTable.js";
export {
  type Coverage,
  coverage,
  type CoverageOptions,
} from "./coverage.js";
export {
  coverageTable,
} from "./coverageTable.js";
export {
  dimensionCell,
  dimensionName,
} from "./dimensionLabel.js";
export {
  type Dimension,
  dimensions,
  type DimensionValue,
} from "./dimensions.js";
export {
  type DisclosureRateInput,
  type DisclosureRateKind,
  disclosureRateKinds,
  type DisclosureRateOptions,
  type DisclosureRateRow,
  type DisclosureRates,
  disclosureRates,
} from "./disclosureRates.js";
export {
  sumEstimate,
} from "./estimate.js";
export {
  estimateCell,
} from "./estimateCell.js";
export type {
  ObservationInput,
} from "./observationInput.js";
export {
  isObservationTable,
  type ObservationTable,
  observationTable,
  tableAttributions,
  tableModalities,
  tableObservation,
  tableObservations,
  tableQualifiers,
  tableValue,
} from "./observationTable.js";
export {
  rollup,
  type RollupOptions,
  type RollupResult,
} from "./rollup.js";
export {
  targetAttainmentTable,
} from "./targetAttainmentTable.js";
export {
  targetAttainment,
  type TargetAttainmentOptions,
  type TargetRow,
} from "./targets.js";
export {
  yearOverYearTable,
} from "./yearOverYearTable.js";
