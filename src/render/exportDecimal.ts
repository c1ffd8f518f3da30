import type { Decimal } from "../model/decimal.js";

/**
 * The decimal type of every exact number column fazhi exports: `DECIMAL(38, 6)`,
 * 38 significant digits of which 6 after the point, so at most 32 before it
 * (below 10³²: any sum of money or cases an agency reports, in 元). Parquet
 * stores it as a 16-byte two's-complement integer (`FIXED_LEN_BYTE_ARRAY(16)`),
 * the value times 10⁶; DuckDB, Spark and Polars read it as an exact decimal. A
 * value with more than 6 decimals or 32 integer digits does not fit: its column
 * is left empty and the row notes `valueOutOfRange` (never rounded).
 *
 * @example
 * ```ts
 * exportDecimal; //=> { precision: 38, scale: 6 }
 * ```
 */
export const exportDecimal = { precision: 38, scale: 6 } as const;

const factor = 10n ** BigInt(exportDecimal.scale);

/**
 * A `Decimal` as the unscaled integer of `DECIMAL(38, 6)` (the value times
 * 10⁶, exactly), or `null` when it does not fit: more than 6 decimals, 32 or
 * more integer digits, or not finite. Never rounds.
 *
 * @example
 * ```ts
 * toExportDecimal(new Decimal("85.82")); //=> 85820000n
 * toExportDecimal(new Decimal("-2")); //=> -2000000n
 * toExportDecimal(new Decimal("0.1234567")); //=> null (7 decimals)
 * toExportDecimal(new Decimal("1e32")); //=> null (33 integer digits)
 * ```
 */
export function toExportDecimal(value: Decimal): bigint | null {
  return value.isFinite() ? scaledOfText(value.toFixed()) : null;
}

/**
 * The unscaled `DECIMAL(38, 6)` integer of a decimal in plain notation (what
 * `Decimal#toFixed()` writes: `-12.5`, `1210000`), or `null` when it does not
 * fit; read from its digits, without arithmetic.
 *
 * @internal
 */
export function scaledOfText(text: string): bigint | null {
  const point = text.indexOf(".");
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? "" : text.slice(point + 1);
  // At most 6 decimals and 32 integer digits (toFixed writes no leading zeros but a lone "0").
  if (fraction.length > exportDecimal.scale || whole.length - (whole.startsWith("-") ? 1 : 0) > exportDecimal.precision - exportDecimal.scale) return null;
  return BigInt(whole + fraction.padEnd(exportDecimal.scale, "0"));
}

/**
 * The unscaled integer of a `DECIMAL(38, 6)` value as a plain decimal string,
 * without trailing zeros after the point (`85820000n` → `"85.82"`): how CSV
 * writes it, and how the tests compare it with DuckDB's sums.
 *
 * @example
 * ```ts
 * exportDecimalText(85820000n); //=> "85.82"
 * exportDecimalText(-500000n); //=> "-0.5"
 * exportDecimalText(1210000000000n); //=> "1210000"
 * ```
 */
export function exportDecimalText(scaled: bigint): string {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const whole = (magnitude / factor).toString();
  const fraction = (magnitude % factor).toString().padStart(exportDecimal.scale, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}
