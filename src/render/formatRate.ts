import type { RateCell } from "../model/table.js";
import { formatEstimate } from "./formatEstimate.js";
import { formatDecimal } from "./formatDecimal.js";
import type { RenderOptions } from "./numberStyle.js";

/**
 * A rate for readers: `85.82%`.
 *
 * @example
 * ```ts
 * formatRate({ kind: "rate", value: new Decimal("85.8221"), method: "stated", numerator: null, denominator: null, agencies: 1 }); //=> "85.82%"
 * ```
 */
export function formatRate(cell: RateCell, options: RenderOptions = {}): string {
  return `${formatDecimal(cell.value, { fractionDigits: options.fractionDigits ?? 2 })}%`;
}

/**
 * How a rate was made, for a note or a `title`: its numerator and denominator
 * (`1,216 / 1,417 · Σ分子/Σ分母 · 1 个机关`), or that it was stated without them.
 *
 * @example
 * ```ts
 * rateComponentsText({ kind: "rate", value: new Decimal("98"), method: "stated", numerator: null, denominator: null, agencies: 1 });
 * //=> "原文所述比率，未给出分子分母 stated without components"
 * ```
 */
export function rateComponentsText(cell: RateCell, options: RenderOptions = {}): string {
  if (cell.method === "stated") return "原文所述比率，未给出分子分母 stated without components";
  if (cell.method === "unweightedMean") return `各机关比率的简单平均 unweighted mean of ${cell.agencies} stated rates`;
  const part = (c: RateCell["numerator"]) => (c === null ? "?" : formatEstimate(c, options));
  return `${part(cell.numerator)} / ${part(cell.denominator)} · Σ分子/Σ分母 · ${cell.agencies} 个机关 agencies`;
}
