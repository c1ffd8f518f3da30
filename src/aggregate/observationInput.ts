import type { Observation } from "../model/observation.js";
import { readObservations } from "./checkInput.js";
import { type ObservationTable, isObservationTable, tableObservations } from "./observationTable.js";

/**
 * What the analyses read: observations as objects, or the same observations
 * as an `ObservationTable` (built once, read as columns), with the same results.
 *
 * @example
 * ```ts
 * const input: ObservationInput = observationTable(observations);
 * ```
 */
export type ObservationInput = readonly Observation[] | ObservationTable;

/**
 * The observations of an analysis's input as objects: an array read by
 * `readObservations`, a table's rows made into objects (for the analyses that
 * have no columnar path of their own).
 *
 * @internal
 */
export function readInput(where: string, input: ObservationInput): readonly Observation[] {
  return isObservationTable(input) ? tableObservations(input) : readObservations(where, input);
}
