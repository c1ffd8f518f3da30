import { lowerIsBetter } from "../catalog/indicatorDirections.js";
import { findIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Observation } from "../model/observation.js";
import type { EstimateCell, RateCell, Table, TableCell, TableRow } from "../model/table.js";
import { aggregate } from "../aggregate/aggregate.js";
import { aggregateTable } from "../aggregate/aggregateTable.js";
import { yearOverYear } from "../aggregate/change.js";
import { compositeScore } from "../aggregate/compositeScore.js";
import { compositeScoreTable } from "../aggregate/compositeScoreTable.js";
import { coverage } from "../aggregate/coverage.js";
import { coverageTable } from "../aggregate/coverageTable.js";
import { targetAttainmentTable } from "../aggregate/targetAttainmentTable.js";
import { targetAttainment } from "../aggregate/targets.js";
import { yearOverYearTable } from "../aggregate/yearOverYearTable.js";
import type { Bar } from "./barChart.js";
import type { Line } from "./lineChart.js";

/**
 * One indicator compared across agencies and years: a table (an agency a row,
 * a year a column, and the rank in the latest year), the bars of the latest
 * year and the lines over years.
 *
 * @example
 * ```ts
 * const fines: IndicatorComparison | undefined = report.indicators.find((i) => i.indicator === "enforcement.fineAmount");
 * fines?.unit; //=> "元"
 * ```
 */
export interface IndicatorComparison {
  /** The indicator code. */
  readonly indicator: IndicatorCode;
  /** Its Chinese name. */
  readonly nameZh: string;
  /** Its English name. */
  readonly nameEn: string;
  /** The unit its values are in. */
  readonly unit: string | null;
  /** Whether less is better (败诉率): the ranking is then ascending. */
  readonly lowerIsBetter: boolean;
  /** Agencies × years, with the rank in the latest year. */
  readonly table: Table;
  /** Each agency's value of its latest year with one (the year in the label when it is not `latestYear`): the latest year's best first, then earlier years. */
  readonly bars: readonly Bar[];
  /** The latest year the bars show. */
  readonly latestYear: number | null;
  /** Each agency's values over years (only agencies with two years or more). */
  readonly lines: readonly Line[];
}

/**
 * A comparison across agencies and years: per-indicator tables with rankings
 * and charts, totals per indicator and year, year-over-year change, target
 * attainment, coverage
 * (who reported what) and composite scores with their components.
 *
 * @example
 * ```ts
 * const report: ComparisonReport = comparisonReport(observations, agencies);
 * report.indicators.length; //=> 42
 * ```
 */
export interface ComparisonReport {
  /** The agencies compared, as given. */
  readonly agencies: readonly Agency[];
  /** The years with figures, ascending. */
  readonly years: readonly number[];
  /** One entry per indicator with yearly figures, in code order. */
  readonly indicators: readonly IndicatorComparison[];
  /** Totals per indicator and year (`aggregate`). */
  readonly totals: Table;
  /** Year-over-year change (`yearOverYear`). */
  readonly yearOverYear: Table;
  /** Targets set in the documents and whether the actual figures met them (`targetAttainment`). */
  readonly targets: Table;
  /** Who reported what (`coverage`). */
  readonly coverage: Table;
  /** Composite scores (`compositeScore`). */
  readonly scores: Table;
}

/**
 * Compares the observations of agencies across years (actual yearly figures;
 * cumulative ones stay in the totals). Each cell keeps its qualifier and
 * bounds, each row its sources.
 *
 * @example
 * ```ts
 * const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
 * const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));
 * comparisonReport(observations, agencies).years; //=> [2020, 2021]
 * ```
 */
export function comparisonReport(observations: readonly Observation[], agencies: readonly Agency[]): ComparisonReport {
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const by = ["indicator", "agency", "year"] as const;
  const cells = aggregateTable(aggregate(observations, { by, agencies, measures: ["sum", "count", "min", "max"] }), { by, agencies, observations });
  const years = [...new Set(cells.rows.flatMap((r) => (typeof r.cells.year.value === "number" ? [r.cells.year.value] : [])))].sort((a, b) => a - b);
  const byIndicator = new Map<string, (typeof cells.rows)[number][]>();
  for (const row of cells.rows) {
    if (typeof row.cells.year.value !== "number") continue;
    const code = String(row.cells.indicator.value);
    const list = byIndicator.get(code);
    if (list) list.push(row);
    else byIndicator.set(code, [row]);
  }
  const indicators = [...byIndicator].map(([code, rows]) => indicatorComparison(code as IndicatorCode, rows, names));
  const totalsBy = ["indicator", "year"] as const;
  return {
    agencies,
    years,
    indicators,
    totals: aggregateTable(aggregate(observations, { by: totalsBy, agencies, measures: ["sum", "count", "min", "max"] }), { by: totalsBy, agencies, observations, omit: ["missingAgencies"], title: { zh: "各指标年度合计", en: "Totals per indicator and year" } }),
    yearOverYear: yearOverYearTable(yearOverYear(observations), { agencies }),
    targets: targetAttainmentTable(targetAttainment(observations), { agencies }),
    coverage: coverageTable(coverage(observations, { agencies }), { agencies }),
    scores: compositeScoreTable(compositeScore(observations, { agencies }), { agencies }),
  };
}

