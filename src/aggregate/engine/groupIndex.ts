import type { IndicatorCode } from "../../model/indicatorCode.js";
import type { Dimension, DimensionValue } from "../dimensions.js";
import type { DimensionReader } from "./dimensionReader.js";
import { compareValues } from "./keyOrder.js";

/** One level of the index: its entries by code, and the codes present, in the order they came. */
interface Node<T> {
  readonly slots: (Node<T> | T | undefined)[];
  readonly codes: number[];
}

const newNode = <T>(): Node<T> => ({ slots: [], codes: [] });

/**
 * Groups keyed by the values of several dimensions. Each dimension's values
 * are coded as small integers (in the order first seen), and the groups are
 * held in arrays nested one level per dimension, indexed by those codes: a
 * figure finds its group with a lookup in one small, often-used table per
 * dimension and array indexing, builds no key string, and the groups come out
 * in key order by sorting each dimension's values once.
 *
 * @internal
 */
export class GroupIndex<T extends object> {
  private readonly codes: Map<DimensionValue, number>[];
  private readonly values: DimensionValue[][];
  private readonly root: Node<T> = newNode();

  constructor(private readonly by: readonly Dimension[]) {
    this.codes = by.map(() => new Map());
    this.values = by.map(() => []);
  }

  /** The group of a source's key, added with `make` (handed the key object and the source) when there is none. */
  add<S>(reader: DimensionReader<S>, source: S, indicator: IndicatorCode | null, make: (key: Record<string, DimensionValue>, source: S) => T): T {
    const last = this.by.length - 1;
    let node = this.root;
    for (let level = 0; level < last; level++) {
      const code = this.codeOf(level, reader.read(source, level, indicator));
      let next = node.slots[code] as Node<T> | undefined;
      if (next === undefined) {
        next = newNode();
        node.slots[code] = next;
        node.codes.push(code);
      }
      node = next;
    }
    const code = last < 0 ? 0 : this.codeOf(last, reader.read(source, last, indicator));
    let entry = node.slots[code] as T | undefined;
    if (entry === undefined) {
      const key: Record<string, DimensionValue> = {};
      for (let level = 0; level <= last; level++) key[this.by[level] as Dimension] = reader.read(source, level, indicator);
      entry = make(key, source);
      node.slots[code] = entry;
      node.codes.push(code);
    }
    return entry;
  }

  /** The group of a source's key, or `undefined`. */
  find<S>(reader: DimensionReader<S>, source: S, indicator: IndicatorCode | null): T | undefined {
    const last = this.by.length - 1;
    let node: Node<T> | undefined = this.root;
    for (let level = 0; level < last && node !== undefined; level++) {
      const code = this.codes[level]?.get(reader.read(source, level, indicator));
      node = code === undefined ? undefined : (node.slots[code] as Node<T> | undefined);
    }
    if (node === undefined) return undefined;
    const code = last < 0 ? 0 : this.codes[last]?.get(reader.read(source, last, indicator));
    return code === undefined ? undefined : (node.slots[code] as T | undefined);
  }

  /** The groups whose value of `dimension` is `value`, in no particular order (none when it is not a dimension). */
  withValue(dimension: Dimension, value: DimensionValue): T[] {
    const level = this.by.indexOf(dimension);
    const code = level < 0 ? undefined : this.codes[level]?.get(value);
    if (code === undefined) return [];
    const last = this.by.length - 1;
    const out: T[] = [];
    const walk = (node: Node<T>, depth: number): void => {
      const codes = depth === level ? [code] : node.codes;
      for (let i = 0; i < codes.length; i++) {
        const slot = node.slots[codes[i] as number];
        if (slot === undefined) continue;
        if (depth === last) out.push(slot as T);
        else walk(slot as Node<T>, depth + 1);
      }
    };
    walk(this.root, 0);
    return out;
  }

  /** The groups in key order: each dimension's values by `compareValues`, in the order of the dimensions. */
  inKeyOrder(): T[] {
    const depth = this.by.length;
    // Each dimension's codes in the order of their values, and each code's place in it.
    const orders = this.values.map((values) => values.map((_, code) => code).sort((a, b) => compareValues(values[a] ?? null, values[b] ?? null)));
    const ranks = orders.map((order) => {
      const rank = new Int32Array(order.length);
      for (let i = 0; i < order.length; i++) rank[order[i] as number] = i;
      return rank;
    });
    const out: T[] = [];
    const walk = (node: Node<T>, level: number): void => {
      const order = orders[level] ?? [];
      const rank = ranks[level] ?? new Int32Array(0);
      // A node holding every value of its dimension walks the dimension's order; a sparser one sorts its own codes.
      const codes = node.codes.length === order.length ? order : [...node.codes].sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
      for (let i = 0; i < codes.length; i++) {
        const slot = node.slots[codes[i] as number];
        if (slot === undefined) continue;
        if (level >= depth - 1) out.push(slot as T);
        else walk(slot as Node<T>, level + 1);
      }
    };
    if (depth === 0) {
      const only = this.root.slots[0];
      if (only !== undefined) out.push(only as T);
    } else walk(this.root, 0);
    return out;
  }

  /** The code of a value of the dimension at `level`, coding it when new. */
  private codeOf(level: number, value: DimensionValue): number {
    const codes = this.codes[level] as Map<DimensionValue, number>;
    let code = codes.get(value);
    if (code === undefined) {
      code = codes.size;
      codes.set(value, code);
      (this.values[level] as DimensionValue[]).push(value);
    }
    return code;
  }
}
