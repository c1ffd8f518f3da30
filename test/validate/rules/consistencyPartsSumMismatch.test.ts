import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, fullWidth } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "consistency.partsSumMismatch");

describe("consistency.partsSumMismatch", () => {
  it("adds up the parts the parser tied to their total (partOf), in the total's unit", () => {
    const total = figure("100", "辆", 0);
    const parts = [figure("60", "辆", 10, { partOf: 0 }), figure("50", "辆", 20, { partOf: 0 }), figure("30", "人", 30, { partOf: 0 })];
    expect(findings(doc({ quantities: [total, ...parts] })).map((i) => [i.path.join("."), i.params["sum"], i.params["total"]])).toEqual([
      ["quantities.0.value", "110", "100"],
    ]);
    expect(findings(doc({ quantities: [total, parts[0], parts[2]].flatMap((q) => (q ? [q] : [])) }))).toEqual([]);
    // Without partOf no figure is a part: the text is never read.
    expect(findings(doc({ quantities: [total, ...parts.map(({ partOf: _p, ...q }) => q)] }))).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("flags parts after 其中 that add up to more than the total, in %s", (_, form) => {
    expect(findings(parseReport(form("共有车辆100辆,其中客车60辆,货车50辆。")))).toHaveLength(1);
    expect(findings(parseReport(form("共有车辆100辆,其中客车60辆,货车40辆。")))).toEqual([]);
    expect(findings(parseReport(form("共有车辆100辆。其中客车60辆,货车50辆。")))).toEqual([]);
    expect(findings(parseReport(form("共有车辆100辆,其中客车60辆。")))).toEqual([]);
  });
});
