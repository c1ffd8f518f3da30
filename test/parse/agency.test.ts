import { describe, expect, it } from "vitest";
import { readAgency, readAgencyWithIssues } from "../../src/parse/agency.js";

const unknown = { name: null, kind: null, level: null, sector: null, region: null, divisionCode: null };

describe("readAgency", () => {
  it.each([
    ["宁波市海曙区交通运输局2022年法治政府建设情况报告", "2022年,我局深入推进依法行政。"],
    ["宁波市海曙区交通运输局２０２２年法治政府建设情况报告", "２０２２年，我局深入推进依法行政。"],
  ])("reads a department from the title, placed in its division: %s", (title, body) => {
    expect(readAgency(`${title}\n${body}`, title)).toEqual({
      name: "宁波市海曙区交通运输局",
      kind: "department",
      level: "county",
      sector: "transport",
      region: "浙江省宁波市海曙区",
      divisionCode: "330203",
    });
  });

  it.each([
    ["2023年,市市场监管局在市委市政府的坚强领导下,推进《绍兴市电梯安全管理规定》施行。"],
    ["２０２３年，市市场监管局在市委市政府的坚强领导下，推进《绍兴市电梯安全管理规定》施行。"],
  ])("gives a short self-name in the opening sentence its full name: %s", (text) => {
    expect(readAgency(text, null)).toMatchObject({ name: "绍兴市市场监督管理局", level: "prefecture", divisionCode: "330600" });
  });

  it("reads the agency from the 落款 when the title does not name it", () => {
    expect(readAgency("正文\n揭西县司法局\n2023年2月1日\n", null)).toMatchObject({ name: "揭西县司法局", sector: "justice", divisionCode: "445222" });
  });

  it("leaves what the text does not tell null", () => {
    expect(readAgency("", null)).toEqual(unknown);
    expect(readAgency("全面推进依法行政，办理行政复议案件３３件。", null)).toEqual(unknown);
  });
});

describe("readAgencyWithIssues", () => {
  it("gives an issue, not a guess, for a place name that fits several divisions", () => {
    const title = "朝阳区2022年法治政府建设情况报告";
    const { agency, issues } = readAgencyWithIssues(title, title);
    expect(agency).toMatchObject({ name: null, divisionCode: null });
    expect(issues).toMatchObject([{ code: "agency.ambiguousDivision", params: { name: "朝阳区", codes: "110105、220104" } }]);
  });
});
