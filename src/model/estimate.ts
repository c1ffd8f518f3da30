import * as z from "zod";
import { DecimalValue } from "./decimal.js";
import { Qualifier } from "./qualifier.js";

/**
 * Schema of an aggregated value with what its inputs allow: the value, its
 * qualifier (`atLeast` when a part was "余", `approx` when a part was "约" or
 * bounds pull both ways), and the lower and upper bounds where known (`null`
 * when unbounded or unknown). Decimals are `Decimal` in memory and decimal
 * strings in JSON, so an estimate round-trips:
 * `Estimate.parse(JSON.parse(JSON.stringify(e)))` gives `e` back. Its algebra
 * (sums, bounds, qualifier) is `src/aggregate/estimate.ts`.
 *
 * @example
 * ```ts
 * // 121万元 + 140余万元
 * const fines = Estimate.parse({ value: "2610000", qualifier: "atLeast", lower: "2610000", upper: null });
 * fines.lower?.toString(); //=> "2610000"
 * Estimate.parse(JSON.parse(JSON.stringify(fines))).value.equals(fines.value); //=> true
 * ```
 */
export const Estimate = /* @__PURE__ */ z.object({
  value: DecimalValue,
  qualifier: Qualifier,
  lower: DecimalValue.nullable(),
  upper: DecimalValue.nullable(),
});

/**
 * An aggregated value with its qualifier and bounds.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const fines: Estimate = { value: new Decimal(2610000), qualifier: "atLeast", lower: new Decimal(2610000), upper: null };
 * ```
 */
export interface Estimate extends z.infer<typeof Estimate> {}
