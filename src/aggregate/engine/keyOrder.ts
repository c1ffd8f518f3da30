import type { Dimension, DimensionValue } from "../dimensions.js";

/**
 * Orders two dimension values: `null` first, numbers as numbers, strings by code unit.
 *
 * @internal
 */
export function compareValues(x: DimensionValue, y: DimensionValue): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x) < String(y) ? -1 : 1;
}

/**
 * Sorts keyed items by their keys in the order of `by` (as `compareValues`);
 * each item's sort key is built once.
 *
 * @internal
 */
export function sortByKey<T extends { readonly key: Readonly<Record<string, DimensionValue>> }>(items: readonly T[], by: readonly Dimension[]): T[] {
  const keyed = items.map((item) => ({ item, parts: by.map((d) => item.key[d] ?? null) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.parts.length; i++) {
      const order = compareValues(a.parts[i] ?? null, b.parts[i] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}
