import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import type { ParsedQuantity } from "../../src/model/parsedQuantity.js";
import type { ParsedTask } from "../../src/model/parsedTask.js";
import { taskTargets } from "../../src/parse/taskTargets.js";

const task = (number: string, start: number, end: number): ParsedTask => ({ number, section: "", title: number, responsibleUnits: [], span: { start, end } });
const target = (value: number, start: number, modality: "target" | "actual" = "target"): ParsedQuantity => ({
  quote: `${value}%`,
  number: `${value}%`,
  value: new Decimal(value),
  unit: "%",
  qualifier: "exact",
  modality,
  subject: "",
  indicator: null,
  span: { start, end: start + 3 },
});

describe("taskTargets", () => {
  it("gives each target quantity to the innermost task that holds it, actuals and strays to none", () => {
    const tasks = [task("1", 0, 50), task("2", 50, 100), task("(1)", 60, 80)];
    const quantities = [target(90, 10), target(80, 10, "actual"), target(70, 65), target(60, 90), target(50, 120)];
    // 60 at 90 is inside 2. (50–100), after its nested (1) closed at 80.
    expect(taskTargets(tasks, quantities).map((ts) => ts.map((t) => t.quantity.value.toNumber()))).toEqual([[90], [60], [70]]);
  });

  it("gives a parent task the target that follows a nested child task inside it", () => {
    // 2. holds (1) at 60–80 and then its own target at 90.
    const tasks = [task("1", 0, 50), task("2", 50, 100), task("(1)", 60, 80)];
    expect(taskTargets(tasks, [target(70, 65), target(60, 90)]).map((ts) => ts.map((t) => t.quantity.value.toNumber()))).toEqual([[], [60], [70]]);
    // Three levels: a target after the innermost closes goes to the middle one, after that to the outer one.
    const deep = [task("一", 0, 200), task("1", 10, 150), task("(1)", 20, 40)];
    const values = taskTargets(deep, [target(30, 25), target(100, 100), target(170, 170), target(210, 210)]).map((ts) => ts.map((t) => t.quantity.value.toNumber()));
    expect(values).toEqual([[170], [100], [30]]);
  });

  it("gives each target to the innermost task that holds it, as a scan of every task would", () => {
    const span = fc.tuple(fc.nat(200), fc.nat(60)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(fc.nat(250), { maxLength: 12 }), (spans, starts) => {
        const tasks = spans.map((s, i) => task(String(i + 1), s.start, s.end));
        const quantities = starts.map((start) => target(start, start));
        // The reference: of the tasks that hold the quantity, the one that starts last (the later one on a tie).
        const expected: number[][] = tasks.map(() => []);
        for (const q of quantities) {
          let best = -1;
          tasks.forEach((t, i) => {
            const at = t.span;
            if (at && q.span && at.start <= q.span.start && q.span.end <= at.end && (best < 0 || at.start >= (tasks[best]?.span?.start ?? 0))) best = i;
          });
          if (best >= 0) expected[best]?.push(q.value.toNumber());
        }
        expect(taskTargets(tasks, quantities).map((ts) => ts.map((t) => t.quantity.value.toNumber()))).toEqual(expected);
      }),
    );
  });

  it("gives the same whatever the order of the tasks", () => {
    const tasks = [task("2", 50, 100), task("1", 0, 50)];
    expect(taskTargets(tasks, [target(90, 10), target(60, 90)]).map((ts) => ts.map((t) => t.quantity.value.toNumber()))).toEqual([[60], [90]]);
  });

  it("gives tasks without a span no targets", () => {
    expect(taskTargets([{ number: "1", section: "", title: "t", responsibleUnits: [] }], [target(90, 10)])).toEqual([[]]);
  });
});
