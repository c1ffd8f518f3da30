import { targetComparator } from "../catalog/indicatorDirections.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import type { ParsedTask } from "../model/parsedTask.js";
import type { Target } from "../model/target.js";

/**
 * The last index at or before `last` whose end reaches `end`, or -1, in `max`: a tree of maxima over the
 * tasks' ends in start order (leaves from `size`, each node the larger of its children). Walks up from the
 * leaf `last` to the first left sibling that reaches, then down its rightmost reaching branch: log n.
 */
function rightmostReaching(max: Float64Array, size: number, last: number, end: number): number {
  const reaches = (node: number) => (max[node] ?? 0) >= end;
  let node = size + last;
  while (!reaches(node)) {
    // Up to the nearest node whose left sibling is still unseen; none: nothing reaches.
    while (node % 2 === 0) node /= 2;
    if (node === 1) return -1;
    node -= 1;
  }
  while (node < size) node = reaches(2 * node + 1) ? 2 * node + 1 : 2 * node;
  return node - size;
}

/**
 * The targets stated inside each task: its quantities with modality `target`,
 * compared as `targetComparator` says (`>=` for 达到 and 不少于, `<=` for 不超过,
 * `≈` for 左右). Each quantity goes to one task at most: of the tasks that
 * contain it, the one that starts last (tasks follow one another; of nested
 * spans the innermost, so a parent's target after a nested child's span is
 * still the parent's). Tasks without a span get none. Tasks are sorted by
 * start (only when they are not in document order already); each quantity
 * finds the last task starting at or before it by binary search, then the
 * last of those reaching to its end in a tree of the tasks' ends, so the cost
 * is n log n whatever the spans, and never tasks × quantities. Reads spans
 * only, never the text.
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
  // The tree of maxima of the ends (the padding leaves after the last task are never looked at).
  let size = 1;
  while (size < order.length) size *= 2;
  const max = new Float64Array(2 * size);
  order.forEach((task, i) => {
    max[size + i] = task.end;
  });
  for (let node = size - 1; node > 0; node--) max[node] = Math.max(max[2 * node] ?? 0, max[2 * node + 1] ?? 0);
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
    const task = found < 0 ? undefined : order[rightmostReaching(max, size, found, q.span.end)];
    if (task) {
      result[task.t]?.push({
        indicator: q.indicator,
        comparator: targetComparator(q.qualifier, q.indicator),
        quantity: { value: q.value, unit: q.unit, qualifier: q.qualifier },
      });
    }
  }
  return result;
}
