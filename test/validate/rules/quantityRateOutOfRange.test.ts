import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, observation, widths } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "quantity.rateOutOfRange");

describe("quantity.rateOutOfRange", () => {
  it("flags a rate over 100%, among observations and a document's figures", () => {
    expect(findings([observation("litigation.lossRate", "120", "%")]).map((i) => i.params["value"])).toEqual(["120"]);
    expect(findings(doc({ quantities: [figure("120", "%", 0, { indicator: "litigation.lossRate" })] })).map((i) => i.path.join("."))).toEqual(["quantities.0.value"]);
  });

  it("stays silent on a rate within 0–100%", () => {
    expect(findings([observation("litigation.lossRate", "12.5", "%")])).toEqual([]);
    expect(findings([observation("litigation.lossRate", "100", "%")])).toEqual([]);
  });

  it.each(widths)("flags a parsed text's rate, and does not take a growth figure over 100% for a rate, in %s", (_, form) => {
    expect(findings(parseReport(form("2021年法治政府建设情况报告\n行政诉讼败诉率为120%。")))).toHaveLength(1);
    expect(findings(parseReport(form("2021年法治政府建设情况报告\n行政诉讼败诉率为12%。")))).toEqual([]);
    expect(validate(parseReport(form("电子证照增加150%。\n某县政务服务管理办公室\n2022年1月20日"))).map((i) => i.code)).toEqual([]);
  });
});
