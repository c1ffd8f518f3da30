import { isCreditCode } from "../../model/creditCode.js";
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
  messages: {
    zh: "统一社会信用代码{creditCode}格式或校验码不正确",
    en: "The unified social credit code {creditCode} has a wrong form or check character",
  },
  check(subject) {
    const agency = subject.agency;
    if (!agency || agency.creditCode === null || isCreditCode(agency.creditCode)) return [];
    return [{ path: [...agency.path, "creditCode"], params: { creditCode: agency.creditCode } }];
  },
};
