import { findIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import { Decimal } from "../model/decimal.js";
import type { TableCell, TableColumn, TypedTable } from "../model/table.js";
import type { Coverage } from "./coverage.js";
import { dimensionCell } from "./dimensionLabel.js";
import { exactEstimate, ratioEstimate } from "./estimate.js";
import { estimateCell } from "./estimateCell.js";

/**
 * The result of `coverage` as a `Table`: one row per indicator (there are
 * usually more indicators than agencies compared), a count column per agency
 * (how many figures it reported; empty when none), how many agencies
 * reported the indicator and that share in %.
 *
 * @example
 * ```ts
 * const table = coverageTable(coverage(observations, { agencies }), { agencies });
 * table.columns.map((c) => c.key); //=> ["indicator", "agency:000_6abc9caa6ce6874c.txt", …] (one column per agency)
 * table.columns.map((c) => c.key).slice(-2); //=> ["reported", "share"]
 * ```
 */
export function coverageTable(result: Coverage, options: { readonly agencies?: readonly Agency[] } = {}): TypedTable<"indicator"> {
  const fields = ["agencies", "indicators", "counts", "byIndicator"] as const;
  if (typeof result !== "object" || result === null || fields.some((field) => !Array.isArray(result[field]))) {
    throw new TypeError(`coverageTable: pass what coverage gives ({ ${fields.join(", ")}, … }), not ${result === null ? "null" : Array.isArray(result) ? "a list" : typeof result}`);
  }
  const agencies = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  const agencyColumns = result.agencies.map((id): TableColumn => ({ key: `agency:${id}`, kind: "count", zh: agencies.get(id)?.name ?? id, en: id }));
  return {
    title: { zh: "报告覆盖情况", en: "Coverage: who reported what" },
    columns: [
      { key: "indicator", kind: "dimension", zh: "指标", en: "indicator" },
      ...agencyColumns,
      { key: "reported", kind: "count", zh: "报告机关数", en: "agencies reporting" },
      { key: "share", kind: "estimate", zh: "覆盖率", en: "share" },
    ],
    rows: result.indicators.map((code, j) => {
      const perAgency: Record<string, TableCell | null> = {};
      result.agencies.forEach((id, i) => {
        const n = result.counts[i]?.[j] ?? 0;
        perAgency[`agency:${id}`] = n > 0 ? { kind: "count", value: n } : null;
      });
      const reported = result.byIndicator[j]?.reported ?? 0;
      // A ratio of counts (through quotient: 1/3 at the library's 120-digit precision would leave the model's Decimal range).
      const share = ratioEstimate(exactEstimate(new Decimal(reported)), exactEstimate(new Decimal(result.agencies.length))) ?? exactEstimate(new Decimal(0));
      return {
        cells: {
          ...perAgency,
          indicator: { ...dimensionCell("indicator", code, agencies), label: findIndicator(code)?.nameZh ?? null },
          reported: { kind: "count", value: reported },
          share: estimateCell(share, "%"),
        },
        notes: [],
        sources: [],
      };
    }),
    notes: [{ zh: "数字为该机关报告该指标的数据条数;“—”表示未报告。", en: "Numbers are how many figures the agency reported for the indicator; — means none." }],
  };
}
