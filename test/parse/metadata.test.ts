import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCorpus } from "../../eval/score.js";
import { corpusDir } from "../helpers/corpus.js";
import { sectorOf } from "../../src/catalog/index.js";
import {
  findTitle,
  readAgencyWithIssues,
  readMetadata,
  readReportingYear,
  readTitle,
} from "../../src/parse/index.js";
import { fullWidthOf, toFullWidth } from "../helpers/fullWidth.js";

/** Runs a case on the text as written and with full-width punctuation. */
const bothForms = (text: string): [string, string][] => [
  ["ASCII", text],
  ["full-width", toFullWidth(text)],
];

describe("readTitle", () => {
  it.each(bothForms("重庆市某局2021年度法治政府部门建设工作情况\n2021年,市某局坚持依法行政,取得新成效。"))("takes a title that ends in 情况 (%s)", (_, text) => {
    expect(readTitle(text)).toBe("重庆市某局2021年度法治政府部门建设工作情况");
  });

  it("does not take a heading that ends in 情况, a breadcrumb nor a sentence", () => {
    expect(readTitle("一、2021年法治政府建设情况\n(一)加强领导。")).toBeNull();
    expect(readTitle("首页 > 政务公开 > 法治政府建设年度报告\n正文")).toBeNull();
    expect(readTitle("现将本局2021年法治政府建设工作情况报告如下:")).toBeNull();
  });

  it("joins a title broken across two lines and drops the spaces inside it", () => {
    expect(readTitle("2023年度法治政府建设工作总结和\n2024年工作打算\n发布时间:2024-01-10")).toBe("2023年度法治政府建设工作总结和2024年工作打算");
    expect(readTitle("某市司法局 关于2021年度法治政府建设工作的报告\n正文")).toBe("某市司法局关于2021年度法治政府建设工作的报告");
  });

  it("skips a covering notice broken across lines and the date line above the plan's title", () => {
    const text = "某县人民政府办公室\n关于印发某县2022年度法治政府建设\n工作要点的通知\n各乡镇:\n2022年3月1日\n某县2022年度法治政府建设工作要点\n";
    expect(readTitle(text)).toBe("某县2022年度法治政府建设工作要点");
  });

  it("takes the plan a covering notice issues when the page has no title line", () => {
    const text = "某交发〔2022〕9号\n关于印发《2022年某市交通运输局法治政府部门建设工作要点》的通知\n各科室:\n现将工作要点印发给你们。";
    expect(readTitle(text)).toBe("2022年某市交通运输局法治政府部门建设工作要点");
    expect(readMetadata(toFullWidth(text)).documentKind).toBe("work-plan");
    expect(readTitle("按照市政府关于印发《某市2021年法治政府建设工作要点》的通知要求,我局推进依法行政。")).toBeNull();
  });

  it("keeps the page's full-width brackets in the title it slices", () => {
    const text = "某市交通运输局法治政府部门建设实施方案（2021－2025年）\n正文";
    const found = findTitle(text);
    expect(found?.text).toBe("某市交通运输局法治政府部门建设实施方案（2021－2025年）");
    expect(text.slice(found?.start, found?.end)).toBe(found?.text);
  });
});

describe("metadata.otherTitle", () => {
  const summary = "湖州市应急管理局2023年工作总结和2024年工作思路\n\n2023年,在市委、市政府的坚强领导下,市应急管理局全力防范化解重大安全风险。\n";

  it.each(bothForms(summary))("flags a first line that is the title of another document, a year's work summary naming no 法治 (%s)", (_, text) => {
    const meta = readMetadata(text);
    expect(meta.title).toBeNull();
    const issue = meta.issues.find((i) => i.code === "metadata.otherTitle");
    expect(issue).toMatchObject({ severity: "warning", path: ["title"], params: { title: "湖州市应急管理局2023年工作总结和2024年工作思路" } });
    expect(text.slice(issue?.span?.start, issue?.span?.end)).toBe("湖州市应急管理局2023年工作总结和2024年工作思路");
  });

  it.each([
    ["湖州市应急管理局2023年度法治政府建设工作情况报告\n\n2023年,我局坚持依法行政。\n"],
    ["2023年,我局坚持依法行政,全面推进法治政府建设。\n"],
    ["首页 | 政务公开\n2023年,我局坚持依法行政。\n"],
  ])("says nothing of a report's title, or of a text without a title line: %s", (text) => {
    expect(readMetadata(text).issues.filter((i) => i.code === "metadata.otherTitle")).toEqual([]);
  });
});

