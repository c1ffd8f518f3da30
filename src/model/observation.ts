import * as z from "zod";
import { Attribution } from "./attribution.js";
import { IndicatorCode } from "./indicatorCode.js";
import { Modality } from "./modality.js";
import { Period } from "./period.js";
import { Quantity } from "./quantity.js";
import { SourceRef } from "./sourceRef.js";

/**
 * Schema of one figure about one agency: which indicator, for which period,
 * the quantity, whether it is an actual or a target, whose figure it is, and
 * optionally where in a document it was read. `agency` is an `Agency.id`.
 *
 * @example
 * ```ts
 * const fines = Observation.parse({
 *   agency: "hrb-transport",
 *   indicator: "enforcement.fineAmount",
 *   period: 2020,
 *   quantity: { value: "1210000", unit: "元", qualifier: "exact" },
 *   modality: "actual",
 *   attribution: "own",
 * });
 * fines.quantity.value.toString(); //=> "1210000"
 * ```
 */
export const Observation = /* @__PURE__ */ z.object({
  agency: z.string().min(1),
  indicator: IndicatorCode,
  period: Period,
  quantity: Quantity,
  modality: Modality,
  attribution: Attribution,
  source: SourceRef.exactOptional(),
});

/**
 * One figure about one agency.
 *
 * @example
 * ```ts
 * import { Decimal, type Observation } from "fazhi";
 * const cases: Observation = {
 *   agency: "hrb-transport",
 *   indicator: "enforcement.penaltyCases",
 *   period: 2020,
 *   quantity: { value: new Decimal(152), unit: "件", qualifier: "exact" },
 *   modality: "actual",
 *   attribution: "own",
 * };
 * ```
 */
export interface Observation extends z.infer<typeof Observation> {}
