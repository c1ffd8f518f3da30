import { describe, expect, it } from "vitest";
import { frameVerbAt, isChange, isChangeTo, isComparisonBase, isOthersFigure, isSessionLabel, isStartingLevel } from "../../src/parse/figureGuards.js";

describe("figure guards", () => {
  it("isOthersFigure: on another's behalf or jointly", () => {
    expect(isOthersFigure("代表市政府参与行政诉讼")).toBe(true);
    expect(isOthersFigure("代表县人民政府出庭")).toBe(true);
    expect(isOthersFigure("联合公安交警累计罚款")).toBe(true);
    expect(isOthersFigure("会同市场监管部门查处")).toBe(true);
    expect(isOthersFigure("共参与行政诉讼")).toBe(false);
    expect(isOthersFigure("联合开展专项行动,查处")).toBe(false);
  });

  it("isChange: a change verb just before the figure, with a comparison in the clause", () => {
    expect(isChange("同比增加")).toBe(true);
    expect(isChange("较上年减少了")).toBe(true);
    expect(isChange("比去年下降")).toBe(true);
    expect(isChange("执法人员增加到")).toBe(false);
    expect(isChange("新增")).toBe(false);
    expect(isChange("同比增加案件")).toBe(false);
  });

  it("isComparisonBase: the level of a named period a figure is compared with (较2022年的, 同比上年的, 与2022年度的)", () => {
    expect(isComparisonBase("较2022年的")).toBe(true);
    expect(isComparisonBase("同比上年同期的")).toBe(true);
    expect(isComparisonBase("与2022年度的")).toBe(true);
    expect(isComparisonBase("较2022年同期的")).toBe(true);
    expect(isComparisonBase("比上年")).toBe(true);
    expect(isComparisonBase("较")).toBe(false);
    expect(isComparisonBase("较全市2022年的")).toBe(false);
    expect(isComparisonBase("2022年的")).toBe(false);
  });

  it("isStartingLevel: the level a change starts from, after 由 or 从 and a prior period", () => {
    expect(isStartingLevel("败诉率由上年的")).toBe(true);
    expect(isStartingLevel("行政复议案件由2022年的")).toBe(true);
    expect(isStartingLevel("从去年同期的")).toBe(true);
    expect(isStartingLevel("纠错率由")).toBe(true);
    expect(isStartingLevel("从严查处案件")).toBe(false);
    expect(isStartingLevel("由市局统一办理行政许可")).toBe(false);
    expect(isStartingLevel("覆盖率由原来的")).toBe(true);
  });

  it("isChangeTo: the words from one level to the next", () => {
    const text = "由18件增加到23件,由5%降至了3%,由3件和5件";
    expect(isChangeTo(text, text.indexOf("件") + 1, text.indexOf("23"))).toBe(true);
    expect(isChangeTo(text, text.indexOf("5%") + 2, text.indexOf("3%"))).toBe(true);
    expect(isChangeTo(text, text.indexOf("3件") + 2, text.indexOf("5件"))).toBe(false);
  });

  it("isSessionLabel: 届 before or 全会 after", () => {
    const text = "贯彻十届十次全会精神";
    expect(isSessionLabel(text, text.indexOf("十次"), text.indexOf("十次") + 2)).toBe(true);
    const other = "召开三次全体会议";
    expect(isSessionLabel(other, 2, 4)).toBe(true);
    const plain = "开展检查三次,";
    expect(isSessionLabel(plain, 4, 6)).toBe(false);
  });

  it("frameVerbAt: the verb of an object construction after the number", () => {
    const text = "对36件规范性文件进行合法性审查";
    expect(frameVerbAt(text, 0, 1, 4)).toBe(text.indexOf("进行"));
    const plain = "办理36件规范性文件进行合法性审查";
    expect(frameVerbAt(plain, 0, 2, 5)).toBe(0);
  });
});
