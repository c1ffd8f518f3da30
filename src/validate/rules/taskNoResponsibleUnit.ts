import { findingAt } from "../helpers.js";
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
  messages: { zh: "第{number}项任务未明确责任单位", en: "Task {number} names no responsible unit" },
  check(subject) {
    return subject.tasks
      .filter((task) => task.unitCount === 0)
      .map((task) => findingAt(task, { number: task.number }, "responsibleUnits"));
  },
};
