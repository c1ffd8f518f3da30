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
  it("gives each target quantity to the task that starts last before it when that task holds it, actuals and strays to none", () => {
    const tasks = [task("1", 0, 50), task("2", 50, 100), task("(1)", 60, 80)];
    const quantities = [target(90, 10), target(80, 10, "actual"), target(70, 65), target(60, 90), target(50, 120)];
    expect(taskTargets(tasks, quantities).map((ts) => ts.map((t) => t.quantity.value.toNumber()))).toEqual([[90], [], [70]]);
  });

  it("gives the same whatever the order of the tasks", () => {
    const tasks = [task("2", 50, 100), task("1", 0, 50)];
    expect(taskTargets(tasks, [target(90, 10), target(60, 90)]).map((ts) => ts.map((t) => t.quantity.value.toNumber()))).toEqual([[60], [90]]);
  });

  it("gives tasks without a span no targets", () => {
    expect(taskTargets([{ number: "1", section: "", title: "t", responsibleUnits: [] }], [target(90, 10)])).toEqual([[]]);
  });
});
