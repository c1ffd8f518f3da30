import { findIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import type { TypedTable } from "../model/table.js";
import type { AgencyScore } from "./compositeScore.js";
import { dimensionCell } from "./dimensionLabel.js";
import { approximateEstimate, exactEstimate } from "./estimate.js";
import { estimateCell } from "./estimateCell.js";
import { checkRows } from "./checkRows.js";

/**
 * The result of `compositeScore` as a `Table`, ranked: rank, agency, peer
 * group, score (0–1; exact unless a figure it was normalised against is not, see `AgencyScore.exact`) and the number of indicators that built it; each
 * row's notes list its components (`罚款金额 0.5`), normalised within the peer
 * group (`(反向)` where less is better).
 *
 * @example
 * ```ts
 * const table = compositeScoreTable(compositeScore(observations, { agencies }), { agencies });
 * table.rows[0]?.cells.agency.label; //=> "哈尔滨市道外区人民政府"
 * ```
 */
export function compositeScoreTable(scores: readonly AgencyScore[], options: { readonly agencies?: readonly Agency[] } = {}): TypedTable<"agency" | "peerGroup"> {
  checkRows("compositeScoreTable", scores, "compositeScore", ["score", "peerGroup"]);
  const agencies = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  return {
    title: { zh: "综合评分", en: "Composite score" },
    columns: [
      { key: "rank", kind: "count", zh: "排名", en: "rank" },
      { key: "agency", kind: "dimension", zh: "机关", en: "agency" },
      { key: "peerGroup", kind: "dimension", zh: "同类组", en: "peer group" },
      { key: "score", kind: "estimate", zh: "得分", en: "score" },
      { key: "components", kind: "count", zh: "指标数", en: "indicators" },
    ],
    rows: scores.map((s, i) => ({
      cells: {
        rank: { kind: "count", value: i + 1 },
        agency: dimensionCell("agency", s.agency, agencies),
        peerGroup: { kind: "dimension", value: s.peerGroup, label: s.peerGroup === "" ? "全部" : null },
        score: estimateCell(s.exact ? exactEstimate(s.score) : approximateEstimate(s.score), null),
        components: { kind: "count", value: s.components.length },
      },
      notes: [
        ...s.components.map((c) => `${findIndicator(c.indicator)?.nameZh ?? c.indicator} ${c.normalized.toDecimalPlaces(2).toFixed()}${c.inverted ? " (反向)" : ""}`),
        ...s.mixedUnits.map((code) => `${findIndicator(code)?.nameZh ?? code} 未计 (单位不一 mixed units)`),
      ],
      sources: [],
    })),
    notes: [
      { zh: "各指标在同类组内按最小—最大值归一化,越低越好的指标取反;先按纲要领域平均,再跨领域平均。", en: "Each indicator is normalised min–max within the peer group (inverted where less is better), averaged per outline area, then across areas." },
    ],
  };
}
