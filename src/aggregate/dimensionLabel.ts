import { divisionOf } from "../catalog/divisions.js";
import { findIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import type { DimensionCell } from "../model/table.js";
import type { Dimension, DimensionValue } from "./dimensions.js";

/** The names of the dimensions, in Chinese and English, for column headers. */
const names: Readonly<Record<Dimension, { readonly zh: string; readonly en: string }>> = {
  indicator: { zh: "指标", en: "indicator" },
  year: { zh: "年度", en: "year" },
  period: { zh: "期间", en: "period" },
  agency: { zh: "机关", en: "agency" },
  kind: { zh: "类别", en: "kind" },
  level: { zh: "层级", en: "level" },
  sector: { zh: "领域", en: "sector" },
  province: { zh: "省", en: "province" },
  prefecture: { zh: "市", en: "prefecture" },
  county: { zh: "县区", en: "county" },
  area: { zh: "领域(纲要)", en: "outline area" },
};

/**
 * The Chinese and English names of a dimension, for a column header.
 *
 * @example
 * ```ts
 * dimensionName("prefecture"); //=> { zh: "市", en: "prefecture" }
 * ```
 */
export function dimensionName(dimension: Dimension): { readonly zh: string; readonly en: string } {
  return names[dimension];
}

/**
 * A dimension value as a table cell, with a label a reader understands: the
 * indicator's Chinese name, the agency's name, the division's name, `累计`
 * for the year of a cumulative figure; `null` where the value reads as it is.
 *
 * @example
 * ```ts
 * dimensionCell("indicator", "enforcement.fineAmount", new Map()).label; //=> "罚款金额"
 * dimensionCell("prefecture", "230100", new Map()).label; //=> "哈尔滨市"
 * ```
 */
export function dimensionCell(dimension: Dimension, value: DimensionValue, agencies: ReadonlyMap<string, Agency>): DimensionCell {
  return { kind: "dimension", value, label: labelOf(dimension, value, agencies) };
}

function labelOf(dimension: Dimension, value: DimensionValue, agencies: ReadonlyMap<string, Agency>): string | null {
  if (value === null) return dimension === "year" ? "累计" : null;
  const text = String(value);
  switch (dimension) {
    case "indicator":
      return findIndicator(text)?.nameZh ?? null;
    case "agency":
      return agencies.get(text)?.name ?? null;
    case "province":
    case "prefecture":
    case "county":
      return divisionOf(text)?.name ?? null;
    default:
      return null;
  }
}
