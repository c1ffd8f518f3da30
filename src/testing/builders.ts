import { getIndicator } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import { type Decimal, toDecimal } from "../model/decimal.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Observation } from "../model/observation.js";
import type { Qualifier } from "../model/qualifier.js";

/**
 * What `observation` takes: the fields of an observation to set, with the value as a
 * decimal string, number or `Decimal` and the unit, qualifier and source at the top level.
 *
 * @example
 * ```ts
 * const spec: ObservationSpec = { indicator: "enforcement.fineAmount", value: "1.5", period: 2020 };
 * ```
 */
export interface ObservationSpec extends Partial<Omit<Observation, "quantity" | "indicator">> {
  /** The indicator (default `enforcement.penaltyCases`). */
  readonly indicator?: IndicatorCode;
  /** The value (default `1`). */
  readonly value?: Decimal | string | number;
  /** The unit (default the indicator's). */
  readonly unit?: string;
  /** The qualifier (default `exact`). */
  readonly qualifier?: Qualifier;
}

/**
 * An observation with sensible defaults for a test: agency `agency-1`, year 2021, an actual
 * figure of the agency's own, in the indicator's unit.
 *
 * @example
 * ```ts
 * const o = observation({ indicator: "enforcement.fineAmount", value: "1.5" });
 * o.quantity.unit; //=> "元"
 * o.quantity.value.toString(); //=> "1.5"
 * ```
 */
export function observation(spec: ObservationSpec = {}): Observation {
  const { indicator = "enforcement.penaltyCases", value = 1, unit, qualifier = "exact", ...rest } = spec;
  return {
    agency: "agency-1",
    period: 2021,
    modality: "actual",
    attribution: "own",
    ...rest,
    indicator,
    quantity: { value: toDecimal(value), unit: unit ?? getIndicator(indicator).unit, qualifier },
  };
}

/**
 * An agency with sensible defaults for a test: 宁波市海曙区交通运输局 (county-level transport
 * department, division 330203, a valid credit code), with the fields given replaced.
 *
 * @example
 * ```ts
 * agency({ id: "b" }).divisionCode; //=> "330203"
 * validate(agency()); //=> []
 * ```
 */
export function agency(fields: Partial<Agency> = {}): Agency {
  return {
    id: "agency-1",
    name: "宁波市海曙区交通运输局",
    kind: "department",
    level: "county",
    sector: "transport",
    divisionCode: "330203",
    creditCode: "11330203MB1025728K",
    ...fields,
  };
}
