import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import { TaskItem } from "../../src/model/taskItem.js";
import * as arb from "./arbitraries.js";

const task = {
  number: "7",
  section: "二、积极构建职责明确、依法行政的政府部门治理体系",
  title: "强化事中事后监管",
  body: "强化事中事后监管。……",
  responsibleUnits: [{ name: "行政执法队", role: "responsible" }],
  targets: [],
};

describe("TaskItem", () => {
  it("takes a numbered item with its units, targets and an optional deadline", () => {
    expect(TaskItem.parse(task)).toEqual(task);
    expect(TaskItem.parse({ ...task, deadline: "2021-12-31" }).deadline).toBe("2021-12-31");
    const withTarget = TaskItem.parse({
      ...task,
      targets: [{ indicator: "enforcement.trainingHoursPerOfficer", comparator: ">=", quantity: { value: 60, unit: "学时", qualifier: "atLeast" } }],
    });
    expect(withTarget.targets[0]?.quantity.value.toString()).toBe("60");
  });

  it("refuses an empty number or title but takes an empty section and body", () => {
    expect(TaskItem.safeParse({ ...task, section: "", body: "" }).success).toBe(true);
    const result = safeParseModel(TaskItem, { ...task, number: "", title: "" });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["number", "schema.tooSmall"],
      ["title", "schema.tooSmall"],
    ]);
  });

  it("refuses a deadline that is no ISO date and a unit without a known role, each at its path", () => {
    const result = safeParseModel(TaskItem, { ...task, deadline: "2021年底前", responsibleUnits: [{ name: "县司法局", role: "牵头" }] });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["responsibleUnits.0.role", "deadline"]);
    expect(result.issues[1]?.code).toBe("schema.date.invalid");
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(arb.taskItem, (value) => {
        const parsed = TaskItem.parse(value);
        const json = JSON.stringify(parsed);
        const again = TaskItem.parse(JSON.parse(json));
        expect(again).toEqual(parsed);
        expect(JSON.stringify(again)).toBe(json);
      }),
      { numRuns: 150 },
    );
  });
});