describe("readReportingYear", () => {
  it.each([
    ["某县法治政府建设实施方案(2021-2025年)", 2021],
    ["某县法治政府建设实施方案（2023—2027年）", 2023],
    ["二〇二二年度某县法治政府建设工作报告", 2022],
  ])("reads the first year of %s", (title, year) => {
    expect(readReportingYear("", { text: title, start: 0 }).year).toBe(year);
  });

  it("flags a title year that is no year (20211年度) and takes the body's", () => {
    const text = "某县20211年度法治政府建设工作报告\n2021年,我县坚持依法行政,全县各项工作取得新成效。";
    const meta = readMetadata(text);
    expect(meta.reportingYear).toBe(2021);
    const issue = meta.issues.find((i) => i.code === "metadata.yearMalformed");
    expect(issue?.path).toEqual(["reportingYear"]);
    expect(text.slice(issue?.span?.start, issue?.span?.end)).toBe("20211");
  });

  it("gives null with the issue when nothing else tells the year", () => {
    const { year, issues } = readReportingYear("正文没有年份。", { text: "某县20211年度法治政府建设工作报告", start: 0 });
    expect(year).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["metadata.yearMalformed"]);
  });

  it.each(
    bothForms("在区委、区政府的领导下,我局扎实推进依法行政。现将我局2022年度法治政府建设工作情况报告如下:"),
  )("reads the year a sentence reports on (%s)", (_, text) => {
    expect(readMetadata(text).reportingYear).toBe(2022);
  });

  it("prefers the year a report announces (现将…如下) to other years it names with its subject", () => {
    const text = "根据2021年度法治政府建设考核方案,结合工作实际,现将2022年法治政府建设情况报告如下:";
    expect(readMetadata(text).reportingYear).toBe(2022);
  });

  it("reads the year an opening paragraph starts with, not a year inside a cited title", () => {
    expect(readMetadata("2023年,在市委、市政府的坚强领导下,我局认真贯彻《2021年法治政府建设工作要点》,取得成效。").reportingYear).toBe(2023);
    expect(readMetadata("在县委的领导下,我局按照《某县2019年法治政府建设工作要点》要求,推进依法行政。").reportingYear).toBeNull();
  });
});

