import type { Observation } from "../model/observation.js";
import { type ObservationInput, readInput } from "./observationInput.js";
import { checkBooleanOption, checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";

/**
 * Options of `attributed`.
 *
 * @example
 * ```ts
 * const options: AttributionOptions = { includeJoint: true };
 * ```
 */
export interface AttributionOptions {
  /** Count figures done jointly with others (`joint`), whose share is unknown (default `false`). */
  readonly includeJoint?: boolean;
}

const attributionOptionNames = /* @__PURE__ */ optionNames<AttributionOptions>()(["includeJoint"]);

/**
 * The figures to count, each once: `own` figures; `onBehalfOf` figures (whose
 * `agency` is the agency they belong to) unless that agency states the same
 * figure itself (same indicator, period, modality and value), which would
 * count it twice; `joint` figures only when asked for.
 *
 * @example
 * ```ts
 * attributed(observations).length <= observations.length; //=> true
 * ```
 */
export function attributed(input: ObservationInput, options: AttributionOptions = {}): Observation[] {
  const observations = readInput("attributed", input);
  checkOptionsObject("attributed", options, false, attributionOptionNames);
  checkBooleanOption("attributed", "includeJoint", options?.includeJoint);
  const counts = countable(observations, options);
  return observations.filter(counts);
}

/**
 * The test `attributed` filters with, for loops that would rather not copy
 * the observations.
 *
 * @internal
 */
export function countable(observations: readonly Observation[], options: AttributionOptions = {}): (o: Observation) => boolean {
  checkOptionsObject("countable", options, false, attributionOptionNames);
  checkBooleanOption("countable", "includeJoint", options?.includeJoint);
  const joint = options.includeJoint === true;
  const keyOf = (o: Observation) =>
    `${o.agency}\u0001${o.indicator}\u0001${JSON.stringify(o.period)}\u0001${o.modality}\u0001${o.quantity.value.toString()}`;
  // The own figures are only looked at once a figure reported on another's behalf comes up.
  let own: Set<string> | null = null;
  return (o) => {
    if (o.attribution === "own") return true;
    if (o.attribution === "joint") return joint;
    if (own === null) {
      own = new Set();
      for (const other of observations) if (other.attribution === "own") own.add(keyOf(other));
    }
    return !own.has(keyOf(o));
  };
}
