import { describe, expect, it } from "vitest";
import { ParsedTask } from "../../src/model/parsedTask.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";

const task = {
  number: "6",
  section: "二、积极构建职责明确、依法行政的政府部门治理体系",
  title: "加快推进“一网通办”,不断提高便民服务水平",
  responsibleUnits: ["局机关行政审批科", "行政执法队"],
};

describe("ParsedTask", () => {
  it("takes the gold annotation of a task: label, heading, lead sentence and units as written", () => {
    expect(ParsedTask.parse(task)).toEqual(task);
    expect(ParsedTask.parse({ ...task, section: "", title: "", responsibleUnits: [] }).responsibleUnits).toEqual([]);
  });

  it("takes what a parser adds: body, span, units with roles and targets", () => {
    const parsed = ParsedTask.parse({
      ...task,
      body: "加快推进“一网通办”……",
      span: { start: 10, end: 40 },
      units: [
        { name: "局机关行政审批科", role: "lead" },
        { name: "行政执法队", role: "cooperating" },
      ],
      targets: [{ indicator: "services.onlineRate", comparator: ">=", quantity: { value: "90", unit: "%", qualifier: "atLeast" } }],
    });
    expect(parsed.units?.map((u) => u.role)).toEqual(["lead", "cooperating"]);
    expect(parsed.targets?.[0]?.quantity.value.toString()).toBe("90");
  });

  it("refuses an empty number and an empty unit name, each at its path", () => {
    const result = safeParseModel(ParsedTask, { ...task, number: "", responsibleUnits: ["局机关行政审批科", ""] });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["number", "schema.tooSmall"],
      ["responsibleUnits.1", "schema.tooSmall"],
    ]);
  });

  it("refuses a unit without a known role, a reversed span and a negative tolerance in a target", () => {
    const result = safeParseModel(ParsedTask, {
      ...task,
      span: { start: 9, end: 1 },
      units: [{ name: "行政执法队", role: "配合" }],
      targets: [{ indicator: null, comparator: "≈", tolerance: "-1", quantity: { value: "90", unit: "%", qualifier: "approx" } }],
    });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["span.end", "schema.span.reversed"],
      ["units.0.role", "schema.invalidValue"],
      ["targets.0.tolerance", "schema.target.negativeTolerance"],
    ]);
  });

  it("round-trips through JSON", () => {
    const parsed = ParsedTask.parse({
      ...task,
      units: [{ name: "行政执法队", role: "responsible" }],
      targets: [{ indicator: null, comparator: "≈", tolerance: "2.5", quantity: { value: "70", unit: "%", qualifier: "approx" } }],
    });
    expect(ParsedTask.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    expect(JSON.stringify(parsed)).toContain('"tolerance":"2.5"');
  });
});
