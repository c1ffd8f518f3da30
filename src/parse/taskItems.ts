import type { ParsedDocument } from "../model/parsedDocument.js";
import { targetComparator } from "../catalog/indicatorDirections.js";
import type { Target } from "../model/target.js";
import type { TaskItem } from "../model/taskItem.js";
import { readResponsibleUnits } from "./tasks.js";

/**
 * The task items of a parsed work plan as model `TaskItem`s: each with its
 * body, its responsible units with their roles (责任单位 → `responsible`,
 * 牵头单位 → `lead`, 配合单位 → `cooperating`), and the targets stated inside
 * it (its quantities with modality `target`, compared as `targetComparator`
 * says: `>=` for 达到 and 不少于, `<=` for 不超过, `≈` for 左右). Tasks without a body or span give
 * their title as body and no targets.
 *
 * @example
 * ```ts
 * const plan = parseReport("一、执法\n1.规范执法。行政机关出庭率达到100%。(责任单位:法规科)\n", { documentKind: "work-plan" });
 * const [task] = taskItemsOf(plan);
 * task?.targets[0]; //=> { indicator: "litigation.headAppearanceRate", comparator: ">=", quantity: { value: 100, unit: "%", qualifier: "exact" } }
 * ```
 */
export function taskItemsOf(doc: ParsedDocument): TaskItem[] {
  return doc.tasks.map((task) => {
    const span = task.span;
    const inside = span
      ? doc.quantities.filter((q) => q.modality === "target" && q.span && q.span.start >= span.start && q.span.end <= span.end)
      : [];
    const targets: Target[] = inside.map((q) => ({
      indicator: q.indicator,
      comparator: targetComparator(q.qualifier, q.indicator),
      quantity: { value: q.value, unit: q.unit, qualifier: q.qualifier },
    }));
    const body = task.body ?? task.title;
    const named = readResponsibleUnits(body);
    return {
      number: task.number,
      section: task.section,
      title: task.title,
      body,
      responsibleUnits:
        named.length > 0 ? named : task.responsibleUnits.map((name) => ({ name, role: "responsible" as const })),
      targets,
    };
  });
}
