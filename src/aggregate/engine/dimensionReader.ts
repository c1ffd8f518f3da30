import type { IndicatorCode } from "../../model/indicatorCode.js";
import type { Dimension, DimensionValue } from "../dimensions.js";

/**
 * Reads the value of the dimension at `position` of the grouping from a
 * source (a figure, or a row key); `indicator`, when given, stands in for the
 * source's own indicator (a component read as its rate). An object with a
 * method rather than a closure, so that the hot loop keeps one call target
 * from one call of `aggregate` to the next.
 *
 * @internal
 */
export interface DimensionReader<S> {
  read(source: S, position: number, indicator: IndicatorCode | null): DimensionValue;
}

/**
 * Reads a dimension from a row key.
 *
 * @internal
 */
export class KeyReader implements DimensionReader<Readonly<Record<string, DimensionValue>>> {
  constructor(private readonly by: readonly Dimension[]) {}

  read(key: Readonly<Record<string, DimensionValue>>, position: number, indicator: IndicatorCode | null): DimensionValue {
    const d = this.by[position] as Dimension;
    return d === "indicator" && indicator !== null ? indicator : (key[d] ?? null);
  }
}
