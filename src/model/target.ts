import * as z from "zod";
import { DecimalValue } from "./decimalValue.js";
import { IndicatorCode } from "./indicatorCode.js";
import { Quantity } from "./quantity.js";

/**
 * Schema of how an actual is compared with a target: `>=` (达到, 不少于, 以上),
 * `<=` (不超过, 以内), `=` (exactly), `≈` (左右; within `tolerance`).
 *
 * @example
 * ```ts
 * Comparator.parse(">="); //=> ">="
 * ```
 */
export const Comparator = /* @__PURE__ */ z.enum([">=", "<=", "=", "≈"]);

/**
 * A target's comparator.
 *
 * @example
 * ```ts
 * const comparator: Comparator = "≈";
 * ```
 */
export type Comparator = z.infer<typeof Comparator>;

/**
 * Schema of a target in a work plan: the indicator it sets (or `null` when no
 * catalog indicator fits), the comparator, the quantity to reach, and for `≈`
 * an optional non-negative tolerance in the quantity's unit.
 *
 * @example
 * ```ts
 * // 政务服务网上实办率达到70%左右
 * Target.parse({
 *   indicator: "services.onlineRate",
 *   comparator: "≈",
 *   tolerance: "5",
 *   quantity: { value: "70", unit: "%", qualifier: "approx" },
 * });
 * ```
 */
export const Target = /* @__PURE__ */ z.object({
  indicator: IndicatorCode.nullable(),
  comparator: Comparator,
  tolerance: DecimalValue.refine((value) => !value.isNegative(), {
    params: { fazhi: "target.negativeTolerance" },
    message: "A tolerance must not be negative",
  }).exactOptional(),
  quantity: Quantity,
});

/**
 * A target in a work plan.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * import type { Target } from "fazhi/model";
 * const hours: Target = {
 *   indicator: "enforcement.trainingHoursPerOfficer",
 *   comparator: ">=",
 *   quantity: { value: new Decimal(60), unit: "学时", qualifier: "atLeast" },
 * };
 * ```
 */
export interface Target extends z.infer<typeof Target> {}