describe("readAgencyWithIssues", () => {
  it.each(
    bothForms("2022年,在市委、市政府的坚强领导下,格尔木市交通运输局坚持以法治思想为指导,扎实推进依法行政。"),
  )("reads the subject of the opening sentence, level from the division table (%s)", (_, text) => {
    expect(readMetadata(text).agency).toEqual({
      name: "格尔木市交通运输局",
      kind: "department",
      level: "county",
      sector: "transport",
      region: "青海省海西蒙古族藏族自治州格尔木市",
      divisionCode: "632801",
    });
  });

  it.each(
    bothForms("2021年,在省委、省政府和市委、市政府的正确领导下,南昌县全面推进依法行政,各项工作迈上新台阶。"),
  )("reads a county government that stands alone (%s)", (_, text) => {
    expect(readMetadata(text).agency).toMatchObject({ name: "南昌县人民政府", kind: "government", level: "county", sector: null, divisionCode: "360121" });
  });

  it.each(
    bothForms("2023年,市市场监管局在市委市政府的坚强领导下,推进依法行政。\n《绍兴市电梯安全管理规定》正式施行。"),
  )("expands a short self-name by the one city the text names (%s)", (_, text) => {
    expect(readMetadata(text).agency).toMatchObject({ name: "绍兴市市场监督管理局", level: "prefecture", sector: "market-regulation", divisionCode: "330600" });
  });

  it("expands 我局 by the place, the scope (我县, 全市) and the sector the text names", () => {
    const county = "2024年,在县委、县政府的正确领导下,我局深入推进依法行政,为我县交通运输行业提供法治保障,推动各项举措在揭西交通运输领域落地。";
    expect(readMetadata(county).agency).toMatchObject({ name: "揭西县交通运输局", level: "county", region: "广东省揭阳市揭西县", divisionCode: "445222" });
    const city = "在市委的领导下,我局推进全市交通运输系统依法行政。审议通过《抚顺市交通运输局普法工作要点》《中国共产党抚顺市交通局委员会议事规则》《抚顺市交通运输局行政调解制度》。";
    expect(readMetadata(city).agency.name).toBe("抚顺市交通运输局");
  });

  it("keeps an official short name the text writes with its place (重庆市交通局)", () => {
    expect(readMetadata("重庆市交通局2021年度法治政府部门建设工作情况\n2021年,市交通局坚持依法行政。").agency).toMatchObject({
      name: "重庆市交通局",
      level: "province",
      region: "重庆市",
      divisionCode: "500000",
    });
  });

  it("expands a short name when the text writes no full one (市交通局 → 交通运输局)", () => {
    expect(readMetadata("2021年,市交通局坚持依法行政,全市交通运输系统执法规范。抚顺市营商环境持续优化。").agency.name).toBe("抚顺市交通运输局");
  });

  it.each(bothForms("发布时间:2023-02-22 14:47\n信息来源:\n\n信息来源:县综合执法局\n2022年,在县委、县政府的正确领导下,县综合行政执法局坚持依法行政。"))(
    "tells kind, level and sector of a county bureau whose county the text does not name (%s)",
    (_, text) => {
      expect(readMetadata(text).agency).toEqual({ name: null, kind: "department", level: "county", sector: "urban-management", region: null, divisionCode: null });
    },
  );

  it("places a short name from the page header by the district the text names, with its prefecture in front", () => {
    const text = "发布机构: | 区交通局 | 发文日期: | 2021-01-07 |\n为贯彻落实上级部署,今年以来,围绕海曙区交通运输行业中心工作,我局深入推进依法行政。\n";
    expect(readMetadata(text).agency).toMatchObject({ name: "宁波市海曙区交通运输局", level: "county", region: "浙江省宁波市海曙区", divisionCode: "330203" });
  });

  it("reads a place written without its suffix before a department (揭西交通运输局)", () => {
    expect(readMetadata("揭西交通运输局2024年法治政府建设工作报告\n正文").agency).toMatchObject({ name: "揭西县交通运输局", divisionCode: "445222" });
  });

  it("reads a government in the header as the publisher of a department's report, which tells only the place", () => {
    const text = "发布时间:2022-01-10 来源:揭西县人民政府\n2021年,在县委、县政府的正确领导下,我局推进全县交通运输行业依法行政,取得新成效。";
    expect(readMetadata(text).agency).toMatchObject({ name: "揭西县交通运输局", kind: "department", divisionCode: "445222" });
  });

  it("reads the 来源 cell of a header table", () => {
    expect(readMetadata("| 发布时间 |  | 2022-03-01 |\n | 来源 |  | 六安市司法局 |\n正文").agency).toMatchObject({ name: "六安市司法局", divisionCode: "341500" });
  });

  it("reads a department from a 来源 header and a province department by 省", () => {
    expect(readMetadata("时间：2022-12-05来源：朝阳市交通运输局\n正文").agency.divisionCode).toBe("211300");
    expect(readMetadata("2021年,我厅推进全省交通运输系统依法行政,浙江交通运输法治建设取得新成效。").agency).toMatchObject({
      name: "浙江省交通运输厅",
      level: "province",
      divisionCode: "330000",
    });
    expect(readMetadata("2021年,省司法厅坚持依法行政,推进法治浙江建设,浙江省各地…").agency).toMatchObject({
      name: "浙江省司法厅",
      level: "province",
      sector: "justice",
      divisionCode: "330000",
    });
  });

  it("reads the issuer line above 关于印发… as the government (人民政府 is not 民政)", () => {
    const text = "某政办〔2020〕20号\n西平县人民政府办公室\n关于印发2020年度法治政府建设工作安排的通知\n各乡镇人民政府:\n";
    expect(readMetadata(text).agency).toMatchObject({ name: "西平县人民政府", kind: "government", sector: null, region: "河南省驻马店市西平县" });
  });

  it("never reads 人民政府 as 民政", () => {
    expect(sectorOf("某县人民政府办公室")).toBe("other");
    expect(sectorOf("某县民政局")).toBe("civil-affairs");
    expect(readMetadata("2021年,西平县人民政府办公室坚持依法行政,推进政务公开。").agency).toMatchObject({ kind: "department", sector: "other" });
  });

  it("reads a government's general office reporting on itself as a department", () => {
    expect(readMetadata("2019年,上海市人民政府办公厅坚持依法行政,推进政务公开。").agency).toMatchObject({
      name: "上海市人民政府办公厅",
      kind: "department",
      level: "province",
    });
  });

  it("gives an issue, not a guess, for a district name that several cities have", () => {
    const { agency, issues } = readAgencyWithIssues("2021年,在区委、区政府的领导下,鼓楼区坚持依法行政,取得新成效。", null);
    expect(agency).toEqual({ name: null, kind: "government", level: "county", sector: null, region: null, divisionCode: null });
    expect(issues[0]).toMatchObject({ code: "agency.ambiguousDivision", severity: "warning", path: ["agency", "divisionCode"] });
    const meta = readMetadata("鼓楼区2021年法治政府建设情况报告\n2021年,在福州市委、市政府的领导下,鼓楼区坚持依法行政。");
    expect(meta.agency).toMatchObject({ name: "福州市鼓楼区人民政府", divisionCode: "350102" });
    expect(meta.issues).toEqual([]);
  });

  it("reads townships and street offices as governments below the county", () => {
    expect(readMetadata("南昌县莲塘镇人民政府2021年法治政府建设工作报告\n正文").agency).toEqual({
      name: "南昌县莲塘镇人民政府",
      kind: "government",
      level: null,
      sector: null,
      region: "江西省南昌市南昌县莲塘镇",
      divisionCode: "360121",
    });
    expect(readMetadata("南昌县莲塘镇2021年法治政府建设工作报告\n正文").agency.name).toBe("南昌县莲塘镇人民政府");
    expect(readMetadata("2021年,在县委的领导下,南昌县莲塘镇坚持依法行政,取得新成效。").agency).toMatchObject({ name: "南昌县莲塘镇人民政府", level: null });
    expect(readMetadata("福州市鼓楼区鼓东街道办事处2022年法治政府建设工作报告\n正文").agency).toMatchObject({
      name: "福州市鼓楼区鼓东街道办事处",
      kind: "government",
      level: null,
      divisionCode: "350102",
    });
  });

  it("places a township or street office whose title omits its county by the county the text names", () => {
    const text = "西溪街道2022年法治政府建设工作报告\n2022年,在区委、区政府的坚强领导下,西溪街道坚持依法行政,助力杭州市西湖区高质量发展。";
    expect(readMetadata(text).agency).toEqual({
      name: "杭州市西湖区西溪街道办事处",
      kind: "government",
      level: null,
      sector: null,
      region: "浙江省杭州市西湖区西溪街道",
      divisionCode: "330106",
    });
    const opening = "关于2022年度法治政府建设工作情况的报告\n2022年,在区委、区政府的坚强领导下,南苑街道坚持依法行政,推进基层治理法治化。北京市丰台区…丰台区…";
    expect(readMetadata(opening).agency).toMatchObject({ name: "北京市丰台区南苑街道办事处", level: null, divisionCode: "110106" });
    expect(readMetadata("2022年,新型城镇化建设取得新进展,我局坚持依法行政,推进法治建设,全县交通运输…").agency.kind).toBe("department");
    expect(readMetadata("信息来源:城关镇人民政府\n正文").agency).toMatchObject({ name: "城关镇人民政府", kind: "government", level: null, divisionCode: null });
  });

  it("reads a joint title of the party committee and the government as the government's", () => {
    expect(readMetadata("中共南昌县委 南昌县人民政府关于2021年度法治政府建设情况的报告\n正文").agency.name).toBe("南昌县人民政府");
  });

  it("tells a district department by 全区 and 局机关 when it names itself nowhere", () => {
    const text = "各单位、局机关各科室:\n2024年是关键一年。2024年全区交通运输法治政府部门建设工作的总体要求是:深入贯彻习近平法治思想。\n一、加强领导(责任部门:局办公室)\n二、规范执法(责任部门:局法规科)";
    const meta = readMetadata(text);
    expect([meta.documentKind, meta.reportingYear]).toEqual(["work-plan", 2024]);
    expect(meta.agency).toEqual({ name: null, kind: "department", level: "county", sector: "transport", region: null, divisionCode: null });
  });

  it("tells a plan without a title by its notes or by what it calls itself, a report by 报告如下", () => {
    expect(readMetadata("为推进依法行政,结合实际,制定本方案。一、主要任务").documentKind).toBe("work-plan");
    expect(readMetadata("2022年工作要点如下:一、加强领导").documentKind).toBe("work-plan");
    expect(readMetadata("我局制定了本年度工作计划。现将2022年法治政府建设情况报告如下:").documentKind).toBe("annual-report");
  });

  it("gives nulls for a text that names no agency", () => {
    expect(readMetadata("没有机构的文字。").agency).toEqual({ name: null, kind: null, level: null, sector: null, region: null, divisionCode: null });
  });
});

