import * as z from "zod";

/**
 * Schema of how exact a stated quantity is:
 * - `exact`: as stated (`152件`);
 * - `approx`: about (`约`, `左右`, `近`);
 * - `atLeast`: a lower bound (`余`, `多`, `以上`, `超过`, `不少于`);
 * - `atMost`: an upper bound (`以下`, `不超过`, `以内`).
 *
 * @example
 * ```ts
 * Qualifier.parse("atLeast"); //=> "atLeast"
 * ```
 */
export const Qualifier = /* @__PURE__ */ z.enum(["exact", "approx", "atLeast", "atMost"]);

/**
 * How exact a stated quantity is.
 *
 * @example
 * ```ts
 * const qualifier: Qualifier = "approx"; // 70%左右
 * ```
 */
export type Qualifier = z.infer<typeof Qualifier>;
