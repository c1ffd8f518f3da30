import { describe, expect, it } from "vitest";
import { foldText } from "../../src/parse/foldText.js";
import { rateByNoun, rateOfRespectiveList } from "../../src/parse/rateNouns.js";

/** The folded text and where its last figure starts. */
function lastFigure(source: string): [string, number] {
  const text = foldText(source);
  return [text, text.search(/\d+(?:\.\d+)?%[^%]*$/)];
}

describe("rateByNoun", () => {
  it.each([["行政机关出庭率为100%"], ["行政机关出庭率为１００％"], ["全年行政机关出庭率达到１００％。"]])(
    "reads a rate by the one indicator its noun fits: %s",
    (source) => {
      expect(rateByNoun(...lastFigure(source))).toBe("litigation.headAppearanceRate");
    },
  );

  it("gives null for a noun no rate or several rates fit, and for no noun", () => {
    expect(rateByNoun(...lastFigure("其他率为3%"))).toBeNull();
    expect(rateByNoun(...lastFigure("完成比例为３％"))).toBeNull();
    expect(rateByNoun("", 0)).toBeNull();
  });
});

describe("rateOfRespectiveList", () => {
  it.each([
    ["行政复议纠错率、行政诉讼败诉率分别为5%、3%"],
    ["行政复议纠错率、行政诉讼败诉率分别为５％、３％"],
  ])("pairs the k-th figure after 分别 with the k-th rate before it: %s", (source) => {
    const text = foldText(source);
    expect(rateOfRespectiveList(text, text.search(/\d/))).toBe("reconsideration.correctionRate");
    expect(rateOfRespectiveList(...lastFigure(source))).toBe("litigation.lossRate");
  });

  it("gives null for a figure beyond the list, undefined outside any such list", () => {
    expect(rateOfRespectiveList(...lastFigure("行政复议纠错率、行政诉讼败诉率分别为５％、３％、２％"))).toBeNull();
    expect(rateOfRespectiveList(...lastFigure("行政诉讼败诉率为３％"))).toBeUndefined();
    expect(rateOfRespectiveList("", 0)).toBeUndefined();
  });
});
