import type { Agency } from "../model/agency.js";
import type { TypedTable } from "../model/table.js";
import type { YearOverYear } from "./change.js";
import { dimensionCell } from "./dimensionLabel.js";
import { ratioEstimate } from "./estimate.js";
import { estimateCell } from "./estimateCell.js";
import { checkRows } from "./checkRows.js";

/**
 * The result of `yearOverYear` as a `Table`: one row per agency, indicator
 * and year, with the year's value, the year before, the difference (bounds
 * carried) and the growth in % (approximate unless both values are exact).
 *
 * @example
 * ```ts
 * const table = yearOverYearTable(yearOverYear(observations), { agencies });
 * table.rows.map((r) => r.cells.year.value); //=> [2020, 2021] (agency "a"'s penalty cases: 140, 152, 150)
 * ```
 */
export function yearOverYearTable(changes: readonly YearOverYear[], options: { readonly agencies?: readonly Agency[] } = {}): TypedTable<"agency" | "indicator" | "year"> {
  checkRows("yearOverYearTable", changes, "yearOverYear", ["value", "previous", "difference"]);
  const agencies = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  return {
    title: { zh: "同比变化", en: "Year-over-year change" },
    columns: [
      { key: "agency", kind: "dimension", zh: "机关", en: "agency" },
      { key: "indicator", kind: "dimension", zh: "指标", en: "indicator" },
      { key: "year", kind: "dimension", zh: "年度", en: "year" },
      { key: "previous", kind: "estimate", zh: "上年", en: "previous year" },
      { key: "value", kind: "estimate", zh: "本年", en: "this year" },
      { key: "difference", kind: "estimate", zh: "增减", en: "difference" },
      { key: "growth", kind: "estimate", zh: "增长率", en: "growth" },
    ],
    rows: changes.map((c) => {
      const unit = c.unit;
      // The growth's qualifier and bounds: those of the ratio difference / previous (c.growth is its value).
      const growth = ratioEstimate(c.difference, c.previous);
      return {
        cells: {
          agency: dimensionCell("agency", c.agency, agencies),
          indicator: dimensionCell("indicator", c.indicator, agencies),
          year: dimensionCell("year", c.year, agencies),
          previous: estimateCell(c.previous, unit),
          value: estimateCell(c.value, unit),
          difference: estimateCell(c.difference, unit),
          growth: c.growth === null || growth === null ? null : estimateCell(growth, "%"),
        },
        notes: [],
        sources: [],
      };
    }),
    notes: [{ zh: "增长率 = (本年 − 上年) / 上年 × 100%。", en: "Growth = (this year − previous) / previous × 100%." }],
  };
}

