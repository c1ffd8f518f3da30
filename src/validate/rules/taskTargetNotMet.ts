import { attainment } from "../../model/attainment.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Finding, Rule } from "../rule.js";

/**
 * `task.targetNotMet`: a target of a work-plan task that the actual figures
 * (option `actuals` of `validate`: observations of the same indicator for the
 * plan's year) do not reach. Targets a bound leaves open are not flagged.
 *
 * @example
 * ```ts
 * taskTargetNotMet.code; //=> "task.targetNotMet"
 * ```
 */
export const taskTargetNotMet: Rule = {
  code: "task.targetNotMet",
  severity: "warning",
  messages: issueMessages["task.targetNotMet"],
  check(subject, context) {
    if (context.actuals.length === 0 || subject.reportingYear === null) return [];
    const tasks = subject.tasks;
    // The first actual of each indicator for the year, found once: linear in tasks plus actuals.
    const actualOf = new Map<string, (typeof context.actuals)[number]>();
    for (const o of context.actuals) {
      if (o.modality === "actual" && o.period === subject.reportingYear && !actualOf.has(o.indicator)) actualOf.set(o.indicator, o);
    }
    const findings: Finding[] = [];
    for (const task of tasks) {
      task.targets.forEach((target, k) => {
        if (target.indicator === null) return;
        const actual = actualOf.get(target.indicator);
        if (!actual || attainment(target, actual.quantity) !== "notMet") return;
        findings.push({
          path: [...task.path, "targets", k],
          params: {
            number: task.number,
            indicator: target.indicator,
            comparator: target.comparator,
            target: `${target.quantity.value.toString()}${target.quantity.unit}`,
            actual: `${actual.quantity.value.toString()}${actual.quantity.unit}`,
          },
        });
      });
    }
    return findings;
  },
};
