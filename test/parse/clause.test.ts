import { describe, expect, it } from "vitest";
import { clauseEnd, clauseStart, namingClauseStart } from "../../src/parse/clause.js";
import { foldText } from "../../src/parse/foldText.js";

describe("clauseStart and clauseEnd (on folded text)", () => {
  it.each([
    ["全年共收到行政复议申请35件,办结32件;行政应诉案件12件。"],
    ["全年共收到行政复议申请３５件，办结３２件；行政应诉案件１２件。"],
  ])("bound the clause around a figure: %s", (source) => {
    const text = foldText(source);
    const at = text.indexOf("32");
    expect(source.slice(clauseStart(text, at), clauseEnd(text, at))).toMatch(/^办结(32|３２)件$/);
  });

  it("do not end a clause at the comma that groups a number's digits (3,195万元)", () => {
    const text = "罚没款由3,195万元增加到3,456.78万元,同比增长8.2%。";
    const at = text.indexOf("3,456");
    expect(text.slice(clauseStart(text, at), clauseEnd(text, at))).toBe("罚没款由3,195万元增加到3,456.78万元");
    expect(clauseEnd(text, text.indexOf("罚"))).toBe(text.indexOf(",同比"));
    expect(clauseStart("共办理3,其中5件", 6)).toBe(5);
    expect(clauseStart("分别为12,15件", 8)).toBe(6);
  });

  it("with sentence, look past commas to the sentence's ends", () => {
    const source = foldText("一、工作成效。全年共收到行政复议申请３５件，办结３２件；行政应诉案件１２件。");
    const at = source.indexOf("32");
    expect(source.slice(clauseStart(source, at, true), clauseEnd(source, at, true))).toBe("全年共收到行政复议申请35件,办结32件");
  });

  it("stop at a line break and at 、 and :", () => {
    const text = foldText("主要数据：\n行政处罚１２１件、行政许可３０件");
    const at = text.indexOf("30");
    expect(clauseStart(text, at)).toBe(text.indexOf("行政许可"));
    expect(clauseStart(text, text.indexOf("121"), true)).toBe(text.indexOf("行政处罚"));
  });

  it("look at most 80 characters back, or a given reach, and 80 ahead", () => {
    const text = `${"依".repeat(100)}12件${"法".repeat(100)}`;
    expect(clauseStart(text, 100)).toBe(20);
    expect(clauseStart(text, 100, false, 10)).toBe(90);
    expect(clauseEnd(text, 100)).toBe(180);
  });

  it("give the text's bounds for empty text or a text without ends", () => {
    expect(clauseStart("", 0)).toBe(0);
    expect(clauseEnd("", 0)).toBe(0);
    expect(clauseEnd("依法行政", 0)).toBe(4);
  });
});

describe("namingClauseStart (on folded text)", () => {
  it.each([
    ["行政处罚案件数:856件;罚没款:共计1,234.5万元", "856", "行政处罚案件数"],
    ["行政处罚案件数：８５６件；罚没款：共计１，２３４.５万元", "856", "行政处罚案件数"],
    ["行政处罚案件数:856件;罚没款:共计1,234.5万元", "1,234", "罚没款"],
    ["行政处罚案件数：８５６件；罚没款：共计１，２３４.５万元", "1,234", "罚没款"],
    // A period between the colon and the figure (…申请:2022年18件,2023年23件): the label names the figure still.
    ["受理行政复议申请:2022年18件,2023年23件", "18", "受理行政复议申请"],
    ["受理行政复议申请：2022年度为18件", "18", "受理行政复议申请"],
    ["行政应诉案件:上年同期29件", "29", "行政应诉案件"],
  ])("reaches back over a label's colon: %s", (source, figure, label) => {
    const text = foldText(source);
    expect(namingClauseStart(text, text.indexOf(figure))).toBe(text.indexOf(label));
  });

  it.each([["其中:一般程序286件"], ["其中：一般程序２８６件"], ["办结32件,罚款3万元"], ["行政复议:2022年受理286件"]])("stays in the figure's clause when words name it there: %s", (source) => {
    const text = foldText(source);
    const at = text.search(/286|32/);
    expect(namingClauseStart(text, at)).toBe(clauseStart(text, at));
  });
});
