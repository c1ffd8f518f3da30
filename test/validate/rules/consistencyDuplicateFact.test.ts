import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, fullWidth, observation } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "consistency.duplicateFact");

describe("consistency.duplicateFact", () => {
  it("reads the words after each figure from the document, not from a text", () => {
    const quantities = [
      figure("120", "件", 10, { subject: "办理行政处罚案件", following: "" }),
      figure("120", "件", 40, { subject: "全年共办理行政处罚案件", following: "" }),
    ];
    expect(findings(doc({ quantities })).map((i) => [i.path.join("."), i.params["first"]])).toEqual([["quantities.1", "120件"]]);
    expect(findings(doc({ quantities: quantities.map(({ following: _f, ...q }) => q) }))).toEqual([]);
  });

  it("tells a figure of one year from the same figure of another (a table's columns)", () => {
    const years = [figure("18", "件", 10, { subject: "行政复议案件", following: "", year: 2022 }), figure("18", "件", 20, { subject: "行政复议案件", following: "" })];
    expect(findings(doc({ quantities: years }))).toEqual([]);
    const table = parseReport("南宁市司法局2023年法治政府建设年度报告\n| 指标 | 2022年 | 2023年 |\n| 行政复议案件(件) | 18 | 18 |\n");
    expect(table.quantities.map((q) => q.year ?? null)).toEqual([2022, null]);
    expect(findings(table)).toEqual([]);
  });

  it("tells the same fact from another with the same number", () => {
    const other = [figure("1", "名", 0, { subject: "招录", following: "" }), figure("1", "名", 20, { subject: "另有", following: "律师" })];
    expect(findings(doc({ quantities: other }))).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("gives the same finding for a parsed text in %s, the earlier figure quoted up to its clause's end", (_, form) => {
    const issues = findings(parseReport(form("局法制处1名同志通过国家司法考试,成为公职律师。另有1名同志已通过国家司法考试。")));
    expect(issues).toHaveLength(1);
    expect(String(issues[0]?.params["first"])).toMatch(/^[1１]名同志通过国家司法考试$/);
    expect(findings(parseReport(form("局法制处1名同志通过国家司法考试。另有1名同志已通过国家司法考试。")))).toHaveLength(1);
    expect(findings(parseReport(form("招录1名同志,另有1名律师。")))).toEqual([]);
  });

  it("finds identical observations", () => {
    const o = { agency: "a", indicator: "enforcement.penaltyCases", period: 2021, quantity: { value: "5", unit: "件", qualifier: "exact" }, modality: "actual", attribution: "own" };
    expect(findings([o, o]).map((i) => i.path)).toEqual([[1]]);
    const seven = observation("enforcement.penaltyCases", "7", "件");
    expect(validate([seven, seven]).map((i) => i.code)).toEqual(["consistency.duplicateFact"]);
    expect(findings([seven, observation("enforcement.penaltyCases", "7", "件", { agency: "b" })])).toEqual([]);
  });
});
