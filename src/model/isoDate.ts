import { isValid } from "date-fns/isValid";
import * as z from "zod";

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`
 * (`2021-02-29` is not: 2021 is no leap year). No time zone is involved.
 *
 * @example
 * ```ts
 * isIsoDate("2021-02-23"); //=> true
 * isIsoDate("2021-2-23"); //=> false
 * isIsoDate("2021-02-29"); //=> false
 * ```
 */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // A local-time Date built from the parts: valid and unchanged means the date exists.
  const date = new Date(year, month - 1, day);
  return isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

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
