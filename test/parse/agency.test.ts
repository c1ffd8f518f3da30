import { describe, expect, it } from "vitest";
import { readAgency, readAgencyWithIssues } from "../../src/parse/agency.js";
import { toFullWidth } from "../helpers/fullWidth.js";

const unknown = { name: null, kind: null, level: null, sector: null, region: null, divisionCode: null };

describe("readAgency", () => {
  it("reads an autonomous prefecture or county by its short name (大理州, 伊犁州), not a county that shares its first characters", () => {
    const read = (title: string) => readAgency(`${title}\n全年办理行政复议案件3件。`, title);
    expect(read("大理州市场监督管理局2023年法治政府建设年度报告")).toMatchObject({ name: "大理白族自治州市场监督管理局", kind: "department", level: "prefecture", divisionCode: "532900" });
    expect(read("红河州市场监督管理局2023年法治政府建设年度报告")).toMatchObject({ name: "红河哈尼族彝族自治州市场监督管理局", divisionCode: "532500" });
    expect(read("大理州人民政府2023年法治政府建设年度报告")).toMatchObject({ name: "大理白族自治州人民政府", kind: "government", divisionCode: "532900" });
    expect(read("大理市市场监督管理局2023年法治政府建设年度报告")).toMatchObject({ name: "大理市市场监督管理局", divisionCode: "532901" });
  });

  it("reads a government named alone at the top of a page (its portal's name) as the site's, after the 落款 and the opening", () => {
    const title = "2023年度法治政府建设情况报告";
    const top = `嘉兴市人民政府\n嘉兴市人民政府\n首页 | 政务公开 | 政务服务\n${title}\n信息来源:嘉兴市人民政府 发布日期:2024-03-30\n`;
    const body = "2023年,市司法局在市委、市政府的坚强领导下,全面推进法治政府建设。\n一、主要成效\n全年办理行政复议案件168件。\n";
    expect(readAgency(`${top}${body}嘉兴市司法局\n2024年3月20日\n`, title)).toMatchObject({ name: "嘉兴市司法局", divisionCode: "330400" });
    expect(readAgency(`${top}${body}2024年3月20日\n`, title)).toMatchObject({ name: "嘉兴市司法局", divisionCode: "330400" });
    // The government's own report: the name at the top is the report's.
    const own = "2023年,全市上下深入学习贯彻习近平法治思想,法治政府建设取得新成效。\n一、主要成效\n";
    expect(readAgency(`${top}${own}2024年3月20日\n`, title)).toMatchObject({ name: "嘉兴市人民政府", kind: "government", divisionCode: "330400" });
  });

  it("reads a government's general office in the page header as the portal's publisher of a department's report, which tells only the place", () => {
    const body = "2023年,我局在市委、市政府的坚强领导下,深入推进交通运输领域法治政府建设。\n一、主要举措和成效\n嘉兴市交通运输局组织开展执法培训12次。";
    for (const office of ["嘉兴市人民政府办公室", "嘉兴市政府办公室"]) {
      const text = `2023年度法治政府建设工作报告\n来源:${office} 发布时间:2024-03-28\n${body}`;
      expect(readAgency(text, "2023年度法治政府建设工作报告"), office).toMatchObject({ name: "嘉兴市交通运输局", kind: "department", divisionCode: "330400" });
    }
    // The office's own report (我办) is the office's.
    const own = "2023年度法治政府建设工作报告\n来源:嘉兴市人民政府办公室 发布时间:2024-03-28\n2023年,我办在市委、市政府的坚强领导下,推进依法行政。";
    expect(readAgency(own, "2023年度法治政府建设工作报告")).toMatchObject({ name: "嘉兴市人民政府办公室", divisionCode: "330400" });
  });

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

  it.each([
    ["国家税务总局南京市税务局2023年法治税务建设情况报告", "2023年,我局受理复议申请7件。"],
    ["国家税务总局南京市税务局２０２３年法治税务建设情况报告", "２０２３年，我局受理复议申请７件。"],
  ])("reads a local office of a national body, named after it: %s", (title, body) => {
    expect(readAgency(`${title}\n${body}`, title)).toMatchObject({ name: "国家税务总局南京市税务局", kind: "department", level: "prefecture", sector: "taxation", divisionCode: "320100" });
  });

  it("reads a local office of a national body from the 落款", () => {
    expect(readAgency("正文\n国家税务总局揭西县税务局\n2023年2月1日\n", null)).toMatchObject({ name: "国家税务总局揭西县税务局", sector: "taxation", divisionCode: "445222" });
  });

  // 建设 is a topic in 法治政府建设, but the name of a department's line of work right before its ending.
  it.each([
    ["湖州市住房和城乡建设局2022年度法治政府建设工作情况报告", "湖州市住房和城乡建设局", "housing"],
    ["湖州市住房城乡建设局2022年度法治政府建设工作情况报告", "湖州市住房城乡建设局", "housing"],
    ["德清县建设局2022年法治政府建设年度报告", "德清县建设局", "other"],
  ])("reads a department whose name holds 建设 as the department: %s", (title, name, sector) => {
    expect(readAgency(`${title}\n2022年,我局坚持依法行政。\n`, title)).toMatchObject({ name, kind: "department", sector });
  });

  it("still reads 法治政府建设 after a place as no department", () => {
    expect(readAgency("湖州市法治政府建设领导小组办公室\n", null).kind).not.toBe("department");
  });

  it("reads the agency from the 落款 when the title does not name it", () => {
    expect(readAgency("正文\n揭西县司法局\n2023年2月1日\n", null)).toMatchObject({ name: "揭西县司法局", sector: "justice", divisionCode: "445222" });
  });

  // 区交通局 names no place: the place the text names most places it, and none does when two are named as often.
  it.each([
    ["区交通局在区委区政府的领导下推进依法行政。海曙区交通运输局开展执法培训,海曙区举办宣传活动,江北区来人交流。"],
    [toFullWidth("区交通局在区委区政府的领导下推进依法行政。海曙区交通运输局开展执法培训,海曙区举办宣传活动,江北区来人交流。")],
  ])("places a short self-name by the place its text names most: %s", (text) => {
    expect(readAgency(text, null)).toMatchObject({ name: "宁波市海曙区交通运输局", divisionCode: "330203" });
  });

  it.each([
    ["区交通局在区委区政府的领导下推进依法行政。海曙区举办宣传活动,江北区来人交流。"],
    [toFullWidth("区交通局在区委区政府的领导下推进依法行政。海曙区举办宣传活动,江北区来人交流。")],
  ])("places it nowhere when two places are named as often: %s", (text) => {
    expect(readAgencyWithIssues(text, null)).toEqual({
      agency: { ...unknown, kind: "department", level: "county", sector: "transport" },
      issues: [],
    });
  });

  it.each([
    ["莲塘镇坚持依法行政,全面推进法治政府建设。南昌县召开会议,南昌县开展培训,新建区来人交流。", "南昌县莲塘镇人民政府"],
    [toFullWidth("莲塘镇坚持依法行政,全面推进法治政府建设。南昌县召开会议,南昌县开展培训,新建区来人交流。"), "南昌县莲塘镇人民政府"],
    ["莲塘镇坚持依法行政,全面推进法治政府建设。南昌县召开会议,新建区来人交流。", "莲塘镇人民政府"],
  ])("places a township by the county its text names most, by none on a tie: %s", (text, name) => {
    expect(readAgency(text, null).name).toBe(name);
  });

  it("leaves what the text does not tell null", () => {
    expect(readAgency("", null)).toEqual(unknown);
    expect(readAgency("全面推进依法行政，办理行政复议案件３３件。", null)).toEqual(unknown);
  });
});

describe("readAgencyWithIssues", () => {
  it("gives an issue when the place named most fits several divisions", () => {
    const text = "区交通局在区委区政府的领导下推进依法行政。海曙区举办宣传活动,江北区来人交流,江北区再来。";
    const { agency, issues } = readAgencyWithIssues(text, null);
    expect(agency).toMatchObject({ name: null, divisionCode: null, level: "county" });
    expect(issues).toMatchObject([{ code: "agency.ambiguousDivision", params: { name: "江北区", codes: "330205、500105" } }]);
  });

  it("gives an issue, not a guess, for a place name that fits several divisions", () => {
    const title = "朝阳区2022年法治政府建设情况报告";
    const { agency, issues } = readAgencyWithIssues(title, title);
    expect(agency).toMatchObject({ name: null, divisionCode: null });
    expect(issues).toMatchObject([{ code: "agency.ambiguousDivision", params: { name: "朝阳区", codes: "110105、220104" } }]);
  });
});
