import { describe, expect, it } from "vitest";
import { readTableLine } from "../../../src/parse/disclosure/tableLine.js";

const values = (line: string, format?: Parameters<typeof readTableLine>[1]) => {
  const read = readTableLine(line, format);
  return [read.label, read.cells.map((c) => c.value)];
};

describe("readTableLine", () => {
  it("reads | rows with border bars, blank cells kept", () => {
    expect(values("| 二、上年结转政府信息公开申请数量 | 18 |  |  |  |  |  | 18 |")).toEqual(["二、上年结转政府信息公开申请数量", ["18", null, null, null, null, null, "18"]]);
    expect(values("| 三、本年度办理结果 | （一）予以公开 | 258 | 12 | - | / | 1 | 1 |  |")).toEqual([
      "三、本年度办理结果（一）予以公开",
      ["258", "12", null, null, "1", "1", null],
    ]);
  });

  it("reads rows without border bars, a blank first cell included", () => {
    expect(values(" | 5 | 7", { doubled: false, borders: false })).toEqual(["", [null, "5", "7"]]);
    expect(values("规章 | 0 | 0 | 3", { doubled: false, borders: false })).toEqual(["规章", ["0", "0", "3"]]);
  });

  it("reads rows whose cells each sit in their own pair of bars", () => {
    expect(values(" |  |  | 5 |  | 7 | ", { doubled: true, borders: true })).toEqual(["", [null, "5", "7"]]);
    expect(values("| 规章 |  | 13 |  | 524 |", { doubled: true, borders: true })).toEqual(["规章", ["13", "524"]]);
  });

  it("reads a long space-aligned row in order, a note written apart kept with its number", () => {
    const numbers = Array.from({ length: 50_000 }, (_, i) => String(i));
    expect(values(`合计 ${numbers.join(" ")} 55 (含自然失效29件) 7`)).toEqual(["合计", [...numbers, "55", "7"]]);
  });

  it("reads space-aligned columns, grouping commas, signs, units and notes", () => {
    expect(values("  (四)无法提供   1.本机关不掌握相关政府信息   1,031    0   0   0    0    0   1,031")).toEqual([
      "(四)无法提供1.本机关不掌握相关政府信息",
      ["1031", "0", "0", "0", "0", "0", "1031"],
    ]);
    expect(values("行政许可              41              -3             3087")).toEqual(["行政许可", ["41", "-3", "3087"]]);
    const noted = readTableLine("行政规范性文件    3    55 (含自然失效29件)    8");
    expect(noted.cells.map((c) => c.value)).toEqual(["3", "55", "8"]);
    const note = noted.cells[1]?.note;
    expect(note && "行政规范性文件    3    55 (含自然失效29件)    8".slice(note.start, note.end)).toBe("含自然失效29件");
    expect(readTableLine("政府集中采购            4           86.5万元").cells.map((c) => [c.value, c.unit])).toEqual([
      ["4", null],
      ["86.5", "万元"],
    ]);
  });

  it("tells page numbers and separators from rows", () => {
    expect(readTableLine("                          -3-").kind).toBe("page");
    expect(readTableLine("|---|---|").kind).toBe("separator");
    expect(readTableLine("   ").kind).toBe("separator");
    expect(readTableLine("2023 年全区受理政府信息公开申请 21 件").cells).toEqual([]);
  });
});
