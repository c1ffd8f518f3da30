import { Decimal } from "../model/decimal.js";
import type { NumberStyle } from "./numberStyle.js";

/** Units after which 万/亿 are written: large counts and amounts, not rates or days. */
const perCent = new Set(["%", "‰"]);

/**
 * A decimal written for Chinese readers: `1,210,000` (grouped), or `121万` and
 * `1.5亿` (wan, for values of 10,000 and more; up to four fraction digits of
 * 万 so that whole numbers stay exact). Rounded half up to `fractionDigits`
 * (default 2) in the grouped style; exact digits come from the decimal's
 * string, never from a float.
 *
 * @example
 * ```ts
 * formatDecimal(new Decimal("1210000")); //=> "1,210,000"
 * formatDecimal(new Decimal("1210000"), { style: "wan" }); //=> "121万"
 * formatDecimal(new Decimal("85.8221")); //=> "85.82"
 * ```
 */
export function formatDecimal(value: Decimal, options: { readonly style?: NumberStyle; readonly fractionDigits?: number; readonly unit?: string | null } = {}): string {
  const digits = options.fractionDigits ?? 2;
  const unit = options.unit ?? null;
  if (options.style === "wan" && (unit === null || !perCent.has(unit))) {
    const size = value.abs();
    if (size.greaterThanOrEqualTo(1e8)) return `${plain(value.div(1e8), Math.max(digits, 4))}亿`;
    if (size.greaterThanOrEqualTo(1e4)) return `${plain(value.div(1e4), Math.max(digits, 4))}万`;
  }
  return grouped(value, digits);
}

function grouped(value: Decimal, digits: number): string {
  const rounded = value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 }).format(rounded.toFixed() as `${number}`);
}

function plain(value: Decimal, digits: number): string {
  return value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).toFixed();
}
