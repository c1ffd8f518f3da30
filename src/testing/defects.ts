import fc from "fast-check";
import { divisionOf } from "../catalog/divisions.js";
import { indicators } from "../catalog/indicators.js";
import type { Agency } from "../model/agency.js";
import { Decimal } from "../model/decimal.js";
import type { Observation } from "../model/observation.js";
import { type AgencyOptions, agencies, creditCodeIn } from "./agencies.js";
import { type ObservationOptions, observations } from "./observations.js";

/**
 * The defects `observationsWith` can put in an observation, each named after the issue
 * `validate` gives for it (`quantity.<defect>`).
 *
 * @example
 * ```ts
 * const defect: ObservationDefect = "rateOutOfRange";
 * ```
 */
export type ObservationDefect = "negativeCount" | "nonIntegerCount" | "rateOutOfRange" | "unitMismatch";

const countCodes = indicators.filter((i) => i.valueType === "count").map((i) => i.code);
const rateCodes = indicators.filter((i) => i.valueType === "rate" && i.unit === "%").map((i) => i.code);

/**
 * Observations with one chosen defect and nothing else wrong: `validate` reports
 * `quantity.<defect>` for each.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [bad] = fc.sample(observationsWith("negativeCount"), 1);
 * validate(bad ? [bad] : []).map((issue) => issue.code); //=> ["quantity.negativeCount"]
 * ```
 */
export function observationsWith(defect: ObservationDefect, options: ObservationOptions = {}): fc.Arbitrary<Observation> {
  switch (defect) {
    case "negativeCount":
      return observations({ ...options, indicators: countCodes }).chain((o) =>
        fc.integer({ min: 1, max: 1_000_000 }).map((n) => ({ ...o, quantity: { ...o.quantity, value: new Decimal(-n) } })),
      );
    case "nonIntegerCount":
      return observations({ ...options, indicators: countCodes }).map((o) => ({
        ...o,
        quantity: { ...o.quantity, value: o.quantity.value.plus("0.5") },
      }));
    case "rateOutOfRange":
      return observations({ ...options, indicators: rateCodes }).chain((o) =>
        fc.integer({ min: 10001, max: 100000 }).map((hundredths) => ({
          ...o,
          quantity: { ...o.quantity, value: new Decimal(hundredths).div(100) },
        })),
      );
    case "unitMismatch":
      return observations({ ...options, indicators: countCodes }).map((o) => ({ ...o, quantity: { ...o.quantity, unit: "平方米" } }));
  }
}

/**
 * The defects `agenciesWith` can put in an agency, each named after the issue `validate`
 * gives for it (`agency.<defect>`).
 *
 * @example
 * ```ts
 * const defect: AgencyDefect = "levelMismatch";
 * ```
 */
export type AgencyDefect = "creditCodeInvalid" | "creditCodeRegionMismatch" | "levelMismatch";

/**
 * Agencies with one chosen defect and nothing else wrong: `validate` reports
 * `agency.<defect>` for each.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [bad] = fc.sample(agenciesWith("creditCodeInvalid"), 1);
 * validate(bad).map((issue) => issue.code); //=> ["agency.creditCodeInvalid"]
 * ```
 */
export function agenciesWith(defect: AgencyDefect, options: AgencyOptions = {}): fc.Arbitrary<Agency> {
  switch (defect) {
    case "creditCodeInvalid":
      return agencies(options).map((agency) => {
        const code = agency.creditCode ?? "";
        const last = code.endsWith("0") ? "1" : "0";
        return { ...agency, creditCode: `${code.slice(0, 17)}${last}` };
      });
    case "creditCodeRegionMismatch":
      // Registered in 北京市东城区 (or 上海市黄浦区 for an agency in 北京).
      return agencies(options).chain((agency) =>
        creditCodeIn(agency.divisionCode.startsWith("11") ? "310101" : "110101").map((creditCode) => ({ ...agency, creditCode })),
      );
    case "levelMismatch":
      return agencies(options).map((agency) => {
        const division = divisionOf(agency.divisionCode);
        const level = division?.level === "county" ? "prefecture" : "county";
        return { ...agency, level };
      });
  }
}
