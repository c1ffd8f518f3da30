import * as z from "zod";
import { isCreditCode } from "./creditCodeCheck.js";

/**
 * Schema of a unified social credit code, checked by its check character.
 *
 * @example
 * ```ts
 * CreditCode.parse("11330203MB1025728K"); //=> "11330203MB1025728K"
 * CreditCode.safeParse("11330203MB1025728J").success; //=> false
 * ```
 */
export const CreditCode = /* @__PURE__ */ z.string().refine(isCreditCode, {
  params: { fazhi: "creditCode.invalid" },
  message: "Expected an 18-character unified social credit code with a matching check character",
});

/**
 * A unified social credit code (统一社会信用代码).
 *
 * @example
 * ```ts
 * const code: CreditCode = "11330203MB1025728K";
 * ```
 */
export type CreditCode = z.infer<typeof CreditCode>;
