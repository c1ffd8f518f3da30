import { findIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import { divisionLevelOf, prefectureCodeOf, provinceCodeOf } from "../model/divisionCode.js";
import type { Observation } from "../model/observation.js";

/**
 * What rows can be grouped by: the indicator, the year (of a yearly figure;
 * `null` for a date range), the period (a year or `from..to`), the agency and
 * its kind, level, sector, province, prefecture and county (from its division
 * code), and the outline area of the indicator.
 *
 * @example
 * ```ts
 * const by: Dimension[] = ["indicator", "year", "prefecture"];
 * ```
 */
export type Dimension =
  | "indicator"
  | "year"
  | "period"
  | "agency"
  | "kind"
  | "level"
  | "sector"
  | "province"
  | "prefecture"
  | "county"
  | "area";

/**
 * The value of a dimension for a row: a code or name, a year, or `null` when
 * it does not apply (the county of a prefecture agency) or is unknown.
 *
 * @example
 * ```ts
 * const key: DimensionValue = "230100";
 * ```
 */
export type DimensionValue = string | number | null;

/**
 * Every dimension rows can be grouped by.
 *
 * @example
 * ```ts
 * dimensions.includes("prefecture"); //=> true
 * ```
 */
export const dimensions: readonly Dimension[] = /* @__PURE__ */ Object.freeze([
  "indicator",
  "year",
  "period",
  "agency",
  "kind",
  "level",
  "sector",
  "province",
  "prefecture",
  "county",
  "area",
]);

/**
 * Throws a `RangeError` naming the option, the value and what is allowed
 * when an option holds a value the function does not know (a caller without
 * TypeScript's checks, or with a typo), instead of grouping or scoring by
 * nothing in silence.
 *
 * @internal
 */
export function checkOption(where: string, option: string, values: readonly unknown[], allowed: readonly string[]): void {
  for (const value of values) {
    if (typeof value !== "string" || !allowed.includes(value)) {
      throw new RangeError(`${where}: unknown ${option} ${typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value}; expected one of ${allowed.join(", ")}`);
    }
  }
}

/** @internal The dimensions that belong to an agency (rather than to a figure). */
export const agencyDimensions: ReadonlySet<Dimension> = new Set(["agency", "kind", "level", "sector", "province", "prefecture", "county"]);

/**
 * The agency's own dimension values, computed once per agency.
 *
 * @internal
 */
export function agencyValues(agency: Agency | undefined, id: string): Readonly<Record<string, DimensionValue>> {
  if (!agency) return { agency: id, kind: null, level: null, sector: null, province: null, prefecture: null, county: null };
  const code = agency.divisionCode;
  const level = divisionLevelOf(code);
  return {
    agency: id,
    kind: agency.kind,
    level: agency.level,
    sector: agency.sector,
    province: provinceCodeOf(code),
    prefecture: prefectureCodeOf(code),
    county: level === "county" ? code : null,
  };
}

/**
 * The value of a figure's own dimensions.
 *
 * @internal
 */
export function observationValue(observation: Observation, dimension: Dimension): DimensionValue {
  switch (dimension) {
    case "indicator":
      return observation.indicator;
    case "year":
      return typeof observation.period === "number" ? observation.period : null;
    case "period":
      return typeof observation.period === "number" ? observation.period : `${observation.period.from}..${observation.period.to}`;
    case "area":
      return findIndicator(observation.indicator)?.area ?? null;
    default:
      return null;
  }
}

/**
 * What grouping needs of one agency, worked out once: its dimension values,
 * those of the grouping at their positions in `by`, the key of its agency
 * dimensions (which expected agencies a row is about), and whether the caller
 * described it (`known`).
 *
 * @internal
 */
export interface AgencyEntry {
  readonly id: string;
  readonly known: boolean;
  readonly values: Readonly<Record<string, DimensionValue>>;
  readonly positions: readonly DimensionValue[];
  readonly agencyKey: string;
  /** Its place among the agencies of a grouping in id order, once they are all known (`-1` before). */
  rank: number;
}

/**
 * The `AgencyEntry` of an agency for a grouping.
 *
 * @internal
 */
export function agencyEntry(agency: Agency | undefined, id: string, by: readonly Dimension[]): AgencyEntry {
  const values = agencyValues(agency, id);
  const positions = by.map((d) => (agencyDimensions.has(d) ? (values[d] ?? null) : null));
  const agencyKey = by
    .filter((d) => agencyDimensions.has(d))
    .map((d) => String(values[d] ?? null))
    .join("\u0001");
  return { id, known: agency !== undefined, values, positions, agencyKey, rank: -1 };
}
