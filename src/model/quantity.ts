import * as z from "zod";
import { DecimalValue } from "./decimalValue.js";
import { Qualifier } from "./qualifier.js";

/**
 * Schema of a measured amount: an exact `Decimal` value in a base unit
 * (multiplier words such as 万 folded into the value), the unit as written
 * (`件`, `元`, `%`, `学时` …), and a qualifier that carries bounds such as 余.
 *
 * @example
 * ```ts
 * // 140余万元
 * const fine = Quantity.parse({ value: "1400000", unit: "元", qualifier: "atLeast" });
 * fine.value.toString(); //=> "1400000"
 * ```
 */
export const Quantity = /* @__PURE__ */ z.object({
  value: DecimalValue,
  unit: z.string().min(1).max(20),
  qualifier: Qualifier,
});

/**
 * A measured amount with its unit and qualifier.
 *
 * @example
 * ```ts
 * import { Decimal, type Quantity } from "fazhi";
 * const cases: Quantity = { value: new Decimal(152), unit: "件", qualifier: "exact" };
 * ```
 */
export interface Quantity extends z.infer<typeof Quantity> {}
