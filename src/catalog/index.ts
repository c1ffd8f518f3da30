/**
 * Reference data: indicators, units, outline areas, report sections and deadlines, divisions.
 *
 * @module catalog
 */
export {
  allDivisions,
  type Division,
  divisionOf,
  type DivisionRef,
  findDivisions,
} from "./divisions.js";
export {
  lowerIsBetter,
  targetComparator,
} from "./indicatorDirections.js";
export {
  findIndicator,
  getIndicator,
  indicators,
} from "./indicators.js";
export {
  fitsUnit,
} from "./indicatorUnits.js";
export {
  type Outline2015Area,
  outline2015Areas,
  type OutlineAreaInfo,
  outlineAreas,
} from "./outlineAreas.js";
export {
  type ReportingDeadlines,
  reportingDeadlines,
} from "./reportingDeadlines.js";
export {
  type ReportSectionInfo,
  reportSections,
} from "./reportSections.js";
export {
  sectorNames,
  sectorOf,
} from "./sectorNames.js";
export {
  caseCountUnits,
  chineseDigits,
  chineseGroupUnits,
  chineseSmallUnits,
  commonUnit,
  multiplierWords,
  sameMeasure,
  unitGroups,
  type UnitInfo,
  type UnitKind,
  unitKindOf,
  units,
  unitSpellings,
} from "./units.js";
