import { findIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import { Decimal } from "../model/decimal.js";
import type { TableCell, TableColumn, TypedTable } from "../model/table.js";
import type { Coverage } from "./coverage.js";
import { dimensionCell } from "./dimensionLabel.js";

/**
 * The result of `coverage` as a `Table`: one row per agency, a count column
 * per indicator (how many figures it reported; empty when none), how many of
 * the indicators it reported and that share in %.
 *
 * @example
 * ```ts
 * const table = coverageTable(coverage(observations, { agencies }), { agencies });
 * table.columns.map((c) => c.key); //=> ["agency", "enforcement.penaltyCases", …, "reported", "share"]
 * ```
 */
export function coverageTable(result: Coverage, options: { readonly agencies?: readonly Agency[] } = {}): TypedTable<"agency"> {
  const agencies = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  const indicatorColumns = result.indicators.map((code): TableColumn => {
    const indicator = findIndicator(code);
    return { key: code, kind: "count", zh: indicator?.nameZh ?? code, en: indicator?.nameEn ?? code };
  });
  return {
    title: { zh: "报告覆盖情况", en: "Coverage: who reported what" },
    columns: [
      { key: "agency", kind: "dimension", zh: "机关", en: "agency" },
      ...indicatorColumns,
      { key: "reported", kind: "count", zh: "已报告指标数", en: "indicators reported" },
      { key: "share", kind: "estimate", zh: "覆盖率", en: "share" },
    ],
    rows: result.agencies.map((agency, i) => {
      const counts = result.counts[i] ?? [];
      const perIndicator: Record<string, TableCell | null> = {};
      result.indicators.forEach((code, j) => {
        const n = counts[j] ?? 0;
        perIndicator[code] = n > 0 ? { kind: "count", value: n } : null;
      });
      const reported = result.byAgency[i]?.reported ?? 0;
      const share = result.indicators.length === 0 ? new Decimal(0) : new Decimal(reported).div(result.indicators.length).times(100);
      return {
        cells: {
          ...perIndicator,
          agency: dimensionCell("agency", agency, agencies),
          reported: { kind: "count", value: reported },
          share: { kind: "estimate", value: share, qualifier: "exact", lower: share, upper: share, unit: "%" },
        },
        notes: [],
        sources: [],
      };
    }),
    notes: [{ zh: "数字为该机关报告该指标的数据条数;空白表示未报告。", en: "Numbers are how many figures the agency reported for the indicator; blank means none." }],
  };
}
