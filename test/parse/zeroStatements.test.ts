import { describe, expect, it } from "vitest";
import { foldText } from "../../src/parse/foldText.js";
import { protectedRanges } from "../../src/parse/protectedRanges.js";
import { zeroStatements } from "../../src/parse/zeroStatements.js";

const zeros = (source: string): string[] =>
  zeroStatements(foldText(source), protectedRanges(source), source).map((quantity) => quantity.quote);

describe("zeroStatements", () => {
  it.each([
    ["全年未发生行政复议案件被纠错和行政诉讼案件败诉,无应诉案卷。"],
    ["全年未发生行政复议案件被纠错和行政诉讼案件败诉，无应诉案卷。"],
  ])("reads each thing said not to have happened as 0 件: %s", (source) => {
    expect(zeros(source)).toEqual(["未发生行政复议案件被纠错", "行政诉讼案件败诉", "无应诉案卷"]);
  });

  it("gives a quantity of exactly 0 件 whose span slices the phrase from the source", () => {
    const source = "本年度（２０２２年）未收到行政复议申请事项。";
    const [found] = zeroStatements(foldText(source), protectedRanges(source), source);
    expect(found).toMatchObject({ quote: "未收到行政复议申请事项", unit: "件", qualifier: "exact", modality: "actual", subject: "行政复议申请事项" });
    expect(found?.value.toString()).toBe("0");
    expect(source.slice(found?.span?.start, found?.span?.end)).toBe(found?.quote);
  });

  it("counts a bare 无 only at the start of a clause", () => {
    expect(zeros("依法查处无证经营案件12件")).toEqual([]);
    expect(zeros("依法查处无证经营案件１２件")).toEqual([]);
    expect(zeros("全年办结率100%;无超期案件")).toEqual(["无超期案件"]);
    expect(zeros("全年办结率１００％；无超期案件")).toEqual(["无超期案件"]);
  });

  it("does not read a zero inside a 《》 title", () => {
    expect(zeros("学习《关于未发生安全事故情况的通报》")).toEqual([]);
  });

  it("gives nothing for empty text, or a trigger with no noun after it", () => {
    expect(zeros("")).toEqual([]);
    expect(zeros("规范性文件未出台前,广泛征求意见。")).toEqual([]);
  });
});
