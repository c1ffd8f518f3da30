// tableRowCells: a table line's cells, the one splitter of the report tables' and the plan tables' readers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableRowCells } from "../../src/parse/tableRowCells.js";

const cells = (line: string, separator: number, borders: boolean) => tableRowCells(line, 0, line.length, separator, borders).map((c) => line.slice(c.start, c.end));

describe("tableRowCells", () => {
  it("splits at bars, the blanks around each cell left out, the borders dropped", () => {
    expect(cells("| 行政处罚案件（件） | 800 | 856 |", 0x7c, true)).toEqual(["行政处罚案件（件）", "800", "856"]);
    expect(cells("行政处罚案件 | 800 |\r", 0x7c, true)).toEqual(["行政处罚案件", "800"]);
    // A table without borders: an empty first segment is a blank cell (a row's empty 序号).
    expect(cells("| 推进立法 | 市司法局", 0x7c, false)).toEqual(["", "推进立法", "市司法局"]);
    expect(cells("|", 0x7c, true)).toEqual([""]);
  });

  it("splits at tabs, keeping empty cells (no borders)", () => {
    expect(cells("\t行政复议案件\t18\t\t23", 0x09, true)).toEqual(["", "行政复议案件", "18", "", "23"]);
  });

  it("gives cells inside the line, in order, none holding the separator (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("|", "\t", " ", "件", "8", "罚"), { maxLength: 40 }), fc.boolean(), (chars, borders) => {
        const line = chars.join("");
        const spans = tableRowCells(line, 0, line.length, 0x7c, borders);
        let last = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(line.slice(span.start, span.end).includes("|")).toBe(false);
          last = span.end;
        }
        expect(last).toBeLessThanOrEqual(line.length);
      }),
    );
  });
});
