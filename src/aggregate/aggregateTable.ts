import type { Agency } from "../model/agency.js";
import { checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";
import type { Observation } from "../model/observation.js";
import type { SourceRef } from "../model/sourceRef.js";
import type { DimensionCell, RateCell, TableCell, TableColumn, TableNote, TypedRow, TypedTable } from "../model/table.js";
import type { AggregateRow } from "./aggregateRow.js";
import { checkRows } from "./checkRows.js";
import { dimensionCell, dimensionName } from "./dimensionLabel.js";
import { type Dimension, agencyValues, observationValue } from "./dimensions.js";
import { estimateCell } from "./estimateCell.js";

/**
 * Options of `aggregateTable`: the dimensions the rows were grouped by (as
 * given to `aggregate`), the agencies (for their names), and the observations
 * the rows were computed from (to point each row back to its sources).
 *
 * @example
 * ```ts
 * const options: AggregateTableOptions<"indicator" | "year"> = { by: ["indicator", "year"], agencies, observations };
 * ```
 */
export interface AggregateTableOptions<D extends Dimension> {
  /** The dimensions of the row keys, in order. */
  readonly by: readonly D[];
  /** The agencies, for their names. */
  readonly agencies?: readonly Agency[];
  /** The observations aggregated: each row then lists the sources of its actual figures. */
  readonly observations?: readonly Observation[];
  /** Measure columns to leave out (`"missingAgencies"`, `"min"` …). */
  readonly omit?: readonly string[];
  /** The table's title (default `汇总 / Totals`). */
  readonly title?: TableNote;
}

const measureColumns: readonly TableColumn[] = [
  { key: "sum", kind: "estimate", zh: "合计", en: "total" },
  { key: "rate", kind: "rate", zh: "比率", en: "rate" },
  { key: "min", kind: "estimate", zh: "最小", en: "min" },
  { key: "max", kind: "estimate", zh: "最大", en: "max" },
  { key: "mean", kind: "estimate", zh: "平均", en: "mean" },
  { key: "count", kind: "count", zh: "数据条数", en: "figures" },
  { key: "agencies", kind: "count", zh: "机关数", en: "agencies" },
  { key: "missingAgencies", kind: "ids", zh: "未报告机关", en: "agencies missing" },
];

/**
 * The rows of `aggregate` as a `Table`: one dimension column per grouping
 * dimension (with readable labels), then the measures it has (total with its
 * bounds, rate with its numerator and denominator, min, max, mean, count,
 * agencies, missing agencies; columns empty in every row are left out). A
 * rate stated by one agency without components becomes a `stated` rate; the
 * rows' notes (`notAdditive`, `mixedUnits`, `ratesNotAggregated`) are kept.
 * Row keys are typed by `by`.
 *
 * @example
 * ```ts
 * const rows = aggregate(observations, { by: ["indicator", "year"], agencies });
 * const table = aggregateTable(rows, { by: ["indicator", "year"], agencies, observations });
 * table.rows[0]?.cells.indicator.value; //=> "decisions.legalAdviserUnits"
 * table.rows[0]?.cells.year.value; //=> 2021
 * ```
 */
export function aggregateTable<D extends Dimension>(rows: readonly AggregateRow[], options: AggregateTableOptions<D>): TypedTable<D> {
  checkRows("aggregateTable", rows, "aggregate", ["key", "observations"]);
  checkOptionsObject("aggregateTable", options, true, optionNames<AggregateTableOptions<Dimension>>()(["by", "agencies", "observations", "omit", "title"]));
  if (!Array.isArray(options.by)) throw new TypeError("aggregateTable: options.by must be the list of dimensions the rows were grouped by");
  const agencies = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  const sources = sourcesByKey(options.observations ?? [], options.by, agencies);
  const tableRows = rows.map((row): TypedRow<D> => {
    // Built from `by`, so it has exactly the keys D.
    const key = Object.fromEntries(options.by.map((d) => [d, dimensionCell(d, row.key[d] ?? null, agencies)])) as Record<D, DimensionCell>;
    const unit = row.unit;
    const measures: Record<string, TableCell | null> = {
      sum: row.sum ? estimateCell(row.sum, unit) : null,
      rate: rateOf(row),
      min: row.min ? estimateCell(row.min, unit) : null,
      max: row.max ? estimateCell(row.max, unit) : null,
      mean: row.mean ? estimateCell(row.mean, unit) : null,
      count: row.count === null ? null : { kind: "count", value: row.count },
      agencies: { kind: "count", value: row.agencies.length },
      missingAgencies: row.missingAgencies.length > 0 ? { kind: "ids", value: [...row.missingAgencies] } : null,
    };
    const cells = { ...measures, ...key };
    const notes = row.statedRates.length === 1 ? row.notes.filter((n) => n !== "ratesNotAggregated") : [...row.notes];
    return { cells, notes, sources: sources.get(keyOf(options.by.map((d) => row.key[d] ?? null))) ?? [] };
  });
  const used = measureColumns.filter((c) => !(options.omit ?? []).includes(c.key) && tableRows.some((r) => (r.cells[c.key] ?? null) !== null));
  for (const row of tableRows) for (const c of measureColumns) if (!used.includes(c)) delete (row.cells as Record<string, unknown>)[c.key];
  const columns: TableColumn[] = [...options.by.map((d): TableColumn => ({ key: d, kind: "dimension", ...dimensionName(d) })), ...used];
  return {
    title: options.title ?? { zh: "汇总", en: "Totals" },
    columns,
    rows: tableRows,
    notes: [
      { zh: "“≥”表示至少(原文为“余”“多”“以上”),“约”表示约数;合计的界限由各部分推得。", en: "≥ means at least (余, 多, 以上 in the text), 约 approximately; a total's bounds follow from its parts." },
      { zh: "比率按Σ分子/Σ分母计算,不取各比率的平均。", en: "Rates are Σnumerator / Σdenominator, not a mean of rates." },
    ],
  };
}

function rateOf(row: AggregateRow): RateCell | null {
  if (row.rate) {
    return {
      kind: "rate",
      value: row.rate.value,
      method: row.rate.method,
      numerator: row.rate.numerator ? estimateCell(row.rate.numerator, null) : null,
      denominator: row.rate.denominator ? estimateCell(row.rate.denominator, null) : null,
      agencies: row.rate.agencies,
    };
  }
  const [stated, ...others] = row.statedRates;
  if (stated && others.length === 0) return { kind: "rate", value: stated.value, method: "stated", numerator: null, denominator: null, agencies: 1 };
  return null;
}

function keyOf(values: readonly (string | number | null)[]): string {
  return JSON.stringify(values);
}

/** The sources of actual figures by the key they fall under. */
function sourcesByKey(observations: readonly Observation[], by: readonly Dimension[], agencies: ReadonlyMap<string, Agency>): Map<string, SourceRef[]> {
  const result = new Map<string, SourceRef[]>();
  const valuesOf = new Map<string, Readonly<Record<string, string | number | null>>>();
  for (const o of observations) {
    if (!o.source || o.modality !== "actual") continue;
    let own = valuesOf.get(o.agency);
    if (!own) {
      own = agencyValues(agencies.get(o.agency), o.agency);
      valuesOf.set(o.agency, own);
    }
    const values = own;
    const key = keyOf(by.map((d) => (d in values ? (values[d] ?? null) : observationValue(o, d))));
    const list = result.get(key);
    if (list) list.push(o.source);
    else result.set(key, [o.source]);
  }
  return result;
}
