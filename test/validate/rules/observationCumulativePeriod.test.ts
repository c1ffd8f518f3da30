import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { agency, doc, figure, fullWidth, observation } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "observation.cumulativePeriod");

describe("observation.cumulativePeriod", () => {
  it("reads the period a figure counts from its since", () => {
    expect(findings(doc({ quantities: [figure("52667", "次", 0, { since: 2020 })] })).map((i) => i.params)).toEqual([{ from: "2020", to: "2021", year: 2021 }]);
    expect(findings(doc({ quantities: [figure("52667", "次", 0, { since: 2021 })] }))).toEqual([]);
    expect(findings(doc({ quantities: [figure("52667", "次", 0, { since: 2020, modality: "target" })] }))).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("flags a parsed text's cumulative figures, in %s", (_, form) => {
    const issues = findings(parseReport(form("某县2021年法治政府建设情况报告\n2020年来,累计开展检查52667次。全年开展检查300次。")));
    expect(issues.map((i) => i.params["from"])).toEqual(["2020"]);
    expect(validate(parseReport(form("2021年法治政府建设情况报告\n2020年来,累计开展检查52667次。全年开展检查300次。\n某县交通运输局\n2022年1月20日"))).map((i) => i.code)).toEqual([
      "observation.cumulativePeriod",
    ]);
  });

  it("flags observations whose period runs beyond the year", () => {
    const o = { agency: "a", indicator: "enforcement.inspections", period: { from: "2020-01-01", to: "2021-12-31" }, quantity: { value: "5", unit: "次", qualifier: "exact" }, modality: "actual", attribution: "own" };
    expect(findings([o]).map((i) => i.path)).toEqual([[0, "period"]]);
    expect(findings([{ ...o, period: 2021 }])).toEqual([]);
    const report = {
      agency,
      reportingYear: 2021,
      title: null,
      dates: { signed: null, published: null },
      sections: {},
      observations: [observation("enforcement.inspections", "52667", "次", { period: { from: "2020-01-01", to: "2021-12-31" } })],
    };
    expect(validate(report).map((i) => i.code)).toEqual(["observation.cumulativePeriod"]);
  });
});
