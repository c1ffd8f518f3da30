import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, observation, widths } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "quantity.negativeCount");

describe("quantity.negativeCount", () => {
  it("flags a count below zero: of a count indicator, or in a count unit", () => {
    expect(findings([observation("enforcement.penaltyCases", "-2", "件")]).map((i) => i.params["value"])).toEqual(["-2"]);
    expect(findings(doc({ quantities: [figure("-2", "件", 0)] }))).toHaveLength(1);
  });

  it("stays silent on zero, on a positive count, and on an amount below zero", () => {
    expect(findings([observation("enforcement.penaltyCases", "0", "件"), observation("enforcement.penaltyCases", "7", "件", { agency: "b" })])).toEqual([]);
    expect(findings(doc({ quantities: [figure("-2", "元", 0)] }))).toEqual([]);
  });

  it.each(widths)("flags a parsed text's negative count, in %s", (_, form) => {
    expect(findings(parseReport(form("2021年法治政府建设情况报告\n办理行政处罚案件-3件。"))).map((i) => i.params["value"])).toEqual(["-3"]);
    expect(findings(parseReport(form("2021年法治政府建设情况报告\n办理行政处罚案件3件。")))).toEqual([]);
  });
});
