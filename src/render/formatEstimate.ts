import type { Decimal } from "../model/decimal.js";
import type { Qualifier } from "../model/qualifier.js";
import type { EstimateCell } from "../model/table.js";
import { formatDecimal } from "./formatDecimal.js";
import type { RenderOptions } from "./numberStyle.js";

/** The sign written before a value of each qualifier. */
const prefixes: Readonly<Record<Qualifier, string>> = { exact: "", atLeast: "≥ ", atMost: "≤ ", approx: "约 " };

/**
 * A value with its unit and qualifier for Chinese readers: `1,210,000 元`,
 * `≥ 140万元` (at least), `≤ 5 件` (at most), `约 2.6万件` (approximately),
 * `96.52%`. The unit follows a grouped number after a space and a 万 number
 * directly, as Chinese reports write them.
 *
 * @example
 * ```ts
 * formatQuantity(new Decimal("1400000"), "元", "atLeast", { numbers: "wan" }); //=> "≥ 140万元"
 * formatQuantity(new Decimal("1210000"), "元", "exact"); //=> "1,210,000 元"
 * formatQuantity(new Decimal("96.52"), "%", "exact"); //=> "96.52%"
 * ```
 */
export function formatQuantity(value: Decimal, unit: string | null, qualifier: Qualifier, options: RenderOptions = {}): string {
  const style = options.numbers ?? "grouped";
  const number = formatDecimal(value, { style, fractionDigits: options.fractionDigits ?? 2, unit });
  const tight = unit === null || unit === "%" || unit === "‰" || /[万亿]$/.test(number);
  return `${prefixes[qualifier]}${number}${unit === null ? "" : tight ? unit : ` ${unit}`}`;
}

/**
 * An estimate cell for readers (see `formatQuantity`).
 *
 * @example
 * ```ts
 * formatEstimate({ kind: "estimate", value: new Decimal(26000), qualifier: "approx", lower: null, upper: null, unit: "件" }, { numbers: "wan" });
 * //=> "约 2.6万件"
 * ```
 */
export function formatEstimate(cell: EstimateCell, options: RenderOptions = {}): string {
  return formatQuantity(cell.value, cell.unit, cell.qualifier, options);
}

/**
 * The bounds of an estimate in words, for a note or a `title` attribute, or
 * `null` when it is exact: `下限 lower 1,400,000 元 · 上限 upper 未知 unknown`.
 *
 * @example
 * ```ts
 * boundsText({ kind: "estimate", value: new Decimal(5), qualifier: "atLeast", lower: new Decimal(5), upper: null, unit: "件" });
 * //=> "下限 lower 5 件 · 上限 upper 未知 unknown"
 * ```
 */
export function boundsText(cell: EstimateCell, options: RenderOptions = {}): string | null {
  if (cell.qualifier === "exact") return null;
  const bound = (b: Decimal | null) => (b === null ? "未知 unknown" : formatQuantity(b, cell.unit, "exact", options));
  return `下限 lower ${bound(cell.lower)} · 上限 upper ${bound(cell.upper)}`;
}
