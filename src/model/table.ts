import * as z from "zod";
import { DecimalValue } from "./decimalValue.js";
import { boundsAroundValue, estimateFields } from "./estimate.js";
import { SourceRef } from "./sourceRef.js";

/**
 * The kind of a table column: a grouping `dimension` (indicator, year,
 * agency …), an `estimate` (a value with its qualifier and bounds), a `rate`
 * (with its numerator and denominator), a `count`, or `ids` (a list of agency
 * ids or document names).
 *
 * @example
 * ```ts
 * ColumnKind.parse("estimate"); //=> "estimate"
 * ```
 */
export const ColumnKind = z.enum(["dimension", "estimate", "rate", "count", "ids"]);

/**
 * The kind of a table column.
 *
 * @example
 * ```ts
 * const kind: ColumnKind = "rate";
 * ```
 */
export type ColumnKind = z.infer<typeof ColumnKind>;

/**
 * A column of a `Table`: its key in each row's cells, its kind, and its name
 * in Chinese and English (both are shown in CSV headers and HTML).
 *
 * @example
 * ```ts
 * TableColumn.parse({ key: "sum", kind: "estimate", zh: "合计", en: "total" });
 * ```
 */
export const TableColumn = z.object({
  key: z.string().min(1),
  kind: ColumnKind,
  zh: z.string(),
  en: z.string(),
});

/**
 * A column of a `Table`.
 *
 * @example
 * ```ts
 * const column: TableColumn = { key: "year", kind: "dimension", zh: "年度", en: "year" };
 * ```
 */
export type TableColumn = z.infer<typeof TableColumn>;

/**
 * An estimate in a cell: the value, how exact it is, its lower and upper
 * bounds where known, and its unit (`null` when the figures mix units).
 * The fields of `Estimate` (its bounds hold the value), plus the unit.
 *
 * @example
 * ```ts
 * // 140余万元
 * EstimateCell.parse({ kind: "estimate", value: "1400000", qualifier: "atLeast", lower: "1400000", upper: null, unit: "元" });
 * ```
 */
export const EstimateCell = /* @__PURE__ */ boundsAroundValue(z.object({ kind: z.literal("estimate"), ...estimateFields(), unit: z.string().nullable() }));

/**
 * An estimate in a cell.
 *
 * @example
 * ```ts
 * const cell: EstimateCell = { kind: "estimate", value: new Decimal(293), qualifier: "exact", lower: new Decimal(293), upper: new Decimal(293), unit: "项" };
 * ```
 */
export type EstimateCell = z.infer<typeof EstimateCell>;

/**
 * A rate in % with what it was computed from: Σnumerator / Σdenominator
 * (`ratioOfSums`, components given), a stated rate (`stated`), or the plain
 * mean of stated rates when asked for (`unweightedMean`).
 *
 * @example
 * ```ts
 * RateCell.parse({ kind: "rate", value: "85.82", method: "ratioOfSums", numerator: null, denominator: null, agencies: 1 });
 * ```
 */
export const RateCell = z.object({
  kind: z.literal("rate"),
  value: DecimalValue,
  method: z.enum(["ratioOfSums", "unweightedMean", "stated"]),
  numerator: EstimateCell.nullable(),
  denominator: EstimateCell.nullable(),
  agencies: z.int().min(0),
});

/**
 * A rate in a cell.
 *
 * @example
 * ```ts
 * const cell: RateCell = { kind: "rate", value: new Decimal("96.52"), method: "stated", numerator: null, denominator: null, agencies: 1 };
 * ```
 */
export type RateCell = z.infer<typeof RateCell>;

/**
 * The value of a dimension in a cell (a code, a name or a year; `null` when it
 * does not apply), with a label for readers (`罚款金额` for
 * `enforcement.fineAmount`), or `null` when the value reads as it is.
 *
 * @example
 * ```ts
 * DimensionCell.parse({ kind: "dimension", value: "enforcement.fineAmount", label: "罚款金额" });
 * ```
 */
export const DimensionCell = z.object({
  kind: z.literal("dimension"),
  value: z.union([z.string(), z.number(), z.null()]),
  label: z.string().nullable(),
});

/**
 * A dimension value in a cell.
 *
 * @example
 * ```ts
 * const cell: DimensionCell = { kind: "dimension", value: 2021, label: null };
 * ```
 */
export type DimensionCell = z.infer<typeof DimensionCell>;

/**
 * A count in a cell (of figures, agencies, indicators …).
 *
 * @example
 * ```ts
 * CountCell.parse({ kind: "count", value: 3 });
 * ```
 */
export const CountCell = z.object({ kind: z.literal("count"), value: z.int().min(0) });

/**
 * A count in a cell.
 *
 * @example
 * ```ts
 * const cell: CountCell = { kind: "count", value: 2 };
 * ```
 */
export type CountCell = z.infer<typeof CountCell>;

/**
 * A list of ids in a cell (agency ids, document names).
 *
 * @example
 * ```ts
 * IdsCell.parse({ kind: "ids", value: ["daowai", "haishu"] });
 * ```
 */
export const IdsCell = z.object({ kind: z.literal("ids"), value: z.array(z.string()) });

