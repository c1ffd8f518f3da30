import { describe, expect, it } from "vitest";
import { disclosureCells } from "../../../src/model/disclosureCells.js";
import type { Issue } from "../../../src/model/issue.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { disclosureGold, disclosureText, goldCells } from "../../helpers/disclosure.js";
import { growth } from "../../helpers/growth.js";

// One cell of a real report edited as a hostile-input trial wrote it. A count written with its unit
// lost its whole row (disclosure.rowMissing, or cellsUnreadable with the cell's digits stuck to the
// row's label); a number that cannot be read blanked all the row's cells, or threw.

const d01 = "d01_shanghai_zfbgt_xxgk_2019";
const d06 = "d06_hongze_qu_zhengfu_xxgk_2023";

function cellsOf(text: string): Record<string, string | null> {
  return Object.fromEntries(disclosureCells(parseDisclosureReport(text)).map((c) => [c.path, c.value === null ? null : c.value.toString()]));
}

const said = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.message}`);

/** The report's text with `from` replaced by `to`, once, `from` being there. */
function edited(name: string, from: string, to: string): string {
  const text = disclosureText(name);
  expect(text).toContain(from);
  return text.replace(from, to);
}

/** The issues a parse of `text` gives that the unedited report's does not. */
function newIssues(name: string, text: string, locale: "zh" | "en" = "en"): Issue[] {
  const before = new Set(said(parseDisclosureReport(disclosureText(name), { locale }).issues));
  return parseDisclosureReport(text, { locale }).issues.filter((i) => !before.has(`${i.code} ${i.message}`));
}

const penalties = "行政处罚                                                   4119";
const received06 = "一、本年新收政府信息公开申请数量                             21    0";
const received01 = "| 一、本年新收政府信息公开申请数量 | 821 | 35 |";

describe("a cell written with its unit is read as its count", () => {
  it.each([
    ["table 二, PDF layout, 4119 件", d06, penalties, `${penalties} 件`],
    ["table 二, PDF layout, 4119件", d06, penalties, `${penalties}件`],
    ["table 二, PDF layout, full-width ４１１９　件", d06, penalties, penalties.replace("4119", "４１１９　件")],
    ["table 二, PDF layout, full-width ４１１９件", d06, penalties, penalties.replace("4119", "４１１９件")],
    ["table 三, PDF layout, 21件", d06, received06, received06.replace("21    0", "21件  0件")],
    ["table 三, PDF layout, 21 件", d06, received06, received06.replace("21    0", "21 件   0 件")],
    ["table 三, PDF layout, full-width ２１件", d06, received06, received06.replace("21    0", "２１件　　０件")],
    ["table 二, | table, 0件", d01, "| 行政处罚 | 0 | 0 | 0 |", "| 行政处罚 | 0件 | 0 件 | 0项 |"],
    ["table 二, full-width ｜ table, ０件", d01, "| 行政处罚 | 0 | 0 | 0 |", "｜ 行政处罚 ｜ ０件 ｜ ０　件 ｜ ０项 ｜"],
    ["table 三, | table, 821件", d01, received01, "| 一、本年新收政府信息公开申请数量 | 821件 | 35件 |"],
    ["table 三, full-width ｜ table, ８２１件", d01, received01, "｜ 一、本年新收政府信息公开申请数量 ｜ ８２１件 ｜ ３５件 ｜"],
    ["table 三, | table, 条, 个, 次", d01, "| 859 |\n| 二、上年结转政府信息公开申请数量 | 18 |", "| 859个 |\n| 二、上年结转政府信息公开申请数量 | 18条 |"],
    ["table 四, | table, 5件", d01, "| 5 |  |  | 2 | 7 | 8 |", "| 5件 |  |  | 2件 | 7件 | 8件 |"],
    ["table 四, full-width ｜ table, ５件", d01, "| 5 |  |  | 2 | 7 | 8 |", "｜ ５件 ｜  ｜  ｜ ２件 ｜ ７件 ｜ ８件 ｜"],
  ])("%s: every cell of the gold, the row found, no new issue", (_, name, from, to) => {
    const text = edited(name, from, to);
    expect(cellsOf(text)).toEqual(Object.fromEntries(goldCells(disclosureGold(name))));
    expect(said(newIssues(name, text))).toEqual([]);
  });

  it("keeps only a unit of money as the procurement amount's unit", () => {
    const procurement = (to: string) => parseDisclosureReport(edited(d01, "| 政府集中采购 | 6 | 251000元 |", to)).active;
    expect(procurement("| 政府集中采购 | 6个 | 251000 元 |")).toMatchObject({ procurement: { unit: "元" } });
    expect(procurement("｜ 政府集中采购 ｜ ６项 ｜ ２５．１万元 ｜")).toMatchObject({ procurement: { unit: "万元" } });
    const counted = procurement("| 政府集中采购 | 6 | 251000件 |");
    expect(counted).toMatchObject({ procurement: { unit: null } });
    expect("procurement" in counted && counted.procurement.amount?.toString()).toBe("251000");
  });

  it("keeps prose that ends in a count as prose, in a table's section: the number does not stand apart as a column's", () => {
    for (const prose of ["2023 年全区受理政府信息公开申请 21 件", "2023 年全区受理政府信息公开申请 21件", "2023 年全区受理政府信息公开申请 ２１　件"]) {
      const text = edited(d06, received06, `${prose}\n${received06}`);
      expect(cellsOf(text)).toEqual(Object.fromEntries(goldCells(disclosureGold(d06))));
      expect(said(newIssues(d06, text))).toEqual([]);
    }
  });
});

describe("a cell that cannot be read is blank alone, with an issue naming its row and cell", () => {
  const row = "一、本年新收政府信息公开申请数量";
  const others = [null, "35", null, null, "2", "1", "859"];
  it.each([
    ["a zero-width space inside", "| 8\u200b21 |", "invisible", "8<U+200B>21"],
    ["a zero-width space inside, full-width", "｜ ８\u200b２１ ｜", "invisible", "8<U+200B>21"],
    ["a lone surrogate", "| 821\ud800 |", "invisible", "821<U+D800>"],
    ["a space inside", "| 8 21 |", "spaced", "8 21"],
    ["an ideographic space inside, full-width", "｜ ８　２１ ｜", "spaced", "8 21"],
    ["an exponent out of range", "| 1e400 |", "outOfRange", "1e400"],
    ["an exponent out of range, full-width", "｜ １ｅ４００ ｜", "outOfRange", "1e400"],
    ["61 digits", `| ${"9".repeat(61)} |`, "outOfRange", `${"9".repeat(39)}…`],
    ["an exponent", "| 8.21e2 |", "exponent", "8.21e2"],
    ["a grouping no number has", "| 8,21 |", "malformed", "8,21"],
    ["a grouping no number has, full-width", "｜ ８，２１ ｜", "malformed", "8,21"],
    // OCR takes digits for letters: the row kept its other six cells (the letter made the cell label text, and all seven were lost).
    ["a letter O among digits (OCR)", "| 8O1 |", "letters", "8O1"],
    ["a letter l among digits (OCR), full-width", "｜ ８２ｌ ｜", "letters", "82l"],
    ["a letter I among digits (OCR)", "| I21 |", "letters", "I21"],
    ["a letter l alone (OCR)", "| l |", "letters", "l"],
  ])("table 三, | table, %s", (_, cell, reason, raw) => {
    const text = edited(d01, "| 821 |", cell);
    const report = parseDisclosureReport(text, { locale: "zh" });
    expect(report.requests.received.map((c) => (c === null ? null : c.toString()))).toEqual(others);
    const found = newIssues(d01, text, "zh");
    expect(found).toMatchObject([
      { code: "disclosure.valueUnreadable", severity: "warning", path: ["requests", "received", "naturalPerson"], params: { table: "三", row, cell: "requests.received.naturalPerson", raw, reason: expect.any(String) } },
    ]);
    const issue = found[0];
    expect(issue?.message).toContain(`表格三“${row}”一行的单元格requests.received.naturalPerson写作“${raw}”`);
    expect(issue?.span && text.slice(issue.span.start, issue.span.end)).toBe(cell.slice(2, -2));
    // The reason, in the locale's words.
    const en = newIssues(d01, text, "en")[0];
    expect(en?.message).toContain(`Table 三, row “${row}”: the cell requests.received.naturalPerson is written “${raw}”`);
    expect({ invisible: /not shown/, spaced: /space/, outOfRange: /range/, exponent: /exponent/, malformed: /grouped/, letters: /letters that look like them/ }[reason]?.test(en?.message ?? "")).toBe(true);
  });

  it("reads a 60-digit cell exactly: it is in range", () => {
    const report = parseDisclosureReport(edited(d01, "| 821 |", `| ${"9".repeat(60)} |`));
    expect(report.requests.received[0]?.toString()).toBe("9".repeat(60));
    expect(report.issues.map((i) => i.code)).not.toContain("disclosure.valueUnreadable");
  });

  it.each([
    ["a zero-width space inside", "41\u200b19"],
    ["a zero-width space inside, with its unit", "41\u200b19 件"],
    ["an exponent out of range", "1e400"],
    ["an exponent out of range, full-width", "１ｅ４００"],
    ["61 digits", "9".repeat(61)],
  ])("table 二, PDF layout, %s: the row found, its cell blank", (_, cell) => {
    const text = edited(d06, penalties, penalties.replace("4119", cell));
    const report = parseDisclosureReport(text);
    expect(report.active).toMatchObject({ penalties: { decisions: null } });
    expect(newIssues(d06, text)).toMatchObject([{ code: "disclosure.valueUnreadable", path: ["active", "penalties", "decisions"], params: { table: "二", row: "行政处罚" } }]);
  });

  it("table 三, PDF layout: an unreadable cell keeps the row's other six", () => {
    const text = edited(d06, received06, received06.replace("21    0", "2\u200b1    0"));
    const report = parseDisclosureReport(text);
    expect(report.requests.received.map((c) => (c === null ? null : c.toString()))).toEqual([null, "0", "0", "0", "0", "0", "21"]);
    expect(newIssues(d06, text)).toMatchObject([{ code: "disclosure.valueUnreadable", path: ["requests", "received", "naturalPerson"], params: { row } }]);
  });

  // pdftotext of a scanned page, or OCR laid out in columns: a letter taken for a digit made the token label text, and
  // the row lost all seven cells (disclosure.rowMissing); the cell is unreadable alone, as between bars.
  it.each([
    ["a letter l among digits", "2l    0", "2l"],
    ["a letter O among digits", "2O    0", "2O"],
    ["a letter O alone", "O    0", "O"],
    ["a letter l among digits, full-width", "２ｌ    0", "2l"],
  ])("table 三, PDF layout, %s: the row's other six kept, the cell named", (_, cell, raw) => {
    const text = edited(d06, received06, received06.replace("21    0", cell));
    const report = parseDisclosureReport(text);
    expect(report.requests.received.map((c) => (c === null ? null : c.toString()))).toEqual([null, "0", "0", "0", "0", "0", "21"]);
    expect(newIssues(d06, text)).toMatchObject([
      { code: "disclosure.valueUnreadable", path: ["requests", "received", "naturalPerson"], params: { row, raw, reason: expect.stringMatching(/letters/) } },
    ]);
  });

  it("a label's own letters stay label text: a row named with a Latin letter is read as before", () => {
    const text = edited(d06, received06, received06.replace("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量 O"));
    expect(parseDisclosureReport(text).requests.received.map((c) => (c === null ? null : c.toString()))).toEqual(["21", "0", "0", "0", "0", "0", "21"]);
  });

  it.each([
    ["ASCII", "| 5 |  |  | 2 | 7 | 8 |", "| 5 |  |  | 2 | 7 | 8 2 |"],
    ["full-width", "| 5 |  |  | 2 | 7 | 8 |", "｜ ５ ｜  ｜  ｜ ２ ｜ ７ ｜ ８　２ ｜"],
  ])("table 四, | table (%s): the group's other cells kept, the cell named by its group", (_, from, to) => {
    const text = edited(d01, from, to);
    const report = parseDisclosureReport(text);
    expect(report.reviews.reconsideration.total?.toString()).toBe("7");
    expect(report.reviews.litigationDirect).toMatchObject({ upheld: null, pending: { toString: expect.any(Function) } });
    expect(report.reviews.litigationDirect.total?.toString()).toBe("9");
    expect(newIssues(d01, text)).toMatchObject([
      { code: "disclosure.valueUnreadable", path: ["reviews", "litigationDirect", "upheld"], params: { table: "四", row: "litigation without reconsideration" } },
    ]);
  });
});

describe("a cell of hidden characters that are also spaces", () => {
  // | 8\ufeff…X |: the pattern of what figures are written with backtracked through 2^n ways to read n
  // U+FEFF (a space and a format character both); sixty took longer than any test runs.
  const text = (n: number) => edited(d01, "| 821 |", `| 8${"\ufeff".repeat(n)}X |`);

  it("is no cell (a letter ends it): the row has six cells, and says so", () => {
    const report = parseDisclosureReport(text(24));
    expect(report.requests.received).toEqual([null, null, null, null, null, null, null]);
    expect(report.issues.filter((issue) => issue.code === "disclosure.cellsUnreadable").map((issue) => issue.params)).toMatchObject([{ table: "三", found: 6, expected: 7 }]);
  });

  it("in time linear in the cell: 24 of them in less than 10 times the time of 6 (2^18 times it when it backtracked)", () => {
    expect(growth(parseDisclosureReport, text(6), text(24))).toBeLessThan(10);
  });
});

describe("a line's runs of spaces are read once", () => {
  // A page number's pattern went back over the run from each of its spaces (第3页, n tabs, -), and so did a
  // cell with a bracketed note (1, n tabs, x): n² steps for a line of n.
  it.each([
    ["after a page number", (n: number) => `第3页${"\t".repeat(n)}-`],
    ["in a cell before its note", (n: number) => `| 一、本年新收政府信息公开申请数量 | 1${"\t".repeat(n)}x |`],
  ])("%s: 4n in less than 10 times the time of n", (_, line) => {
    const text = (n: number) => `2023年某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n${line(n)}\n`;
    expect(growth(parseDisclosureReport, text(5_000), text(20_000))).toBeLessThan(10);
  });
});

describe("the cell readers stay linear", () => {
  // Timed against each other in one run, the best of five each, as parseDisclosureReport.test.ts
  // times a long line: linear reading gives a ratio of about 4 to 6.
  it.each([
    ["a space-aligned row of counts with their units", "一、本年新收政府信息公开申请数量", "  1 件"],
    ["a | row of cells that cannot be read", "| 一、本年新收政府信息公开申请数量 ", "| 8\u200b21 "],
  ])("%s: 4n cells in less than 10 times the time of n", (_, head, cell) => {
    const n = 5_000;
    const text = (count: number) => `2023年某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n${head}${cell.repeat(count)}\n`;
    expect(growth(parseDisclosureReport, text(n), text(4 * n))).toBeLessThan(10);
  });
});
