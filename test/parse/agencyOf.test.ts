import { describe, expect, it } from "vitest";
import { agencyOf } from "../../src/parse/agencyOf.js";
import { parseReport } from "../../src/parse/parseReport.js";

describe("agencyOf", () => {
  it.each([
    ["道外区2022年法治政府建设情况报告\n2022年,全区深入推进依法行政。"],
    ["道外区２０２２年法治政府建设情况报告\n２０２２年，全区深入推进依法行政。"],
  ])("gives the document's agency as a model Agency with the given id", (source) => {
    expect(agencyOf(parseReport(source), "daowai")).toEqual({
      id: "daowai",
      name: "哈尔滨市道外区人民政府",
      kind: "government",
      level: "county",
      sector: null,
      divisionCode: "230104",
    });
  });

  it("gives null without an id or when the document does not tell the agency", () => {
    expect(agencyOf(parseReport("道外区2022年法治政府建设情况报告"), "")).toBeNull();
    expect(agencyOf(parseReport("全面推进依法行政，办理行政复议案件３３件。"), "someone")).toBeNull();
    expect(agencyOf(parseReport(""), "someone")).toBeNull();
  });
});

describe("agencyOf on wrong arguments", () => {
  it("throws a TypeError on what is no parsed document or an id that is no string", () => {
    expect(() => agencyOf(null as never, "a")).toThrow(new TypeError("agencyOf expects a parsed document (what parseReport gives)"));
    expect(() => agencyOf(parseReport("道外区2021年法治政府建设情况报告"), 5 as never)).toThrow(new TypeError("agencyOf: the agency id must be a string"));
    expect(agencyOf(parseReport("道外区2021年法治政府建设情况报告"), "")).toBeNull();
  });
});
