import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/parseDisclosureReport.js";
import { compactRanges, readTextFigures } from "../../../src/parse/disclosure/textFigures.js";
import { foldText } from "../../../src/parse/foldText.js";

const table = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量    35    2    0    0    0    1    38\n";

function figures(prose: string) {
  const source = `一、总体情况\n${prose}\n${table}`;
  const ranges = [{ start: 0, end: source.indexOf("三、") }];
  return readTextFigures(foldText(source), source, ranges, parseDisclosureReport(source)).map((f) => [f.quote, f.value.toString(), "cells" in f ? f.cells : f.numerator]);
}

describe("compactRanges", () => {
  it("drops spaces and line breaks, keeping each character's offset, and ends each range with a line break", () => {
    const compact = compactRanges("受理政府\n信息公开 申请17件", [{ start: 0, end: 16 }]);
    expect(compact.text).toBe("受理政府信息公开申请17件\n");
    expect(Array.from(compact.offsets.subarray(3, 5))).toEqual([3, 5]);
    expect(compactRanges("", [])).toMatchObject({ text: "" });
  });
});

describe("readTextFigures", () => {
  it.each([["2022年,本机关受理政府信息公开申请38件。", "38"], ["２０２２年，本机关受理政府信息公开申请３８件。", "３８"]])(
    "reads a figure of the prose with the table cell it restates: %s",
    (prose, written) => {
      expect(figures(prose)).toEqual([[`受理政府信息公开申请${written}件`, "38", ["requests.received.total"]]]);
    },
  );

  it("matches a phrase broken by a line break, quoting the original", () => {
    expect(figures("本机关受理政府\n信息公开申请38件。")[0]?.[0]).toBe("受理政府\n信息公开申请38件");
  });

  it("reads nothing from prose that restates no cell, or from no prose", () => {
    expect(figures("全面推进政务公开工作。")).toEqual([]);
    expect(figures("")).toEqual([]);
  });
});
