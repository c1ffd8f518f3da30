/**
 * Reference data: indicators, units, outline areas, report sections and deadlines, divisions.
 *
 * @module catalog
 */
export * from "./divisions.js";
export * from "./indicatorDirections.js";
export * from "./indicators.js";
export * from "./indicatorUnits.js";
export * from "./outlineAreas.js";
export * from "./reportingDeadlines.js";
export * from "./reportSections.js";
export * from "./sectorNames.js";
export * from "./units.js";
