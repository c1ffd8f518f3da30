import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";

/**
 * An ISO date for Chinese readers: `2021-02-23` → `2021年2月23日`; `null` and
 * strings that are not ISO dates give `—`.
 *
 * @example
 * ```ts
 * formatDateZh("2021-02-23"); //=> "2021年2月23日"
 * formatDateZh(null); //=> "—"
 * ```
 */
export function formatDateZh(date: string | null): string {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return "—";
  const day = parseISO(date);
  return isValid(day) ? format(day, "yyyy年M月d日") : "—";
}
