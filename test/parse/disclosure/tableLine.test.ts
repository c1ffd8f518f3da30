import { describe, expect, it } from "vitest";
import { readTableLine, totalHolds } from "../../../src/parse/disclosure/tableLine.js";

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

  it("reads a count written with a unit of the catalog that counts, in a cell or a space after it", () => {
    const read = (line: string) => readTableLine(line).cells.map((c) => [c.value, c.unit]);
    expect(read("| 一、本年新收 | 821件 | 35 件 | 2个 | 1条 | 3人次 |")).toEqual([
      ["821", "件"],
      ["35", "件"],
      ["2", "个"],
      ["1", "条"],
      ["3", "人次"],
    ]);
    expect(read("行政处罚                 4119 件")).toEqual([["4119", "件"]]);
    expect(read("行政处罚                 4119件")).toEqual([["4119", "件"]]);
    expect(read("一、本年新收政府信息公开申请数量      21件    0 件    1,031 次")).toEqual([
      ["21", "件"],
      ["0", "件"],
      ["1031", "次"],
    ]);
    expect(readTableLine("一、本年新收政府信息公开申请数量      21件    0").label).toBe("一、本年新收政府信息公开申请数量");
    // Not a unit of counts: 年 and 米 end a label, not a cell.
    expect(read("| 2023年 |")).toEqual([]);
    expect(read("行政处罚                 4119 米")).toEqual([]);
  });

  it("leaves prose that ends in a count alone: its number is one space from the words before it", () => {
    expect(readTableLine("2023 年全区受理政府信息公开申请 21件").cells).toEqual([]);
    expect(readTableLine("办理 3 件 5 件").cells).toEqual([]);
  });

  it("reads a cell written as a number that cannot be read as blank, saying why, the label without its digits", () => {
    const read = (line: string) => {
      const row = readTableLine(line);
      return [row.label, row.cells.map((c) => [c.value, c.unreadable])];
    };
    expect(read("| 一、本年新收 | 8\u200b21 | 821\ud800 | 8 21 | 1e400 | 8.21e2 | 8,21 | 35件 |")).toEqual([
      "一、本年新收",
      [
        [null, "invisible"],
        [null, "invisible"],
        [null, "spaced"],
        [null, "outOfRange"],
        [null, "exponent"],
        [null, "malformed"],
        ["35", null],
      ],
    ]);
    expect(read(`行政处罚      41\u200b19 件      ${"9".repeat(61)}    1e400`)).toEqual([
      "行政处罚",
      [
        [null, "invisible"],
        [null, "outOfRange"],
        [null, "outOfRange"],
      ],
    ]);
    // A zero-width space at a cell's edge hides nothing.
    expect(read("| 规章 | \u200b821\u200b |")).toEqual(["规章", [["821", null]]]);
    // Between spaces a label's words may hold digits and points: a date is no cell there.
    expect(read("制发日期 2024-01-15")).toEqual(["制发日期2024-01-15", []]);
  });

  it("tells page numbers and separators from rows", () => {
    expect(readTableLine("                          -3-").kind).toBe("page");
    expect(readTableLine("|---|---|").kind).toBe("separator");
    expect(readTableLine("   ").kind).toBe("separator");
    expect(readTableLine("2023 年全区受理政府信息公开申请 21 件").cells).toEqual([]);
  });
});

describe("totalHolds", () => {
  const cells = (...values: (string | null)[]) => values.map((value) => ({ start: 0, end: 0, value, unit: null, note: null, unreadable: null }));
  it("holds when the last cell is the sum of the others filled, all whole numbers", () => {
    expect(totalHolds(cells("3", null, "2", "5"))).toBe(true);
    expect(totalHolds(cells("3", "2", "6"))).toBe(false);
    expect(totalHolds(cells("3", "2", null))).toBe(false);
    expect(totalHolds(cells("3", "2.5", "5.5"))).toBe(false);
    expect(totalHolds(cells("5"))).toBe(false);
    expect(totalHolds([null, ...cells("0")])).toBe(true);
  });
});
