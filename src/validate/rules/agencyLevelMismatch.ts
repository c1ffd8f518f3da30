import { divisionLevelOf } from "../../model/divisionCode.js";
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
  messages: {
    zh: "机关层级为{level},但区划代码{code}属于{codeLevel}级",
    en: "The agency is at {level} level but its division code {code} is a {codeLevel}",
  },
  check(subject) {
    const agency = subject.agency;
    if (!agency?.divisionCode || agency.level === null) return [];
    const codeLevel = divisionLevelOf(agency.divisionCode);
    return codeLevel === agency.level ? [] : [{ path: [...agency.path, "level"], params: { level: agency.level, code: agency.divisionCode, codeLevel } }];
  },
};
