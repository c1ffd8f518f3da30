/**
 * A kit for testing code that uses fazhi: fast-check arbitraries of agencies, observations and
 * parsed documents that are valid by construction (and of ones with chosen defects), builders
 * with sensible defaults, and a `Decimal`-aware equality for vitest and jest. Import it from
 * `fazhi/testing`; it needs `fast-check` (an optional peer dependency of fazhi).
 *
 * @module testing
 */
export * from "./agencies.js";
export * from "./builders.js";
export * from "./decimalEquality.js";
export * from "./defects.js";
export * from "./observations.js";
export * from "./parsedDocuments.js";
