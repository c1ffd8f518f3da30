import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse/parseReport.js";
import { taskItemsOf } from "../../src/parse/taskItems.js";

const plan = (source: string) => taskItemsOf(parseReport(source, { documentKind: "work-plan" }));

describe("taskItemsOf", () => {
  it.each([
    ["一、严格规范公正文明执法\n1.规范执法行为。行政机关负责人出庭率达到100%。(责任单位:法规科)\n"],
    ["一、严格规范公正文明执法\n１．规范执法行为。行政机关负责人出庭率达到１００％。（责任单位：法规科）\n"],
  ])("gives each task its section, title, units and targets", (source) => {
    const [task] = plan(source);
    expect(task).toMatchObject({ section: "一、严格规范公正文明执法", title: "规范执法行为", responsibleUnits: [{ name: "法规科", role: "responsible" }] });
    expect(task?.body).toContain("规范执法行为");
    expect(task?.targets).toMatchObject([{ indicator: "litigation.headAppearanceRate", comparator: ">=", quantity: { unit: "%" } }]);
    expect(task?.targets[0]?.quantity.value.toString()).toBe("100");
  });

  it("gives lead and cooperating units their roles, and no targets when none are stated", () => {
    const [task] = plan("一、行政复议\n2.加强行政复议规范化建设。(牵头单位:复议科;配合单位:办公室)\n");
    expect(task?.responsibleUnits).toEqual([
      { name: "复议科", role: "lead" },
      { name: "办公室", role: "cooperating" },
    ]);
    expect(task?.targets).toEqual([]);
  });

  it("gives no task items for a document without tasks", () => {
    expect(plan("")).toEqual([]);
    expect(plan("全面推进依法行政。")).toEqual([]);
  });
});
