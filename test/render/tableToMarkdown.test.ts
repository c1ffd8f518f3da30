import { describe, expect, it } from "vitest";
import { tableToMarkdown } from "../../src/render/tableToMarkdown.js";
import { fines } from "./fixtures.js";

describe("tableToMarkdown", () => {
  const lines = tableToMarkdown(fines).split("\n");

  it("writes a heading, a bilingual header and right-aligned numbers", () => {
    expect(lines.slice(0, 4)).toEqual([
      "### 罚款金额 Fines",
      "",
      "| 机关 agency | 合计 total | 比率 rate | 条数 figures |",
      "| --- | ---: | ---: | ---: |",
    ]);
  });

  it("escapes pipes so a label cannot add a column", () => {
    const row = lines[5] ?? "";
    expect(row.startsWith("| =乙局\\|<b> | ≥ -2 元 [")).toBe(true);
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it("numbers footnotes for bounds, rate components and row notes", () => {
    expect(lines[4]).toBe("| 甲局 | 1,210,000 元 | 85.82% [1] | 1 |");
    expect(lines).toContain("1. 比率, 第1行 row 1: 1,216 / 1,417 · Σ分子/Σ分母 · 1 个机关 agencies");
    expect(lines).toContain("2. 合计, 第2行 row 2: 下限 lower -2 元 · 上限 upper 未知 unknown");
    expect(lines.some((l) => l.startsWith("3. 第2行 row 2: "))).toBe(true);
    expect(lines.at(-2)).toBe("> 注 Note");
  });

  it("takes a heading level and a number style", () => {
    expect(tableToMarkdown(fines, { heading: "##", numbers: "wan" }).split("\n")[0]).toBe("## 罚款金额 Fines");
    expect(tableToMarkdown(fines, { numbers: "wan" })).toContain("| 甲局 | 121万元 |");
  });

  it("turns line breaks in a cell into spaces", () => {
    const table = { ...fines, title: { zh: "a", en: "b" }, rows: [{ cells: { agency: { kind: "dimension" as const, value: "x", label: "甲\r\n乙\n丙" } }, notes: [], sources: [] }], notes: [] };
    expect(tableToMarkdown(table)).toBe("### a b\n\n| 机关 agency | 合计 total | 比率 rate | 条数 figures |\n| --- | ---: | ---: | ---: |\n| 甲 乙 丙 | — | — | — |\n");
  });
});
