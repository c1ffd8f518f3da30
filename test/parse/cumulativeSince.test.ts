import { describe, expect, it } from "vitest";
import { cumulativeSince } from "../../src/parse/cumulativeSince.js";
import { foldText } from "../../src/parse/foldText.js";

const since = (source: string, figure: string): number | null => {
  const text = foldText(source);
  return cumulativeSince(text, text.indexOf(figure));
};

describe("cumulativeSince (on folded text)", () => {
  it.each([
    ["2020年来,累计开展行政执法检查5266次", "5266", 2020],
    ["２０２０年来，累计开展行政执法检查５２６６次", "5266", 2020],
    ["自2019年以来,共审查规范性文件86件", "86", 2019],
    ["自２０１９年以来，共审查规范性文件８６件", "86", 2019],
    ["从2021年起,累计培训执法人员1200人次", "1200", 2021],
    ["自2019年至2023年,累计查处案件500件", "500", 2019],
    ["自２０１９年至２０２３年，累计查处案件５００件", "500", 2019],
    ["2020-2023年累计罚款300万元", "300", 2020],
    ["２０２０－２０２３年累计罚款３００万元", "300", 2020],
    ["2019年—2023年,共办理行政复议案件86件", "86", 2019],
  ])("reads the year a figure is counted from: %s", (source, figure, year) => {
    expect(since(source, figure)).toBe(year);
  });

  it.each([
    ["“十四五”以来,累计培训执法人员1200人次", "1200", 2021],
    ["“十四五”以来，累计培训执法人员１２００人次", "1200", 2021],
    ["党的十八大以来,共制定地方性法规45件", "45", 2012],
    ["党的二十大以来，共办理行政复议案件３６件", "36", 2022],
  ])("reads the first year of an era a figure is counted from: %s", (source, figure, year) => {
    expect(since(source, figure)).toBe(year);
  });

  it.each([
    ["近三年来,共办理行政复议案件86件", "86", 2021],
    ["近三年来，共办理行政复议案件８６件", "86", 2021],
    ["近5年罚款1.2亿元", "1.2", 2019],
    ["近５年，罚款１.２亿元", "1.2", 2019],
    ["三年来,累计审查规范性文件120件", "120", 2021],
    ["过去两年，共查处案件３０件", "30", 2022],
    ["一年来,办理案件12件", "12", 2023],
  ])("reads years up to the report's own, given its year (2023): %s", (source, figure, year) => {
    const text = foldText(source);
    expect(cumulativeSince(text, text.indexOf(figure), 2023)).toBe(year);
    // Without the report's year, nothing to count from.
    expect(cumulativeSince(text, text.indexOf(figure))).toBeNull();
  });

  it("takes a year for a year, not for a number of years, and a vague number of years for none", () => {
    const at = (source: string, figure: string) => cumulativeSince(foldText(source), foldText(source).indexOf(figure), 2023);
    expect(at("2020年来,累计开展行政执法检查5266次", "5266")).toBe(2020);
    expect(at("２０２０年来，累计开展行政执法检查５２６６次", "5266")).toBe(2020);
    expect(at("近年来,办理案件12件", "12")).toBeNull();
    expect(at("全年办理案件12件", "12")).toBeNull();
  });

  it("looks only within the figure's sentence", () => {
    expect(since("2020年以来,全县依法行政水平不断提升。今年审查规范性文件86件", "86")).toBeNull();
    expect(since("２０２０年以来，全县依法行政水平不断提升。今年审查规范性文件８６件", "86")).toBeNull();
  });

  it("gives null for a year that is not a starting point, and for empty text", () => {
    expect(since("2022年审查规范性文件86件", "86")).toBeNull();
    expect(since("2023年1-12月,受理投诉举报3456件", "3456")).toBeNull();
    expect(since("今年4月对存量文件进行了审查,查阅了1999年-2019年20年内所有文件共1956份", "1956")).toBeNull();
    expect(since("今年４月对存量文件进行了审查，查阅了１９９９年－２０１９年２０年内所有文件共１９５６份", "1956")).toBeNull();
    expect(since("２０２３年１－１２月，受理投诉举报３４５６件", "3456")).toBeNull();
    expect(cumulativeSince("", 0)).toBeNull();
  });

  it("looks back at most 120 characters", () => {
    const text = `2020年以来,${"依法行政".repeat(40)}办理案件12件`;
    expect(cumulativeSince(text, text.indexOf("12"))).toBeNull();
  });
});
