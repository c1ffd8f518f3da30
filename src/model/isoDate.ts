import * as z from "zod";
import { isIsoDate } from "./isIsoDate.js";

// The schema of a calendar date; the check itself is isIsoDate.ts, which the readers of dates in a
// text (fazhi/parse) use without loading zod in Node.js.

/**
 * Schema of a calendar date as an ISO `YYYY-MM-DD` string. Dates stay strings
 * in the model; compute with date-fns on them.
 *
 * @example
 * ```ts
 * IsoDate.parse("2021-02-23"); //=> "2021-02-23"
 * IsoDate.safeParse("2021年2月23日").success; //=> false
 * ```
 */
export const IsoDate = /* @__PURE__ */ z.string().refine(isIsoDate, {
  params: { fazhi: "date.invalid" },
  message: "Expected a calendar date written YYYY-MM-DD",
});

/**
 * A calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const signed: IsoDate = "2021-02-23";
 * ```
 */
export type IsoDate = z.infer<typeof IsoDate>;
