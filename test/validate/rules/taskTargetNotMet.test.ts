import { describe, expect, it } from "vitest";
import { Decimal } from "../../../src/model/decimal.js";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { agency, doc, fullWidth, observation } from "./documents.js";

const actual = (value: string, year = 2022) => ({
  agency: "a",
  indicator: "litigation.headAppearanceRate",
  period: year,
  quantity: { value, unit: "%", qualifier: "exact" },
  modality: "actual",
  attribution: "own",
});
const findings = (value: unknown, actuals: unknown[]) => validate(value, { actuals }).filter((i) => i.code === "task.targetNotMet");

describe("task.targetNotMet", () => {
  it("checks the targets the parser stored on each task", () => {
    const target = { indicator: "litigation.headAppearanceRate" as const, comparator: ">=" as const, quantity: { value: new Decimal(100), unit: "%", qualifier: "exact" as const } };
    const plan = doc({ documentKind: "work-plan", reportingYear: 2022, tasks: [{ number: "1", section: "", title: "出庭", responsibleUnits: ["法规科"], targets: [target] }] });
    expect(findings(plan, [actual("90")]).map((i) => i.path.join("."))).toEqual(["tasks.0.targets.0"]);
    expect(findings(plan, [actual("100")])).toEqual([]);
    expect(findings(plan, [actual("90", 2021)])).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("checks a parsed plan, in %s", (_, form) => {
    const plan = parseReport(form("某县2022年法治政府建设工作计划\n一、执法\n1.规范执法。行政机关负责人出庭应诉率达到100%。(牵头单位:法规科;配合单位:执法大队)\n"));
    expect(findings(plan, [actual("90")]).map((i) => i.params["target"])).toEqual(["100%"]);
  });

  it("checks a work plan's targets against the actuals given, beside its other findings", () => {
    const plan = {
      agency,
      year: 2021,
      title: null,
      dates: { signed: null, published: null },
      tasks: [
        {
          number: "1",
          section: "一",
          title: "t",
          body: "",
          responsibleUnits: [],
          targets: [{ indicator: "litigation.headAppearanceRate", comparator: ">=", quantity: { value: "100", unit: "%", qualifier: "exact" } }],
        },
      ],
    };
    const codes = (options = {}) => validate(plan, options).map((i) => i.code);
    expect(codes()).toEqual(["task.noResponsibleUnit"]);
    expect(codes({ actuals: [observation("litigation.headAppearanceRate", "80", "%")] })).toEqual(["task.noResponsibleUnit", "task.targetNotMet"]);
    expect(codes({ actuals: [observation("litigation.headAppearanceRate", "100", "%")] })).toEqual(["task.noResponsibleUnit"]);
  });
});
