import type { ParsedDocument } from "../model/parsedDocument.js";
import type { TaskItem } from "../model/taskItem.js";
import { taskTargets } from "./taskTargets.js";

/**
 * The task items of a parsed work plan as model `TaskItem`s: each with its
 * body, its responsible units with their roles (责任单位 → `responsible`,
 * 牵头单位 → `lead`, 配合单位 → `cooperating`) and the targets stated inside
 * it, as the parser stored them on each task (`units`, `targets`). A
 * document made without them (a gold file) gives its named units the role
 * `responsible`, and the targets its target quantities inside each task's
 * span (see `taskTargets`); its deadline as the parser read it (`deadline`,
 * `deadlineText`). Tasks without a body give their title as body. A
 * pure function of the document: it never reads the text.
 *
 * @example
 * ```ts
 * const plan = parseReport("一、执法\n1.规范执法。行政机关出庭率达到100%。(责任单位:法规科)\n", { documentKind: "work-plan" });
 * const [task] = taskItemsOf(plan);
 * task?.targets[0]; //=> { indicator: "litigation.headAppearanceRate", comparator: ">=", quantity: { value: 100, unit: "%", qualifier: "exact" } }
 * ```
 */
export function taskItemsOf(doc: ParsedDocument): TaskItem[] {
  const assigned = doc.tasks.some((task) => task.targets === undefined) ? taskTargets(doc.tasks, doc.quantities) : [];
  return doc.tasks.map((task, t) => ({
    number: task.number,
    section: task.section,
    title: task.title,
    body: task.body ?? task.title,
    responsibleUnits:
      task.units !== undefined && task.units.length > 0 ? task.units : task.responsibleUnits.map((name) => ({ name, role: "responsible" as const })),
    targets: task.targets ?? assigned[t] ?? [],
    ...(task.deadline === undefined ? {} : { deadline: task.deadline }),
    ...(task.deadlineText === undefined ? {} : { deadlineText: task.deadlineText }),
  }));
}
