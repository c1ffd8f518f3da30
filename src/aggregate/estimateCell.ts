import type { EstimateCell } from "../model/table.js";
import type { Estimate } from "../model/estimate.js";

/**
 * An estimate as a table cell, with its unit: the one way every analysis
 * makes an estimate cell (an exact value through `exactEstimate`, a stated
 * figure through `statedEstimate`, a ratio through `ratioEstimate`).
 *
 * @example
 * ```ts
 * estimateCell({ value: new Decimal(1400000), qualifier: "atLeast", lower: new Decimal(1400000), upper: null }, "元").qualifier;
 * //=> "atLeast"
 * ```
 */
export function estimateCell(estimate: Estimate, unit: string | null): EstimateCell {
  return { kind: "estimate", value: estimate.value, qualifier: estimate.qualifier, lower: estimate.lower, upper: estimate.upper, unit };
}
