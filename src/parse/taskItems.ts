import type { ParsedDocument } from "../model/parsedDocument.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
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
  const targetsByTask = targetsOfTasks(doc);
  return doc.tasks.map((task, t) => {
    const targets: Target[] = (targetsByTask[t] ?? []).map((q) => ({
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

/**
 * The target quantities inside each task's span, in the order of the
 * quantities. Each quantity goes to one task at most: the one that starts
 * last at or before it and contains it (tasks follow one another; of nested
 * spans the innermost). Tasks are sorted by start (only when they are not in
 * document order already) and found by binary search, so the cost is n log n
 * whatever the spans, and the result is never tasks × quantities.
 */
function targetsOfTasks(doc: ParsedDocument): ParsedQuantity[][] {
  const result: ParsedQuantity[][] = doc.tasks.map(() => []);
  const order = doc.tasks.flatMap((task, t) => (task.span ? [{ t, start: task.span.start, end: task.span.end }] : []));
  if (order.length === 0) return result;
  // Tasks come in document order: sort only when they do not (n log n at worst, linear as a rule).
  let sorted = true;
  for (let i = 1; i < order.length && sorted; i++) sorted = (order[i - 1]?.start ?? 0) <= (order[i]?.start ?? 0);
  if (!sorted) order.sort((a, b) => a.start - b.start || a.t - b.t);
  for (const q of doc.quantities) {
    if (q.modality !== "target" || !q.span) continue;
    // The last task starting at or before the quantity.
    let low = 0;
    let high = order.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((order[middle]?.start ?? 0) <= q.span.start) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const task = found < 0 ? undefined : order[found];
    if (task && q.span.end <= task.end) result[task.t]?.push(q);
  }
  return result;
}
