import * as z from "zod";
import { DecimalValue } from "./decimalValue.js";
import { Qualifier } from "./qualifier.js";

/**
 * The fields of an estimate (value, qualifier, bounds): `Estimate` and the
 * table's `EstimateCell` are made of them.
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(estimateFields()); //=> ["value", "qualifier", "lower", "upper"]
 * ```
 */
export function estimateFields() {
  return { value: DecimalValue, qualifier: Qualifier, lower: DecimalValue.nullable(), upper: DecimalValue.nullable() };
}

/**
 * An object schema of estimate fields, refusing bounds that do not hold the
 * value: `lower` above it (`schema.estimate.lowerAboveValue`, at `lower`) or
 * `upper` below it (`schema.estimate.upperBelowValue`, at `upper`).
 *
 * @internal
 * @example
 * ```ts
 * boundsAroundValue(z.object(estimateFields())).safeParse({ value: "5", qualifier: "approx", lower: "6", upper: null }).success; //=> false
 * ```
 */
export function boundsAroundValue<S extends z.ZodObject<ReturnType<typeof estimateFields>>>(schema: S): S {
  return schema
    .refine((e) => e.lower === null || e.lower.lessThanOrEqualTo(e.value), {
      params: { fazhi: "estimate.lowerAboveValue" },
      message: "`lower` must not be above `value`",
      path: ["lower"],
    })
    .refine((e) => e.upper === null || e.upper.greaterThanOrEqualTo(e.value), {
      params: { fazhi: "estimate.upperBelowValue" },
      message: "`upper` must not be below `value`",
      path: ["upper"],
    });
}

/**
 * Schema of an aggregated value with what its inputs allow: the value, its
 * qualifier (`atLeast` when a part was "余", `approx` when a part was "约" or
 * bounds pull both ways), and the lower and upper bounds where known (`null`
 * when unbounded or unknown). Decimals are `Decimal` in memory and decimal
 * strings in JSON, so an estimate round-trips:
 * `Estimate.parse(JSON.parse(JSON.stringify(e)))` gives `e` back. Its algebra
 * (sums, bounds, qualifier) is `src/aggregate/estimate.ts`. Bounds hold the
 * value: a `lower` above it or an `upper` below it is refused.
 *
 * @example
 * ```ts
 * // 121万元 + 140余万元
 * const fines = Estimate.parse({ value: "2610000", qualifier: "atLeast", lower: "2610000", upper: null });
 * fines.lower?.toString(); //=> "2610000"
 * Estimate.parse(JSON.parse(JSON.stringify(fines))).value.equals(fines.value); //=> true
 * ```
 */
export const Estimate = /* @__PURE__ */ boundsAroundValue(z.object(estimateFields()));

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
