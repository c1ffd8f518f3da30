import { readCreditCode } from "../../model/creditCode.js";
import type { Rule } from "../rule.js";

/**
 * `agency.creditCodeRegionMismatch`: the division embedded in the agency's
 * credit code (where it was registered) lies in another province or
 * prefecture than the agency's division code.
 *
 * @example
 * ```ts
 * agencyCreditCodeRegionMismatch.code; //=> "agency.creditCodeRegionMismatch"
 * ```
 */
export const agencyCreditCodeRegionMismatch: Rule = {
  code: "agency.creditCodeRegionMismatch",
  severity: "warning",
  messages: {
    zh: "统一社会信用代码中的登记区划{registered}与机关区划{code}不一致",
    en: "The credit code was registered in division {registered}, not in the agency's division {code}",
  },
  check(subject) {
    const agency = subject.agency;
    const parts = agency?.creditCode ? readCreditCode(agency.creditCode) : null;
    if (!agency?.divisionCode || !parts) return [];
    const code = agency.divisionCode;
    const registered = parts.divisionCode;
    const sameProvince = registered.slice(0, 2) === code.slice(0, 2);
    const prefectureKnown = !code.endsWith("0000") && !registered.endsWith("0000");
    const samePrefecture = !prefectureKnown || registered.slice(0, 4) === code.slice(0, 4);
    return sameProvince && samePrefecture ? [] : [{ path: [...agency.path, "creditCode"], params: { registered, code } }];
  },
};
