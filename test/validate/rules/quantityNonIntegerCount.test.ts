import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, observation, widths } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "quantity.nonIntegerCount");

describe("quantity.nonIntegerCount", () => {
  it("flags a fractional count: of a count indicator, or in a count unit", () => {
    expect(findings([observation("enforcement.inspections", "3.5", "次")]).map((i) => i.params["value"])).toEqual(["3.5"]);
    expect(findings(doc({ quantities: [figure("2.5", "件", 0)] }))).toHaveLength(1);
  });

  it("stays silent on whole counts and on fractional amounts", () => {
    expect(findings([observation("enforcement.inspections", "3", "次")])).toEqual([]);
    expect(findings(doc({ quantities: [figure("2.5", "元", 0), figure("2.5", "%", 10)] }))).toEqual([]);
  });

  it.each(widths)("flags a parsed text's fractional count, in %s", (_, form) => {
    expect(findings(parseReport(form("2021年法治政府建设情况报告\n全年开展执法检查3.5次。")))).toHaveLength(1);
    expect(findings(parseReport(form("2021年法治政府建设情况报告\n全年开展执法检查35次。")))).toEqual([]);
  });
});
