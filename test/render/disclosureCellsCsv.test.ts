import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { disclosureCells } from "../../src/model/disclosureCells.js";
import { parseDisclosureReport } from "../../src/parse/disclosure/parseDisclosureReport.js";
import { disclosureCellsCsv } from "../../src/render/disclosureCellsCsv.js";
import { disclosureNames, disclosureText } from "../helpers/disclosure.js";

const name = disclosureNames()[0] ?? "";
const report = parseDisclosureReport(disclosureText(name), { document: `${name}.txt`, locale: "zh" });

describe("disclosureCellsCsv", () => {
  it("writes the rows alone, no BOM nor header, with { header: false }, rows to append", () => {
    const whole = disclosureCellsCsv([report]);
    expect(disclosureCellsCsv([report], { header: false })).toBe(whole.slice(whole.indexOf("\r\n") + 2));
    expect(() => disclosureCellsCsv([report], { heading: false } as never)).toThrow(RangeError);
  });

  it("writes a cell a record, blanks empty, values exact", () => {
    const cells = disclosureCells(report);
    expect(cells.some((c) => c.value !== null)).toBe(true);
    const records: string[][] = parse(disclosureCellsCsv([report]).replace(/^\uFEFF/, ""));
    expect(records[0]).toEqual(["文件 document", "机关 agency", "年度 year", "单元格 path", "数值 value"]);
    expect(records).toHaveLength(cells.length + 1);
    cells.forEach((cell, i) => {
      expect(records[i + 1]?.[3]).toBe(cell.path);
      expect(records[i + 1]?.[4]).toBe(cell.value === null ? "" : cell.value.toFixed());
    });
  });

  it("neutralises a document or agency name that looks like a formula", () => {
    const risky = { ...report, document: "=cmd|'/c calc'!A1", agency: { ...report.agency, name: "@甲局" } };
    const records: string[][] = parse(disclosureCellsCsv([risky]).replace(/^\uFEFF/, ""));
    expect(records[1]?.slice(0, 2)).toEqual(["'=cmd|'/c calc'!A1", "'@甲局"]);
  });

  it("writes only the header for no reports", () => {
    expect(disclosureCellsCsv([])).toBe("\uFEFF文件 document,机关 agency,年度 year,单元格 path,数值 value\r\n");
  });
});
