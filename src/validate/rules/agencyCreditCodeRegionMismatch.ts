import { readCreditCode } from "../../model/creditCode.js";
import { prefectureCodeOf, provinceCodeOf } from "../../model/divisionCode.js";
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
    const sameProvince = provinceCodeOf(registered) === provinceCodeOf(code);
    // A province-level code on either side leaves the prefecture open.
    const prefectures = [prefectureCodeOf(registered), prefectureCodeOf(code)];
    const samePrefecture = prefectures.includes(null) || prefectures[0] === prefectures[1];
    return sameProvince && samePrefecture ? [] : [{ path: [...agency.path, "creditCode"], params: { registered, code } }];
  },
};
