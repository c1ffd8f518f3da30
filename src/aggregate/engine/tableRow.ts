import type { AggregateRow, RowRate, StatedRate } from "../aggregateRow.js";
import type { DimensionValue } from "../dimensions.js";
import type { Estimate } from "../estimate.js";

/**
 * Where a `TableRow` reads its group: the key, and the whole row, made once
 * when first asked for.
 *
 * @internal
 */
export interface TableRowSource {
  keyAt(group: number): Readonly<Record<string, DimensionValue>>;
  rowAt(group: number): AggregateRow;
}

/**
 * A row of `aggregate` over an `ObservationTable`: a view of one group of
 * the grouping's typed arrays, made for every group at the cost of one small
 * object. Its fields are read as those of any `AggregateRow` and are the
 * same; the `Decimal`s, the list of agencies and the stated rates are made
 * the first time a field other than `key` is read, by the very code that
 * makes the rows of observations (`rowOf`), and kept. `toJSON()` gives the
 * row as a plain `AggregateRow` object, so `JSON.stringify` writes what it
 * writes for the object path; the fields are getters of the class, so
 * `Object.keys` and `{ ...row }` do not see them. Read on anything but a row
 * (the class's prototype, as a deep-equality check may), a field is `undefined`.
 *
 * @internal
 */
export class TableRow implements AggregateRow {
  readonly #source: TableRowSource;
  readonly #group: number;
  #row: AggregateRow | null = null;
  declare readonly key: Readonly<Record<string, DimensionValue>>;
  declare readonly unit: string | null;
  declare readonly observations: number;
  declare readonly agencies: readonly string[];
  declare readonly missingAgencies: readonly string[];
  declare readonly sum: Estimate | null;
  declare readonly count: number | null;
  declare readonly min: Estimate | null;
  declare readonly max: Estimate | null;
  declare readonly mean: Estimate | null;
  declare readonly rate: RowRate | null;
  declare readonly statedRates: readonly StatedRate[];
  declare readonly notes: readonly string[];

  constructor(source: TableRowSource, group: number) {
    this.#source = source;
    this.#group = group;
  }

  static {
    // One getter per field, on the prototype: the key without making the row, every other field from the whole row.
    for (const field of ["key", "unit", "observations", "agencies", "missingAgencies", "sum", "count", "min", "max", "mean", "rate", "statedRates", "notes"] as const) {
      Object.defineProperty(TableRow.prototype, field, {
        get(this: TableRow) {
          if (!(#source in this)) return undefined;
          return field === "key" ? this.#source.keyAt(this.#group) : this.toJSON()[field];
        },
      });
    }
  }

  /** The row as a plain `AggregateRow` object (what `JSON.stringify` writes), made once. */
  toJSON(): AggregateRow {
    this.#row ??= this.#source.rowAt(this.#group);
    return this.#row;
  }

  /** What `console.log` and `util.inspect` show: the plain row. */
  [Symbol.for("nodejs.util.inspect.custom")](): AggregateRow {
    return this.toJSON();
  }
}
