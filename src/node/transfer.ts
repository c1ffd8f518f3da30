import { Decimal } from "../model/decimal.js";

// A worker hands its results to the main thread by structured cloning, which keeps plain data
// and drops prototypes: a Decimal would arrive as a bare object. Decimals travel as tagged strings.

/** The tag of a Decimal in transit: an object with this one key. */
const tag = "$fazhiDecimal";

/**
 * A copy of a value with every `Decimal` in it replaced by
 * `{ $fazhiDecimal: "…" }`, for `postMessage`; own enumerable keys only, as a
 * structured clone keeps them. Linear in the value's size.
 *
 * @internal
 */
export function packDecimals(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Decimal) return { [tag]: value.toString() };
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = packDecimals(value[i]);
    return out;
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) out[key] = packDecimals(source[key]);
  return out;
}

/** Whether an object is a Decimal in transit: the tag, a string, as its one key. */
function isPacked(value: Record<string, unknown>): boolean {
  return typeof value[tag] === "string" && Object.keys(value).length === 1;
}

/**
 * The inverse of `packDecimals`, in place: every tagged object in `value` is
 * replaced by its `Decimal`, and `value` (or its `Decimal`) is returned. For
 * the fresh copy that a structured clone delivers, which nothing else holds:
 * reviving it in place spares a second copy of every result on the main
 * thread. Linear in the value's size.
 *
 * @internal
 */
export function unpackDecimals(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unpackDecimals(value[i]);
    return value;
  }
  const object = value as Record<string, unknown>;
  if (isPacked(object)) return new Decimal(object[tag] as string);
  for (const key of Object.keys(object)) object[key] = unpackDecimals(object[key]);
  return object;
}
