import type { Quantity } from "./quantity.js";
import type { Target } from "./target.js";

/**
 * Whether an actual reaches a target: `met`, `notMet`, or `unknown` when the
 * actual's bound (余, 以上, 约) leaves it open.
 *
 * @example
 * ```ts
 * const result: Attainment = "met";
 * ```
 */
export type Attainment = "met" | "notMet" | "unknown";

/**
 * Compares an actual quantity with a target, honouring bounds: an actual of
 * "at least 95" meets `>= 90` but leaves `>= 98` open; `≈` accepts a distance
 * up to the target's tolerance (0 unless given); an approximate actual decides
 * only a `≈` target. Units must match, or the answer is `unknown`.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const target = { indicator: null, comparator: ">=", quantity: { value: new Decimal(60), unit: "学时", qualifier: "atLeast" } } as const;
 * attainment(target, { value: new Decimal(64), unit: "学时", qualifier: "exact" }); //=> "met"
 * attainment(target, { value: new Decimal(50), unit: "学时", qualifier: "atLeast" }); //=> "unknown"
 * ```
 */
export function attainment(target: Target, actual: Quantity): Attainment {
  if (target.quantity.unit !== actual.unit) return "unknown";
  const t = target.quantity.value;
  const v = actual.value;
  const { qualifier } = actual;
  if (target.comparator === "≈") {
    const tolerance = target.tolerance ?? v.minus(v);
    const inside = v.minus(t).abs().lessThanOrEqualTo(tolerance);
    if (qualifier === "exact" || qualifier === "approx") return inside ? "met" : "notMet";
    // A one-sided bound beyond the band on its own side rules it out; anything else stays open.
    if (qualifier === "atLeast" && v.greaterThan(t.plus(tolerance))) return "notMet";
    if (qualifier === "atMost" && v.lessThan(t.minus(tolerance))) return "notMet";
    return "unknown";
  }
  if (qualifier === "approx") return "unknown";
  const low = qualifier === "atMost" ? null : v;
  const high = qualifier === "atLeast" ? null : v;
  switch (target.comparator) {
    case ">=":
      if (low?.greaterThanOrEqualTo(t)) return "met";
      if (high?.lessThan(t)) return "notMet";
      return "unknown";
    case "<=":
      if (high?.lessThanOrEqualTo(t)) return "met";
      if (low?.greaterThan(t)) return "notMet";
      return "unknown";
    default:
      if (low !== null && high !== null) return v.equals(t) ? "met" : "notMet";
      if (low?.greaterThan(t) || high?.lessThan(t)) return "notMet";
      return "unknown";
  }
}
