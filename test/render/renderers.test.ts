import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { Table } from "../../src/model/table.js";
import { tableToCsv } from "../../src/render/tableToCsv.js";
import { tableToHtml } from "../../src/render/tableToHtml.js";
import { tableToNdjson, toJson, toNdjson } from "../../src/render/tableToJson.js";
import { tableToMarkdown } from "../../src/render/tableToMarkdown.js";
import { fines } from "./fixtures.js";

describe("tableToMarkdown", () => {
  it("writes a GitHub table with footnotes for bounds and rate components", () => {
    expect(tableToMarkdown(fines)).toBe(
      [
        "### 罚款金额 Fines",
        "",
        "| 机关 agency | 合计 total | 比率 rate | 条数 figures |",
        "| --- | ---: | ---: | ---: |",
        "| 甲局 | 1,210,000 元 | 85.82% [1] | 1 |",
        "| =乙局\\|<b> | ≥ -2 元 [2] | — | 2 |",
        "",
        "1. 比率, 第1行 row 1: 1,216 / 1,417 · Σ分子/Σ分母 · 1 个机关 agencies",
        "2. 合计, 第2行 row 2: 下限 lower -2 元 · 上限 upper 未知 unknown",
        "3. 第2行 row 2: 单位不同，未求和 units differ: not summed",
        "",
        "> 注 Note",
        "",
      ].join("\n"),
    );
  });

  it("writes 万 when asked", () => {
    expect(tableToMarkdown(fines, { numbers: "wan" })).toContain("| 甲局 | 121万元 |");
  });
});

describe("tableToCsv", () => {
  const csv = tableToCsv(fines);
  const records = parse(csv.slice(1)) as string[][];

  it("starts with a UTF-8 byte-order mark and ends records with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n").length).toBe(4);
  });

  it("has one header row with Chinese and English names", () => {
    expect(records[0]).toEqual([
      "机关 agency", "机关名称 agency name",
      "合计 total", "合计限定 total qualifier", "合计下限 total lower", "合计上限 total upper", "合计单位 total unit",
      "比率(%) rate (%)", "比率分子 rate numerator", "比率分母 rate denominator", "比率算法 rate method",
      "条数 figures", "备注 notes", "来源 sources",
    ]);
  });

  it("keeps numbers as exact numbers (a negative one too) and neutralises formulas in text", () => {
    expect(records[1]).toEqual(["a", "甲局", "1210000", "exact", "1210000", "1210000", "元", "85.8221", "1216", "1417", "ratioOfSums", "1", "", "a.txt@3-7"]);
    expect(records[2]?.slice(0, 6)).toEqual(["b", "'=乙局|<b>", "-2", "atLeast", "-2", ""]);
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    const [first] = fines.rows;
    if (!first) throw new Error("fixture has rows");
    const tricky = { ...fines, rows: [{ ...first, cells: { ...first.cells, agency: { kind: "dimension" as const, value: "a", label: '甲,"局"\n二' } } }] };
    const out = tableToCsv(tricky);
    expect(out).toContain('"甲,""局""\n二"');
    expect((parse(out.slice(1)) as string[][])[1]?.[1]).toBe('甲,"局"\n二');
  });
});

describe("tableToHtml", () => {
  const html = tableToHtml(fines);
  it("escapes text and uses th scope", () => {
    expect(html).toContain('<th scope="row" class="dimension" title="b">=乙局|&lt;b&gt;</th>');
    expect(html).not.toContain("<b>");
    expect(html).toContain('<th scope="col" class="estimate">合计<span class="en">total</span></th>');
    expect(html).toContain("<caption>罚款金额 <span class=\"en\">Fines</span></caption>");
  });
  it("puts bounds and rate components in the title and a footnote", () => {
    expect(html).toContain('title="1,216 / 1,417 · Σ分子/Σ分母 · 1 个机关 agencies">85.82%<sup>1</sup>');
    expect(html).toContain("<li>合计，第2行：下限 lower -2 元 · 上限 upper 未知 unknown</li>");
    expect(html).toContain('data-sources="a.txt@3-7"');
  });
});

describe("JSON and NDJSON", () => {
  it("round-trips a Table through JSON with decimals as strings", () => {
    const json = toJson(fines);
    expect(json).toContain('"value": "1210000"');
    const back = Table.parse(JSON.parse(json));
    expect(toJson(back)).toBe(json);
  });
  it("writes one row a line", () => {
    const lines = tableToNdjson(fines).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? "").table).toBe("罚款金额");
    expect(toNdjson([{ a: 1 }, { a: 2 }])).toBe('{"a":1}\n{"a":2}\n');
  });
});
