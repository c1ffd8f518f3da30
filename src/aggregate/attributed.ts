import type { Observation } from "../model/observation.js";

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
export function attributed(observations: readonly Observation[], options: AttributionOptions = {}): Observation[] {
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
  const joint = options.includeJoint === true;
  if (!observations.some((o) => o.attribution === "onBehalfOf")) {
    return (o) => o.attribution === "own" || (joint && o.attribution === "joint");
  }
  const own = new Set<string>();
  const keyOf = (o: Observation) =>
    `${o.agency}\u0001${o.indicator}\u0001${JSON.stringify(o.period)}\u0001${o.modality}\u0001${o.quantity.value.toString()}`;
  for (const o of observations) if (o.attribution === "own") own.add(keyOf(o));
  return (o) => {
    if (o.attribution === "own") return true;
    if (o.attribution === "joint") return joint;
    return !own.has(keyOf(o));
  };
}
