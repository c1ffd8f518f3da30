import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { tableToCsv } from "../../src/render/tableToCsv.js";
import { fines } from "./fixtures.js";

const rows = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: false });

describe("tableToCsv", () => {
  it("starts with a BOM and ends records with CRLF", () => {
    const csv = tableToCsv(fines);
    expect(csv.startsWith("\uFEFF机关 agency,机关名称 agency name,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(fines.rows.length + 2);
  });

  it("spreads an estimate and a rate over their parts", () => {
    const [header] = rows(tableToCsv(fines));
    expect(header).toEqual([
      "机关 agency", "机关名称 agency name",
      "合计 total", "合计限定 total qualifier", "合计下限 total lower", "合计上限 total upper", "合计单位 total unit",
      "比率(%) rate (%)", "比率分子 rate numerator", "比率分母 rate denominator", "比率算法 rate method",
      "条数 figures", "备注 notes", "来源 sources",
    ]);
  });

  it("writes numbers exactly, negatives unquoted, and neutralises text formulas", () => {
    const [, first, second] = rows(tableToCsv(fines));
    expect(first).toEqual(["a", "甲局", "1210000", "exact", "1210000", "1210000", "元", "85.8221", "1216", "1417", "ratioOfSums", "1", "", "a.txt@3-7"]);
    expect(second).toEqual(["b", "'=乙局|<b>", "-2", "atLeast", "-2", "", "元", "", "", "", "", "2", "mixedUnits", ""]);
  });

  it("writes only the header of a table without rows, and no name column without labels", () => {
    const empty = { ...fines, rows: [] };
    const parsed = rows(tableToCsv(empty));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).not.toContain("机关名称 agency name");
  });

  it("quotes a field with a comma, a quote or a line break", () => {
    const row = fines.rows[0];
    if (row === undefined) throw new Error("fixture");
    const table = { ...fines, rows: [{ ...row, cells: { ...row.cells, agency: { kind: "dimension" as const, value: 'x,"y"\nz', label: "甲局" } } }] };
    expect(tableToCsv(table)).toContain('"x,""y""\nz"');
    expect(rows(tableToCsv(table))[1]?.[0]).toBe('x,"y"\nz');
  });
});
