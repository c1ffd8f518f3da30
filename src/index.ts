/**
 * fazhi: typed models, parsers, validators and analytics for China's
 * rule-of-law government building (法治政府建设) work plans and annual reports.
 *
 * @packageDocumentation
 */
export * from "./catalog/index.js";
export * from "./model/index.js";
export * from "./parse/index.js";
export * from "./validate/index.js";
export * from "./aggregate/index.js";
