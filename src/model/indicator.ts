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
 * Schema of which way an indicator is better: `higher` (more cases handled,
 * a higher certification rate) or `lower` (losing lawsuits, being corrected on
 * reconsideration), which a composite score inverts.
 *
 * @example
 * ```ts
 * Direction.parse("lower"); //=> "lower"
 * ```
 */
export const Direction = /* @__PURE__ */ z.enum(["higher", "lower"]);

/**
 * Which way an indicator is better.
 *
 * @example
 * ```ts
 * const direction: Direction = "higher";
 * ```
 */
export type Direction = z.infer<typeof Direction>;

/**
 * Schema of an indicator of the catalog: its stable code, Chinese and English
 * names, base unit, value type, aggregation rule, outline area, the signal
 * phrases that announce it in report text (`…` stands for any short gap),
 * which way is better (`direction`, `higher` by default), the units beyond
 * its unit's group a figure of it may be written in (`otherUnits`), the words
 * one of which a sentence must hold for a bare signal of at most three characters such as 办结率 or 办结…件
 * (`objects`), and the key words of statements of zero that count it
 * (`zeroWords`: 未发生行政复议案件).
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
  direction: Direction.default("higher"),
  otherUnits: z.array(z.string().min(1)).readonly().default([]),
  objects: z.array(z.string().min(1)).readonly().default([]),
  zeroWords: z.array(z.string().min(1)).readonly().default([]),
});

/**
 * An indicator of the catalog.
 *
 * @example
 * ```ts
 * import { getIndicator } from "fazhi";
 * import type { Indicator } from "fazhi/model";
 * const fines: Indicator = getIndicator("enforcement.fineAmount");
 * ```
 */
export interface Indicator extends z.infer<typeof Indicator> {}