/**
 * A list of ids in a cell.
 *
 * @example
 * ```ts
 * const cell: IdsCell = { kind: "ids", value: [] };
 * ```
 */
export type IdsCell = z.infer<typeof IdsCell>;

/**
 * One cell of a table, tagged with its kind (which must be its column's).
 *
 * @example
 * ```ts
 * TableCell.parse({ kind: "count", value: 1 }).kind; //=> "count"
 * ```
 */
export const TableCell = z.discriminatedUnion("kind", [DimensionCell, EstimateCell, RateCell, CountCell, IdsCell]);

/**
 * One cell of a table.
 *
 * @example
 * ```ts
 * const cell: TableCell = { kind: "ids", value: ["a"] };
 * ```
 */
export type TableCell = z.infer<typeof TableCell>;

/**
 * A row of a table: its cells by column key (`null` for an empty cell), the
 * row's notes (codes such as `mixedUnits`, `notAdditive`, `ratesNotAggregated`)
 * and the places in the documents its figures come from.
 *
 * @example
 * ```ts
 * TableRow.parse({ cells: { year: { kind: "dimension", value: 2021, label: null }, sum: null }, notes: [], sources: [] });
 * ```
 */
export const TableRow = z.object({
  cells: z.record(z.string(), TableCell.nullable()),
  notes: z.array(z.string()),
  sources: z.array(SourceRef),
});

/**
 * A row of a table. `TypedRow<K>` narrows the dimension cells to the keys asked for.
 *
 * @example
 * ```ts
 * const row: TableRow = { cells: {}, notes: [], sources: [] };
 * ```
 */
export type TableRow = z.infer<typeof TableRow>;

/**
 * A note of a table, for its readers, in Chinese and English.
 *
 * @example
 * ```ts
 * const note: TableNote = { zh: "比率按Σ分子/Σ分母计算", en: "Rates are Σnumerator / Σdenominator" };
 * ```
 */
export const TableNote = z.object({ zh: z.string(), en: z.string() });

/**
 * A note of a table.
 *
 * @example
 * ```ts
 * const note: TableNote = { zh: "注", en: "Note" };
 * ```
 */
export type TableNote = z.infer<typeof TableNote>;

/**
 * The contract between analyses and renderers: a title, typed columns, rows
 * whose cells match their columns' kinds, and notes. Every analysis can give
 * its result as a `Table` (see `aggregateTable`, `yearOverYearTable`,
 * `coverageTable`, `compositeScoreTable`); every renderer takes one. It
 * round-trips through JSON (decimals as strings).
 *
 * @example
 * ```ts
 * const table = Table.parse({
 *   title: { zh: "罚款金额", en: "Fines" },
 *   columns: [{ key: "year", kind: "dimension", zh: "年度", en: "year" }, { key: "sum", kind: "estimate", zh: "合计", en: "total" }],
 *   rows: [{ cells: { year: { kind: "dimension", value: 2021, label: null }, sum: { kind: "estimate", value: "1400000", qualifier: "atLeast", lower: "1400000", upper: null, unit: "元" } }, notes: [], sources: [] }],
 *   notes: [],
 * });
 * table.rows.length; //=> 1
 * ```
 */
export const Table = z
  .object({
    title: TableNote,
    columns: z.array(TableColumn),
    rows: z.array(TableRow),
    notes: z.array(TableNote),
  })
  .superRefine((table, context) => {
    const kinds = new Map(table.columns.map((c) => [c.key, c.kind]));
    if (kinds.size !== table.columns.length) context.addIssue({ code: "custom", message: "column keys must be unique", path: ["columns"] });
    table.rows.forEach((row, i) => {
      for (const [key, cell] of Object.entries(row.cells)) {
        const kind = kinds.get(key);
        if (kind === undefined) context.addIssue({ code: "custom", message: `no column "${key}"`, path: ["rows", i, "cells", key] });
        else if (cell !== null && cell.kind !== kind)
          context.addIssue({ code: "custom", message: `a ${cell.kind} cell in the ${kind} column "${key}"`, path: ["rows", i, "cells", key] });
      }
    });
  });

/**
 * A table: title, columns, rows and notes.
 *
 * @example
 * ```ts
 * const empty: Table = { title: { zh: "空表", en: "Empty" }, columns: [], rows: [], notes: [] };
 * ```
 */
export type Table = z.infer<typeof Table>;

/**
 * A row whose dimension cells are known to include the keys `K` (the
 * dimensions an analysis was asked to group by).
 *
 * @example
 * ```ts
 * function yearOf(row: TypedRow<"year">): number | string | null {
 *   return row.cells.year.value;
 * }
 * ```
 */
export type TypedRow<K extends string> = TableRow & { readonly cells: Readonly<Record<K, DimensionCell>> };

/**
 * A table whose rows are keyed by the dimensions `K`.
 *
 * @example
 * ```ts
 * function years(table: TypedTable<"indicator" | "year">): (string | number | null)[] {
 *   return table.rows.map((row) => row.cells.year.value);
 * }
 * ```
 */
export type TypedTable<K extends string> = Omit<Table, "rows"> & { rows: TypedRow<K>[] };
