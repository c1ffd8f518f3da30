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
