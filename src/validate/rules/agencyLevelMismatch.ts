import { divisionLevelOf } from "../../model/divisionCode.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `agency.levelMismatch`: an agency whose level is not the level of its
 * division code (a county agency with a prefecture's code).
 *
 * @example
 * ```ts
 * agencyLevelMismatch.code; //=> "agency.levelMismatch"
 * ```
 */
export const agencyLevelMismatch: Rule = {
  code: "agency.levelMismatch",
  severity: "error",
  messages: issueMessages["agency.levelMismatch"],
  check(subject) {
    const agency = subject.agency;
    if (!agency?.divisionCode || agency.level === null) return [];
    const codeLevel = divisionLevelOf(agency.divisionCode);
    return codeLevel === agency.level ? [] : [{ path: [...agency.path, "level"], params: { level: agency.level, code: agency.divisionCode, codeLevel } }];
  },
};
