// The generated division table (src/catalog/divisionTable.ts): the 2023 statistical division codes, as the generator
// writes them, each division under a parent that exists.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { divisionTableText } from "../../scripts/generate-divisions.mjs";
import { readGroupedRows } from "../../src/catalog/divisionRows.js";
import { countyRows, prefectureRows, provinceRows } from "../../src/catalog/divisionTable.js";

const provinces = provinceRows.split("|").map((row): [string, string] => [row.slice(0, 2), row.slice(2)]);
const prefectures = readGroupedRows(prefectureRows, 4);
const counties = readGroupedRows(countyRows, 6);

describe("the division table", () => {
  it("holds the 2023 table: 342 prefectures and 2,978 counties in code order, as the generator writes it", () => {
    expect([prefectures.length, counties.length]).toEqual([342, 2978]);
    for (const rows of [prefectures, counties]) expect(rows.every(([code], i) => i === 0 || code > (rows[i - 1]?.[0] ?? ""))).toBe(true);
    const joined = (rows: [string, string][]) => rows.map(([code, name]) => `${code}${name}`);
    const text = readFileSync(new URL("../../src/catalog/divisionTable.ts", import.meta.url), "utf8");
    expect(divisionTableText(provinceRows.split("|"), joined(prefectures), joined(counties))).toBe(text);
  });

  it("has the 34 province-level divisions, with two-digit codes in order, 71/81/82 among them", () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.every(([code], i) => /^[1-8]\d$/.test(code) && (i === 0 || code > (provinces[i - 1]?.[0] ?? "")))).toBe(true);
    expect(provinces.slice(-3)).toEqual([
      ["71", "台湾省"],
      ["81", "香港特别行政区"],
      ["82", "澳门特别行政区"],
    ]);
    expect(new Set(provinces.map(([, name]) => name)).size).toBe(34);
  });

  it("puts every prefecture under a province and every county under a prefecture of the table", () => {
    const provinceCodes = new Set(provinces.map(([code]) => code));
    const prefectureCodes = new Set(prefectures.map(([code]) => code));
    expect(prefectures.filter(([code]) => !provinceCodes.has(code.slice(0, 2)))).toEqual([]);
    expect(counties.filter(([code]) => !prefectureCodes.has(code.slice(0, 4)))).toEqual([]);
  });

  it("writes names in Chinese only, without the separators of the encoding", () => {
    for (const [code, name] of [...provinces, ...prefectures, ...counties]) {
      expect(name, code).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it("has the divisions of the corpus at their codes", () => {
    const name = new Map([...prefectures, ...counties]);
    expect([name.get("2301"), name.get("230102"), name.get("230104"), name.get("330203"), name.get("3101"), name.get("419001")]).toEqual([
      "哈尔滨市",
      "道里区",
      "道外区",
      "海曙区",
      "市辖区",
      "济源市",
    ]);
  });
});
