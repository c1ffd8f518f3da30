import * as z from "zod";

/**
 * Schema of whose figure an observation is:
 * - `own`: the reporting agency's own work;
 * - `onBehalfOf`: reported for another agency (a district reporting for the
 *   city, 代表市政府); counted once, for the agency it belongs to;
 * - `joint`: done jointly with others (联合公安交警), so the agency's share is unknown.
 *
 * @example
 * ```ts
 * Attribution.parse("joint"); //=> "joint"
 * ```
 */
export const Attribution = /* @__PURE__ */ z.enum(["own", "onBehalfOf", "joint"]);

/**
 * Whose figure an observation is.
 *
 * @example
 * ```ts
 * const attribution: Attribution = "own";
 * ```
 */
export type Attribution = z.infer<typeof Attribution>;
