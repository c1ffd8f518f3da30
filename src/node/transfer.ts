import { Decimal } from "../model/decimal.js";

// A worker hands its results to the main thread by structured cloning, which keeps plain data
// and drops prototypes: a Decimal would arrive as a bare object. Decimals travel as tagged strings.

/** The tag of a Decimal in transit: an object with this one key. */
const tag = "$fazhiDecimal";

/**
 * A value with every `Decimal` in it replaced by `{ $fazhiDecimal: "…" }`, for `postMessage`.
 * Linear in the value's size.
 *
 * @internal
 */
export function packDecimals(value: unknown): unknown {
  if (value instanceof Decimal) return { [tag]: value.toString() };
  if (Array.isArray(value)) return value.map(packDecimals);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = packDecimals(inner);
    return out;
  }
  return value;
}

/**
 * The inverse of `packDecimals`: every tagged string a `Decimal` again.
 *
 * @internal
 */
export function unpackDecimals(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpackDecimals);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    const [first] = entries;
    if (entries.length === 1 && first?.[0] === tag && typeof first[1] === "string") return new Decimal(first[1]);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of entries) out[key] = unpackDecimals(inner);
    return out;
  }
  return value;
}