/** The value of a row of one agency and year: its total, its rate, or its single stated value. */
function yearValueOf(row: TableRow): EstimateCell | RateCell | null {
  const sum = row.cells["sum"] ?? null;
  if (sum?.kind === "estimate") return sum;
  const rate = row.cells["rate"] ?? null;
  if (rate?.kind === "rate") return rate;
  const min = row.cells["min"] ?? null;
  const max = row.cells["max"] ?? null;
  if (max?.kind === "estimate" && min?.kind === "estimate" && min.value.equals(max.value)) return max;
  return null;
}

function indicatorComparison(code: IndicatorCode, rows: readonly TableRow[], names: ReadonlyMap<string, string>): IndicatorComparison {
  const info = findIndicator(code);
  const lower = lowerIsBetter.has(code);
  const agencyIds = [...new Set(rows.map((r) => String(r.cells["agency"]?.kind === "dimension" ? r.cells["agency"].value : "")))];
  const years = [...new Set(rows.map((r) => Number(r.cells["year"]?.kind === "dimension" ? r.cells["year"].value : 0)))].sort((a, b) => a - b);
  const latestYear = years.at(-1) ?? null;
  const valueAt = new Map<string, EstimateCell | RateCell>();
  const sourcesOf = new Map<string, TableRow["sources"][number][]>();
  for (const row of rows) {
    const agency = row.cells["agency"]?.kind === "dimension" ? String(row.cells["agency"].value) : "";
    const year = row.cells["year"]?.kind === "dimension" ? Number(row.cells["year"].value) : 0;
    const value = yearValueOf(row);
    if (value) valueAt.set(`${agency}|${year}`, value);
    sourcesOf.set(agency, [...(sourcesOf.get(agency) ?? []), ...row.sources]);
  }
  const isRate = [...valueAt.values()].some((v) => v.kind === "rate");
  const unit = [...valueAt.values()].find((v): v is EstimateCell => v.kind === "estimate")?.unit ?? (isRate ? "%" : (info?.unit ?? null));
  const numberOf = (v: EstimateCell | RateCell) => v.value;
  const latest = agencyIds
    .flatMap((id) => {
      const v = latestYear === null ? undefined : valueAt.get(`${id}|${latestYear}`);
      return v ? [{ id, v }] : [];
    })
    .sort((a, b) => (lower ? 1 : -1) * numberOf(a.v).comparedTo(numberOf(b.v)) || (a.id < b.id ? -1 : 1));
  const rank = new Map(latest.map((l, i) => [l.id, i + 1]));
  const label = (id: string) => names.get(id) ?? id;
  const tableRows = agencyIds
    .sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || (a < b ? -1 : 1))
    .map((id): TableRow => {
      const yearCells: Record<string, TableCell | null> = {};
      for (const year of years) {
        const v = valueAt.get(`${id}|${year}`) ?? null;
        yearCells[String(year)] = v === null ? null : isRate && v.kind === "estimate" ? statedRate(v) : v;
      }
      const r = rank.get(id);
      return {
        cells: { agency: { kind: "dimension", value: id, label: names.get(id) ?? null }, ...yearCells, rank: r === undefined ? null : { kind: "count", value: r } },
        notes: [],
        sources: sourcesOf.get(id) ?? [],
      };
    });
  const nameZh = info?.nameZh ?? code;
  return {
    indicator: code,
    nameZh,
    nameEn: info?.nameEn ?? code,
    unit,
    lowerIsBetter: lower,
    table: {
      title: { zh: nameZh, en: `${info?.nameEn ?? code} (${code})` },
      columns: [
        { key: "agency", kind: "dimension", zh: "机关", en: "agency" },
        ...years.map((y) => ({ key: String(y), kind: isRate ? ("rate" as const) : ("estimate" as const), zh: `${y}年`, en: String(y) })),
        { key: "rank", kind: "count", zh: latestYear === null ? "排名" : `${latestYear}年排名`, en: "rank" },
      ],
      rows: tableRows,
      notes: lower ? [{ zh: "该指标越低越好，排名按升序。", en: "Less is better for this indicator: ranked ascending." }] : [],
    },
    bars: agencyIds
      .flatMap((id) => {
        const year = [...years].reverse().find((y) => valueAt.has(`${id}|${y}`));
        const v = year === undefined ? undefined : valueAt.get(`${id}|${year}`);
        if (year === undefined || v === undefined) return [];
        return [{ label: year === latestYear ? label(id) : `${label(id)} (${year})`, value: v.value, qualifier: v.kind === "estimate" ? v.qualifier : ("exact" as const), year }];
      })
      .sort((a, b) => (b.year - a.year) || (lower ? 1 : -1) * a.value.comparedTo(b.value))
      .map(({ year: _year, ...bar }) => bar),
    latestYear,
    lines: agencyIds
      .map((id) => ({ label: label(id), points: years.flatMap((year) => { const v = valueAt.get(`${id}|${year}`); return v ? [{ year, value: v.value }] : []; }) }))
      .filter((l) => l.points.length >= 2),
  };
}

/** A single % figure of a rate indicator, as a stated rate. */
function statedRate(v: EstimateCell): RateCell {
  return { kind: "rate", value: v.value, method: "stated", numerator: null, denominator: null, agencies: 1 };
}
