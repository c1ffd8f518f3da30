import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { agency, doc, widths } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "task.noResponsibleUnit");
const planOf = (responsibleUnits: string[]) => ({
  agency,
  year: 2021,
  title: null,
  dates: { signed: null, published: null },
  tasks: [{ number: "1", section: "一", title: "t", body: "", responsibleUnits, targets: [] }],
});

describe("task.noResponsibleUnit", () => {
  it("flags a task of a plan that names no responsible unit, of a work plan or a parsed plan", () => {
    expect(findings(planOf([])).map((i) => [i.path.join("."), i.params["number"]])).toEqual([["tasks.0.responsibleUnits", "1"]]);
    const parsed = doc({ documentKind: "work-plan", tasks: [{ number: "2", section: "", title: "执法", responsibleUnits: [], targets: [] }] });
    expect(findings(parsed).map((i) => i.params["number"])).toEqual(["2"]);
  });

  it("stays silent on a task with a unit", () => {
    expect(findings(planOf(["法规科"]))).toEqual([]);
  });

  it.each(widths)("reads the units of a parsed plan, in %s", (_, form) => {
    const plan = parseReport(form("某县2022年法治政府建设工作计划\n一、执法\n1.规范执法。(牵头单位:法规科)\n2.加强监督。(牵头单位:法规科;配合单位:执法大队)\n"));
    expect(plan.tasks).toHaveLength(2);
    expect(findings(plan)).toEqual([]);
  });
});
