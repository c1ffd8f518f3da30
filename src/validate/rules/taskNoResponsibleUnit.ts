import { findingAt } from "../findingAt.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `task.noResponsibleUnit`: a work-plan task that names no responsible unit.
 *
 * @example
 * ```ts
 * taskNoResponsibleUnit.code; //=> "task.noResponsibleUnit"
 * ```
 */
export const taskNoResponsibleUnit: Rule = {
  code: "task.noResponsibleUnit",
  severity: "warning",
  messages: issueMessages["task.noResponsibleUnit"],
  check(subject) {
    return subject.tasks
      .filter((task) => task.unitCount === 0)
      .map((task) => findingAt(task, { number: task.number }, "responsibleUnits"));
  },
};