describe("readMetadata on full-width and ASCII punctuation", () => {
  const samples = [
    "朝交发[2022]97号关于印发《朝阳市交通运输局法治政府部门建设任务与责任分工方案(2021-2025年)》的通知\n时间:2022-12-05来源:朝阳市交通运输局\n朝阳市交通运输局法治政府部门建设任务与责任分工方案(2021-2025年)\n一、主要任务(责任单位:政策法规科)",
    "2024年,在县委、县政府的正确领导下,我局深入推进依法行政(以下简称“法治建设”),为我县交通运输行业提供法治保障;推动揭西交通运输领域落地!",
    "道外区2021年法治政府建设情况报告\n发表时间:2022-03-15信息来源:道外区人民政府\n2021年,在市委、市政府的正确领导下,道外区坚持依法行政。",
  ];

  it("reads the same whichever marks a page uses", () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.infiniteStream(fc.boolean()), (sample, flips) => {
        const mixed = sample.replace(/[,:;()!?]/g, (ch) => (flips.next().value ? (fullWidthOf[ch] ?? ch) : ch));
        const ascii = readMetadata(sample);
        const page = readMetadata(mixed);
        expect({ ...page, title: null }).toEqual({ ...ascii, title: null });
        expect(page.title === null ? null : mixed.includes(page.title)).toBe(ascii.title === null ? null : true);
      }),
      { numRuns: 60 },
    );
  });

  it("never throws and stays within the schema's years on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."县区市局我全鼓楼朝阳交通司法2021-年度( )（）：:,，\n关于印发来源报告法治政府情况") }), (text) => {
        const meta = readMetadata(text);
        if (meta.reportingYear !== null) expect(meta.reportingYear).toBeGreaterThanOrEqual(1949);
      }),
      { numRuns: 300 },
    );
  });
});

describe("metadata on the gold corpora (npm run eval)", () => {
  const sets = [
    { name: "documents", dir: corpusDir, bar: 1 },
    { name: "excerpts", dir: join(corpusDir, "excerpts"), bar: 0.95 },
  ];
  for (const { name, dir, bar } of sets) {
    it(`reads the ${name}' metadata (≥ ${bar}), the same with full-width punctuation`, () => {
      const ascii = scoreCorpus(dir);
      const page = scoreCorpus(dir, { fullWidth: true });
      expect(ascii.metadataAccuracy).toBeGreaterThanOrEqual(bar);
      expect(page.documents.map((d) => d.metadata.right)).toEqual(ascii.documents.map((d) => d.metadata.right));
    });
  }
});
