import { targetComparator } from "../catalog/indicatorDirections.js";
import { type Decimal, isDecimalInput } from "../model/decimal.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Observation } from "../model/observation.js";
import type { Period } from "../model/period.js";
import type { Quantity } from "../model/quantity.js";
import type { Target } from "../model/target.js";
import { type Attainment, attainment } from "../model/attainment.js";
import { attributed } from "./attributed.js";
import { readObservations } from "./checkInput.js";
import { checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";

/**
 * Options of `targetAttainment`.
 *
 * @example
 * ```ts
 * const options: TargetAttainmentOptions = { tolerance: { "services.onlineRate": new Decimal(5) } };
 * ```
 */
export interface TargetAttainmentOptions {
  /** The tolerance of `≈` targets (左右), per indicator, in the target's unit (default 0). */
  readonly tolerance?: Readonly<Partial<Record<IndicatorCode, Decimal>>>;
}

/**
 * How one target fared.
 *
 * @example
 * ```ts
 * function late(row: TargetRow): boolean {
 *   return row.status === "notMet";
 * }
 * ```
 */
export interface TargetRow {
  /** The agency id. */
  readonly agency: string;
  /** The indicator. */
  readonly indicator: IndicatorCode;
  /** The period of the target. */
  readonly period: Period;
  /** The target as compared. */
  readonly target: Target;
  /** The actual figure of the same agency, indicator and period, or `null`. */
  readonly actual: Quantity | null;
  /** `met`, `notMet`, `unknown` (a bound leaves it open) or `noActual`. */
  readonly status: Attainment | "noActual";
}

/**
 * Work-plan targets (observations with modality `target`) against the actuals
 * of the same agency, indicator and period: `met`, `notMet`, `unknown` when an
 * actual's bound leaves it open, or `noActual`. A target's comparator follows
 * its wording: 不少于/以上 `>=`, 不超过/以内 `<=`, 左右 `≈` within the given
 * tolerance, and a plain level (达到100%) is to be reached (`<=` for indicators
 * where less is better).
 *
 * @example
 * ```ts
 * targetAttainment(observations).filter((row) => row.status === "notMet");
 * ```
 */
export function targetAttainment(observations: readonly Observation[], options: TargetAttainmentOptions = {}): TargetRow[] {
  observations = readObservations("targetAttainment", observations);
  checkOptionsObject("targetAttainment", options, false, optionNames<TargetAttainmentOptions>()(["tolerance"]));
  const tolerances = options.tolerance;
  if (tolerances !== undefined) {
    if (typeof tolerances !== "object" || tolerances === null) throw new TypeError("targetAttainment: option tolerance must be an object");
    for (const [code, tolerance] of Object.entries(tolerances)) {
      if (!isDecimalInput(tolerance) || typeof tolerance !== "object") {
        throw new TypeError(`targetAttainment: option tolerance[${JSON.stringify(code)}] must be a Decimal within range`);
      }
      if (tolerance.isNegative() && !tolerance.isZero()) {
        throw new RangeError(`targetAttainment: option tolerance[${JSON.stringify(code)}] must not be negative, not ${tolerance.toString()}`);
      }
    }
  }
  const key = (o: Observation) => `${o.agency}\u0001${o.indicator}\u0001${JSON.stringify(o.period)}`;
  const actuals = new Map<string, Observation>();
  for (const o of attributed(observations)) if (o.modality === "actual" && !actuals.has(key(o))) actuals.set(key(o), o);
  return observations
    .filter((o) => o.modality === "target")
    .map((o) => {
      const tolerance = tolerances !== undefined && Object.hasOwn(tolerances, o.indicator) ? tolerances[o.indicator] : undefined;
      const target: Target = {
        indicator: o.indicator,
        comparator: targetComparator(o.quantity.qualifier, o.indicator),
        ...(tolerance === undefined ? {} : { tolerance }),
        quantity: o.quantity,
      };
      const actual = actuals.get(key(o))?.quantity ?? null;
      return { agency: o.agency, indicator: o.indicator, period: o.period, target, actual, status: actual ? attainment(target, actual) : "noActual" };
    });
}
