/**
 * Model → Issue[]: one rule per file, plus the runner.
 *
 * @module validate
 */
export type * from "./rule.js";
export * from "./rules/index.js";
export type * from "./subject.js";
export * from "./validate.js";
export * from "./disclosure/index.js";
