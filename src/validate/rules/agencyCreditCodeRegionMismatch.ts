import { readCreditCode } from "../../model/creditCodeCheck.js";
import { issueMessages } from "../../model/issueMessages.js";
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
  messages: issueMessages["agency.creditCodeRegionMismatch"],
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
