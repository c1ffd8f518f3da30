import { divisionOf } from "../../catalog/divisions.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `agency.divisionCodeInvalid`: a division code that is well formed but names
 * no division of the catalog (2023 codes).
 *
 * @example
 * ```ts
 * agencyDivisionCodeInvalid.code; //=> "agency.divisionCodeInvalid"
 * ```
 */
export const agencyDivisionCodeInvalid: Rule = {
  code: "agency.divisionCodeInvalid",
  severity: "error",
  messages: issueMessages["agency.divisionCodeInvalid"],
  check(subject) {
    const agency = subject.agency;
    if (!agency?.divisionCode || divisionOf(agency.divisionCode)) return [];
    return [{ path: [...agency.path, "divisionCode"], params: { code: agency.divisionCode } }];
  },
};
