import { findIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import type { EstimateCell, TypedTable } from "../model/table.js";
import type { Quantity } from "../model/quantity.js";
import { dimensionCell } from "./dimensionLabel.js";
import { statedEstimate } from "./estimate.js";
import { estimateCell } from "./estimateCell.js";
import type { TargetRow } from "./targets.js";
import { checkRows } from "./checkRows.js";

/** What each attainment status reads as. */
const statusLabels: Readonly<Record<TargetRow["status"], string>> = {
  met: "达成 met",
  notMet: "未达成 not met",
  unknown: "无法判断 open (a bound leaves it open)",
  noActual: "无实际数 no actual figure",
};

/** A figure as stated (its qualifier's bounds, nothing inferred), with its unit. */
function quantityCell(q: Quantity): EstimateCell {
  return estimateCell(statedEstimate(q), q.unit);
}

/**
 * The result of `targetAttainment` as a `Table`: one row per target, with the
 * agency, indicator, period, the target (its comparator in the notes), the
 * actual figure and whether it was met (`达成 met`, `未达成 not met`,
 * `无法判断 open`, `无实际数 no actual figure`).
 *
 * @example
 * ```ts
 * const table = targetAttainmentTable(targetAttainment(observations), { agencies });
 * table.rows.map((r) => r.cells.status.value); //=> ["noActual", "noActual", "noActual", "noActual", "noActual"] (营口市交通运输局's targets for 2021, whose 2021 report is not among the five)
 * ```
 */
export function targetAttainmentTable(rows: readonly TargetRow[], options: { readonly agencies?: readonly Agency[] } = {}): TypedTable<"agency" | "indicator" | "period" | "status"> {
  checkRows("targetAttainmentTable", rows, "targetAttainment", ["target", "status"]);
  const agencies = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  return {
    title: { zh: "目标完成情况", en: "Target attainment" },
    columns: [
      { key: "agency", kind: "dimension", zh: "机关", en: "agency" },
      { key: "indicator", kind: "dimension", zh: "指标", en: "indicator" },
      { key: "period", kind: "dimension", zh: "期间", en: "period" },
      { key: "target", kind: "estimate", zh: "目标", en: "target" },
      { key: "actual", kind: "estimate", zh: "实际", en: "actual" },
      { key: "status", kind: "dimension", zh: "完成情况", en: "status" },
    ],
    rows: rows.map((r) => ({
      cells: {
        agency: dimensionCell("agency", r.agency, agencies),
        indicator: { kind: "dimension", value: r.indicator, label: findIndicator(r.indicator)?.nameZh ?? null },
        period: { kind: "dimension", value: typeof r.period === "number" ? r.period : `${r.period.from}..${r.period.to}`, label: null },
        target: quantityCell(r.target.quantity),
        actual: r.actual === null ? null : quantityCell(r.actual),
        status: { kind: "dimension", value: r.status, label: statusLabels[r.status] },
      },
      notes: [`comparator ${r.target.comparator}`],
      sources: [],
    })),
    notes: [],
  };
}
