/**
 * A kit for testing code that uses fazhi: fast-check arbitraries of agencies, observations and
 * parsed documents that are valid by construction (and of ones with chosen defects), builders
 * with sensible defaults, and a `Decimal`-aware equality for vitest and jest. Import it from
 * `fazhi/testing`; it needs `fast-check` (an optional peer dependency of fazhi).
 *
 * @module testing
 */
export {
  agencies,
  type AgencyOptions,
  creditCodeIn,
} from "./agencies.js";
export {
  agency,
  observation,
  type ObservationSpec,
} from "./builders.js";
export {
  decimalEquality,
} from "./decimalEquality.js";
export {
  agenciesWith,
  type AgencyDefect,
  type ObservationDefect,
  observationsWith,
} from "./defects.js";
export {
  type ObservationOptions,
  observations,
  valueFor,
} from "./observations.js";
export {
  parsedDocuments,
} from "./parsedDocuments.js";
