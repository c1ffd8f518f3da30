import { targetComparator } from "../catalog/indicatorDirections.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import type { ParsedTask } from "../model/parsedTask.js";
import type { Target } from "../model/target.js";

/**
 * The targets stated inside each task: its quantities with modality `target`,
 * compared as `targetComparator` says (`>=` for 达到 and 不少于, `<=` for 不超过,
 * `≈` for 左右). Each quantity goes to one task at most: the one that starts
 * last at or before it and contains it (tasks follow one another; of nested
 * spans the innermost). Tasks without a span get none. Tasks are sorted by
 * start (only when they are not in document order already) and found by
 * binary search, so the cost is n log n whatever the spans, and never tasks ×
 * quantities. Reads spans only, never the text.
 *
 * @example
 * ```ts
 * const plan = parseReport("一、执法\n1.规范执法。行政机关出庭率达到100%。(责任单位:法规科)\n", { documentKind: "work-plan" });
 * taskTargets(plan.tasks, plan.quantities)[0]?.[0]?.comparator; //=> ">="
 * ```
 */
export function taskTargets(tasks: readonly ParsedTask[], quantities: readonly ParsedQuantity[]): Target[][] {
  const result: Target[][] = tasks.map(() => []);
  const order = tasks.flatMap((task, t) => (task.span ? [{ t, start: task.span.start, end: task.span.end }] : []));
  if (order.length === 0) return result;
  // Tasks come in document order: sort only when they do not (n log n at worst, linear as a rule).
  let sorted = true;
  for (let i = 1; i < order.length && sorted; i++) sorted = (order[i - 1]?.start ?? 0) <= (order[i]?.start ?? 0);
  if (!sorted) order.sort((a, b) => a.start - b.start || a.t - b.t);
  for (const q of quantities) {
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
    if (task && q.span.end <= task.end) {
      result[task.t]?.push({
        indicator: q.indicator,
        comparator: targetComparator(q.qualifier, q.indicator),
        quantity: { value: q.value, unit: q.unit, qualifier: q.qualifier },
      });
    }
  }
  return result;
}
