import type { Decimal } from "../model/decimal.js";
import type { AggregateRow, RowRate, StatedRate } from "./aggregateRow.js";
import type { DimensionValue } from "./dimensions.js";
import type { Estimate } from "./estimate.js";

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

/** What the fields read on the class's prototype: an empty row. */
const empty: AggregateRow = /* @__PURE__ */ Object.freeze({
  key: {},
  unit: null,
  observations: 0,
  agencies: [],
  missingAgencies: [],
  sum: null,
  count: null,
  min: null,
  max: null,
  mean: null,
  rate: null,
  statedRates: [],
  notes: [],
});

/**
 * A row of `aggregate` over an `ObservationTable`: a view of one group of
 * the grouping's typed arrays, made for every group at the cost of one small
 * object. Its fields are read as those of any `AggregateRow` and are the
 * same; the `Decimal`s, the list of agencies and the stated rates are made
 * the first time a field other than `key` is read, by the very code that
 * makes the rows of observations (`rowOf`), and kept. `toJSON()` gives the
 * row as a plain `AggregateRow` object, so `JSON.stringify` writes what it
 * writes for the object path; the fields are getters of the class, so
 * `Object.keys` and `{ ...row }` do not see them (spread `row.toJSON()`).
 *
 * @internal
 */
export class TableRow implements AggregateRow {
  readonly #source: TableRowSource;
  readonly #group: number;
  #row: AggregateRow | null = null;

  constructor(source: TableRowSource, group: number) {
    this.#source = source;
    this.#group = group;
  }

  /** The whole row, made once; read on anything but a row (the class's prototype, as a deep-equality check may), nothing. */
  #full(): AggregateRow {
    if (!(#source in this)) return empty;
    this.#row ??= this.#source.rowAt(this.#group);
    return this.#row;
  }

  get key(): Readonly<Record<string, DimensionValue>> {
    return #source in this ? this.#source.keyAt(this.#group) : empty.key;
  }
  get unit(): string | null {
    return this.#full().unit;
  }
  get observations(): number {
    return this.#full().observations;
  }
  get agencies(): readonly string[] {
    return this.#full().agencies;
  }
  get missingAgencies(): readonly string[] {
    return this.#full().missingAgencies;
  }
  get sum(): Estimate | null {
    return this.#full().sum;
  }
  get count(): number | null {
    return this.#full().count;
  }
  get min(): Decimal | null {
    return this.#full().min;
  }
  get max(): Decimal | null {
    return this.#full().max;
  }
  get mean(): Estimate | null {
    return this.#full().mean;
  }
  get rate(): RowRate | null {
    return this.#full().rate;
  }
  get statedRates(): readonly StatedRate[] {
    return this.#full().statedRates;
  }
  get notes(): readonly string[] {
    return this.#full().notes;
  }

  /** The row as a plain `AggregateRow` object (what `JSON.stringify` writes). */
  toJSON(): AggregateRow {
    return this.#full();
  }

  /** What `console.log` and `util.inspect` show: the plain row. */
  [Symbol.for("nodejs.util.inspect.custom")](): AggregateRow {
    return this.#full();
  }
}
