import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import { WorkPlan } from "../../src/model/workPlan.js";
import * as arb from "./arbitraries.js";

const plan = {
  agency: {
    id: "yk-transport",
    name: "营口市交通运输局",
    kind: "department",
    level: "prefecture",
    sector: "transport",
    divisionCode: "210800",
  },
  year: 2021,
  title: "2021年营口市交通运输局加快推进法治政府部门建设工作要点",
  dates: { signed: "2021-08-26", published: "2022-08-17" },
  tasks: [],
};

describe("WorkPlan", () => {
  it("takes the agency, the year planned for, title, dates and tasks", () => {
    const parsed = WorkPlan.parse(plan);
    expect(parsed.year).toBe(2021);
    expect(parsed.agency.name).toBe("营口市交通运输局");
    expect(WorkPlan.parse({ ...plan, title: null, dates: { signed: null, published: null } }).title).toBeNull();
  });

  it("keeps its task items in order", () => {
    const tasks = ["1", "2", "3"].map((number) => ({ number, section: "", title: `任务${number}`, body: "", responsibleUnits: [], targets: [] }));
    expect(WorkPlan.parse({ ...plan, tasks }).tasks.map((t) => t.number)).toEqual(["1", "2", "3"]);
  });

  it("refuses a year out of range, an undated field and a bad task, each at its path", () => {
    const result = safeParseModel(WorkPlan, {
      ...plan,
      year: 1900,
      dates: { signed: "2021-02-30", published: null },
      tasks: [{ number: "1", section: "", title: "", body: "", responsibleUnits: [], targets: [] }],
    });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["year", "dates.signed", "tasks.0.title"]);
  });

  it("refuses a title that is absent rather than null", () => {
    const { title: _, ...untitled } = plan;
    const result = safeParseModel(WorkPlan, untitled);
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["title"]);
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(arb.workPlan, (value) => {
        const parsed = WorkPlan.parse(value);
        const json = JSON.stringify(parsed);
        const again = WorkPlan.parse(JSON.parse(json));
        expect(again).toEqual(parsed);
        expect(JSON.stringify(again)).toBe(json);
      }),
      { numRuns: 150 },
    );
  });
});
