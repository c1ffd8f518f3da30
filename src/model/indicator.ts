import * as z from "zod";
import { IndicatorCode } from "./indicatorCode.js";
import { OutlineArea } from "./outlineArea.js";

/**
 * Schema of what kind of value an indicator holds:
 * - `count`: a whole number of cases, items or people (≥ 0);
 * - `amount`: money, in 元;
 * - `rate`: a percentage, 0–100;
 * - `mean`: an average per unit (学时 per officer);
 * - `list-size`: the size of a register or list (权责清单事项数).
 *
 * @example
 * ```ts
 * ValueType.parse("rate"); //=> "rate"
 * ```
 */
export const ValueType = /* @__PURE__ */ z.enum(["count", "amount", "rate", "mean", "list-size"]);

/**
 * What kind of value an indicator holds.
 *
 * @example
 * ```ts
 * const valueType: ValueType = "count";
 * ```
 */
export type ValueType = z.infer<typeof ValueType>;

/**
 * Schema of how an indicator aggregates across agencies:
 * - `sum`: add the values;
 * - `ratio`: Σ`numerator` / Σ`denominator` × 100, from the component indicators;
 * - `none`: not aggregatable without a method the caller names.
 *
 * @example
 * ```ts
 * Aggregation.parse({
 *   kind: "ratio",
 *   numerator: "litigation.lost",
 *   denominator: "litigation.cases",
 * });
 * ```
 */
export const Aggregation = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sum") }),
  z.object({ kind: z.literal("ratio"), numerator: IndicatorCode, denominator: IndicatorCode }),
  z.object({ kind: z.literal("none") }),
]);

/**
 * How an indicator aggregates across agencies.
 *
 * @example
 * ```ts
 * const rule: Aggregation = { kind: "sum" };
 * ```
 */
export type Aggregation = z.infer<typeof Aggregation>;

/**
 * Schema of an indicator of the catalog: its stable code, Chinese and English
 * names, base unit, value type, aggregation rule, outline area, and the signal
 * phrases that announce it in report text (`…` stands for any short gap).
 *
 * @example
 * ```ts
 * Indicator.parse({
 *   code: "enforcement.fineAmount",
 *   nameZh: "罚款金额",
 *   nameEn: "Fines imposed",
 *   unit: "元",
 *   valueType: "amount",
 *   aggregation: { kind: "sum" },
 *   area: "enforcement",
 *   signals: ["罚款…万元", "累计罚款"],
 * });
 * ```
 */
export const Indicator = /* @__PURE__ */ z.object({
  code: IndicatorCode,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  unit: z.string().min(1),
  valueType: ValueType,
  aggregation: Aggregation,
  area: OutlineArea,
  signals: z.array(z.string().min(1)).readonly(),
});

/**
 * An indicator of the catalog.
 *
 * @example
 * ```ts
 * import { getIndicator, type Indicator } from "fazhi";
 * const fines: Indicator = getIndicator("enforcement.fineAmount");
 * ```
 */
export interface Indicator extends z.infer<typeof Indicator> {}
