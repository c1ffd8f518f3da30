import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ExportColumn, ExportDataset } from "../../src/render/exportColumns.js";
import { exportToCsv } from "../../src/render/exportToCsv.js";

const spec = { nullable: true, zh: "列", en: "column" };
const columns: ExportColumn[] = [
  { ...spec, name: "agency_name", type: "string", values: ["=甲局", "乙局，\"丙\"", null] },
  { ...spec, name: "value", type: "decimal", values: [-500000n, 99999999999999999999999999999999999999n, null] },
  { ...spec, name: "year", type: "int32", values: [2021, -1, null] },
  { ...spec, name: "signed", type: "date", values: ["2021-02-23", null, null] },
  { ...spec, name: "cumulative", type: "boolean", values: [true, false, null] },
];
const dataset: ExportDataset = { name: "figures", version: 1, columns, rows: 3, issues: [] };

describe("exportToCsv", () => {
  const csv = exportToCsv(dataset);
  const records: string[][] = parse(csv.replace(/^\uFEFF/, ""));

  it("writes the rows alone, no BOM nor header, with { header: false }; refuses an unknown or mistyped option", () => {
    expect(exportToCsv(dataset, { header: false })).toBe(csv.slice(csv.indexOf("\r\n") + 2));
    expect(exportToCsv(dataset, { header: true })).toBe(csv);
    expect(() => exportToCsv(dataset, { headers: false } as never)).toThrow(RangeError);
    expect(() => exportToCsv(dataset, { header: "no" } as never)).toThrow(new TypeError("exportToCsv: option header must be true or false"));
  });

  it("writes a BOM, the schema's names as header and CRLF records", () => {
    expect(csv.startsWith("\uFEFFagency_name,value,year,signed,cumulative\r\n")).toBe(true);
    expect(records).toHaveLength(4);
  });

  it("writes decimals exactly and in full, negatives unneutralised", () => {
    expect(records[1]?.[1]).toBe("-0.5");
    expect(records[2]?.[1]).toBe("99999999999999999999999999999999.999999");
    expect(records[2]?.[2]).toBe("-1");
  });

  it("neutralises text formulas and quotes full-width text with quotes", () => {
    expect(records[1]?.[0]).toBe("'=甲局");
    expect(records[2]?.[0]).toBe("乙局，\"丙\"");
  });

  it("writes value_text, the exact decimal string of a value, as it is: -10 is a number, not a formula", () => {
    const text: ExportColumn[] = [{ ...spec, name: "value_text", type: "string", values: ["-10", "-0.1234567", null] }];
    const rows: string[][] = parse(exportToCsv({ ...dataset, columns: text }).replace(/^\uFEFF/, ""));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["-10", "-0.1234567", ""]);
  });

  it("writes dates, booleans and nulls", () => {
    expect(records[1]?.slice(3)).toEqual(["2021-02-23", "true"]);
    expect(records[3]).toEqual(["", "", "", "", ""]);
  });

  it("writes only the header of a dataset without rows", () => {
    expect(exportToCsv({ ...dataset, columns: columns.map((c) => ({ ...c, values: [] }) as ExportColumn), rows: 0 })).toBe("\uFEFFagency_name,value,year,signed,cumulative\r\n");
  });
});
