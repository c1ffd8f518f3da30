/**
 * Observation[] → tables: group, roll up, rates, change, targets, coverage, scores.
 *
 * @module aggregate
 */
export * from "./aggregate.js";
export type { AggregateRow, RowRate, StatedRate } from "./aggregateRow.js";
export * from "./attributed.js";
export * from "./change.js";
export * from "./compositeScore.js";
export * from "./coverage.js";
export { type Dimension, type DimensionValue, dimensions } from "./dimensions.js";
export * from "./estimate.js";
export * from "./observationTable.js";
export type { ObservationInput } from "./observationInput.js";
export * from "./rollup.js";
export * from "./targets.js";
export * from "./aggregateTable.js";
export * from "./compositeScoreTable.js";
export * from "./coverageTable.js";
export * from "./dimensionLabel.js";
export * from "./disclosureRates.js";
export * from "./estimateCell.js";
export * from "./targetAttainmentTable.js";
export * from "./yearOverYearTable.js";
