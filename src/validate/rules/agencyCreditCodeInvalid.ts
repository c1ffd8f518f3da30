import { isCreditCode } from "../../model/creditCodeCheck.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `agency.creditCodeInvalid`: a unified social credit code whose form or
 * check character is wrong (GB 32100-2015). Some early pilot codes are genuine
 * yet fail the check, so this is a warning unless configured otherwise.
 *
 * @example
 * ```ts
 * agencyCreditCodeInvalid.code; //=> "agency.creditCodeInvalid"
 * ```
 */
export const agencyCreditCodeInvalid: Rule = {
  code: "agency.creditCodeInvalid",
  severity: "warning",
  messages: issueMessages["agency.creditCodeInvalid"],
  check(subject) {
    const agency = subject.agency;
    if (!agency || agency.creditCode === null || isCreditCode(agency.creditCode)) return [];
    return [{ path: [...agency.path, "creditCode"], params: { creditCode: agency.creditCode } }];
  },
};
