import { describe, expect, it } from "vitest";
import { observationsOf, parseReport } from "../../src/index.js";
import { extractQuantities } from "../../src/parse/index.js";
import { tableCellReader } from "../../src/parse/tableCells.js";
import { toFullWidth } from "../helpers/fullWidth.js";
import { growth } from "../helpers/growth.js";

const title = "南宁市市场监督管理局2023年法治政府建设年度报告\n";

/** The figures of a report with an indicator, as [indicator, value, unit, year (the figure's own, or the report's)]. */
function figures(body: string): [string | null, string, string, number | null][] {
  const doc = parseReport(title + body);
  return doc.quantities.map((q) => [q.indicator, q.value.toString(), q.unit, q.year ?? doc.reportingYear]);
}

describe("figures in a table whose unit is in a header", () => {
  it("reads a pipe table: the label's brackets give the unit, each year column its year", () => {
    const body = "| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n| 行政处罚案件（件） | 800 | 856 |\n| 罚款金额（万元） | 120.5 | 98 |\n";
    expect(figures(body)).toEqual([
      ["enforcement.penaltyCases", "800", "件", 2022],
      ["enforcement.penaltyCases", "856", "件", 2023],
      ["enforcement.fineAmount", "1205000", "元", 2022],
      ["enforcement.fineAmount", "980000", "元", 2023],
    ]);
  });

  it("reads the same table with ASCII brackets, and a row without a header as the report's year", () => {
    expect(figures("| 行政复议案件(件) | 18 |\n")).toEqual([["reconsideration.cases", "18", "件", 2023]]);
    expect(figures("| 指标 | 2022年 | 2023年 |\n| 行政复议案件(件) | 18 | 23 |\n")).toEqual([
      ["reconsideration.cases", "18", "件", 2022],
      ["reconsideration.cases", "23", "件", 2023],
    ]);
  });

  it("reads a bare row of cells (行政处罚案件(件) | 800 | 856) with no header as the report's figures", () => {
    const doc = parseReport(`${title}行政处罚案件(件) | 856\n`);
    expect(doc.quantities.map((q) => [q.indicator, q.value.toString(), q.unit, q.number])).toEqual([["enforcement.penaltyCases", "856", "件", "856"]]);
  });

  it("reads a tab-separated table (pdftotext, a copied HTML table)", () => {
    const body = "指标\t2022年\t2023年\n行政处罚案件（件）\t800\t856\n行政许可办件（件）\t1,234\t1,502\n";
    expect(figures(body)).toEqual([
      ["enforcement.penaltyCases", "800", "件", 2022],
      ["enforcement.penaltyCases", "856", "件", 2023],
      ["licensing.decisions", "1234", "件", 2022],
      ["licensing.decisions", "1502", "件", 2023],
    ]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads a table aligned with spaces as pdftotext -layout writes it (%s punctuation)", (_, form) => {
    // A city's market regulation bureau: left-aligned columns, units in the cells and in a label's brackets.
    const body = form("表1 行政执法主要数据\n项目              2022年      2023年\n行政处罚案件       1,120件     1,356件\n罚没款(万元)       856.2       960.8\n行政复议案件       18件        23件\n\n二、存在的不足\n");
    expect(figures(body)).toEqual([
      ["enforcement.penaltyCases", "1120", "件", 2022],
      ["enforcement.penaltyCases", "1356", "件", 2023],
      ["enforcement.confiscationAmount", "8562000", "元", 2022],
      ["enforcement.confiscationAmount", "9608000", "元", 2023],
      ["reconsideration.cases", "18", "件", 2022],
      ["reconsideration.cases", "23", "件", 2023],
    ]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads right-aligned figures under centred headers, the label column's header blank and a blank cell (%s punctuation)", (_, form) => {
    // A county's justice bureau: the header names no label column, 本年/上年 columns, a row without last year's figure.
    const body = form("                        上年          本年\n行政复议案件(件)           45            52\n行政应诉案件(件)                         31\n法治培训(场次)             12            16\n");
    expect(figures(body)).toEqual([
      ["reconsideration.cases", "45", "件", 2022],
      ["reconsideration.cases", "52", "件", 2023],
      ["litigation.cases", "31", "件", 2023],
      [null, "12", "场次", 2022],
      [null, "16", "场次", 2023],
    ].map((row) => row as [string | null, string, string, number]));
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("takes the unit of figures no row or column gives one from the table's caption (%s punctuation)", (_, form) => {
    // A city's transport bureau: the unit in the caption's brackets, over a pipe table.
    expect(figures(form("表1 2023年全市交通运输行政执法情况(单位:件)\n| 项目 | 2022年 | 2023年 |\n| 行政处罚案件 | 1,120 | 1,356 |\n| 行政复议案件 | 18 | 23 |\n"))).toEqual([
      ["enforcement.penaltyCases", "1120", "件", 2022],
      ["enforcement.penaltyCases", "1356", "件", 2023],
      ["reconsideration.cases", "18", "件", 2022],
      ["reconsideration.cases", "23", "件", 2023],
    ]);
    // A county's finance report: a line 单位:万元 between the title and a tab table; a row's own unit (件) comes first.
    expect(figures(form("表2 罚没收入情况\n单位:万元\n指标\t2022年\t2023年\n罚款金额\t56.2\t60.8\n行政处罚案件(件)\t120\t135\n"))).toEqual([
      ["enforcement.fineAmount", "562000", "元", 2022],
      ["enforcement.fineAmount", "608000", "元", 2023],
      ["enforcement.penaltyCases", "120", "件", 2022],
      ["enforcement.penaltyCases", "135", "件", 2023],
    ]);
    // pdftotext -layout: the unit at the right end of the title line, the table aligned with spaces.
    expect(figures(form("表3 行政复议应诉情况                   单位:件\n项目              2022年      2023年\n行政复议案件       45          52\n行政应诉案件       30          31\n"))).toEqual([
      ["reconsideration.cases", "45", "件", 2022],
      ["reconsideration.cases", "52", "件", 2023],
      ["litigation.cases", "30", "件", 2022],
      ["litigation.cases", "31", "件", 2023],
    ]);
  });

  it("takes no unit from a caption that names two, nor from words that end in 单位 (各单位)", () => {
    expect(figures("表1 执法情况(单位:件、万元)\n| 项目 | 2023年 |\n| 行政处罚案件 | 135 |\n")).toEqual([]);
    expect(figures(toFullWidth("各单位执法情况\n| 项目 | 2023年 |\n| 行政处罚案件 | 135 |\n"))).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads a header over two rows: a group header's words with the column's, the year of a group or of a row (%s punctuation)", (_, form) => {
    // A city's justice bureau: rows of years, 行政复议 and 行政诉讼 each over 收案 and 结案, the unit in the caption.
    const years = form("表2 行政复议和行政诉讼案件情况(单位:件)\n| 年度 | 行政复议 |  | 行政诉讼 |  |\n|  | 收案 | 结案 | 收案 | 结案 |\n| 2022年 | 45 | 43 | 30 | 28 |\n| 2023年 | 56 | 50 | 36 | 33 |\n");
    const read = (body: string) => parseReport(title + body).quantities.map((q) => [q.subject, q.value.toString(), q.unit, q.year ?? 2023]);
    expect(read(years)).toEqual([
      ["行政复议收案", "45", "件", 2022],
      ["行政复议结案", "43", "件", 2022],
      ["行政诉讼收案", "30", "件", 2022],
      ["行政诉讼结案", "28", "件", 2022],
      ["行政复议收案", "56", "件", 2023],
      ["行政复议结案", "50", "件", 2023],
      ["行政诉讼收案", "36", "件", 2023],
      ["行政诉讼结案", "33", "件", 2023],
    ]);
    // A county's report, tabs: rows of indicators, years over 收案 and 结案, a rate's column written over both lines.
    const groups = form("单位:件\n项目\t2022年\t\t2023年\t\t办结率(%)\n\t收案\t结案\t收案\t结案\t\n行政复议\t45\t43\t56\t50\t89.3\n");
    expect(read(groups)).toEqual([
      ["行政复议收案", "45", "件", 2022],
      ["行政复议结案", "43", "件", 2022],
      ["行政复议收案", "56", "件", 2023],
      ["行政复议结案", "50", "件", 2023],
      ["行政复议办结率", "89.3", "%", 2023],
    ]);
    // pdftotext -layout: the group header centred over its columns.
    const spaced = form("表2 行政复议和行政诉讼案件情况(单位:件)\n                  行政复议                  行政诉讼\n年度          收案        结案          收案        结案\n2022年         45          43            30          28\n2023年         56          50            36          33\n\n二、存在的不足\n");
    expect(read(spaced)).toEqual(read(years));
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads a web page's table whose header is over two rows with merged cells (%s punctuation)", (_, form) => {
    const html = form(
      "<html><body><p>某市司法局2023年法治政府建设年度报告</p><p>表2 行政复议和行政诉讼案件情况(单位:件)</p><table>" +
        "<tr><td rowspan=\"2\">年度</td><td colspan=\"2\">行政复议</td><td colspan=\"2\">行政诉讼</td></tr>" +
        "<tr><td>收案</td><td>结案</td><td>收案</td><td>结案</td></tr><tr><td>2022年</td><td>45</td><td>43</td><td>30</td><td>28</td></tr></table></body></html>",
    );
    expect(parseReport(html).quantities.map((q) => [q.subject, q.value.toString(), q.unit, q.year])).toEqual([
      ["行政复议收案", "45", "件", 2022],
      ["行政复议结案", "43", "件", 2022],
      ["行政诉讼收案", "30", "件", 2022],
      ["行政诉讼结案", "28", "件", 2022],
    ]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads a table whose rows are years: the column names the figure, the row its year (%s punctuation)", (_, form) => {
    const body = form("| 年度 | 行政处罚案件(件) | 罚款(万元) |\n| 2022年 | 120 | 56.2 |\n| 2023年度 | 135 | 60.8 |\n");
    expect(figures(body)).toEqual([
      ["enforcement.penaltyCases", "120", "件", 2022],
      ["enforcement.fineAmount", "562000", "元", 2022],
      ["enforcement.penaltyCases", "135", "件", 2023],
      ["enforcement.fineAmount", "608000", "元", 2023],
    ]);
    // A row without a label or a year names nothing: its figures are not read.
    expect(figures(form("| 年度 | 行政处罚案件(件) |\n|  | 120 |\n"))).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", toFullWidth],
  ])("reads a table whose rows are agencies: each row's figures its agency's, no indicator of the document; a 合计 row's the document's own (%s punctuation)", (_, form) => {
    const read = (body: string) => parseReport(title + body).quantities.map((q) => [q.indicator, q.subject, q.value.toString(), q.unit]);
    // A city government's summary of its districts, the unit in the caption, a total row written 合  计.
    const districts = form("表3 2023年各区县行政执法情况(单位:件)\n| 区县 | 行政处罚案件 | 行政复议案件 |\n| 城关区 | 320 | 12 |\n| 七里河区 | 280 | 9 |\n| 合  计 | 600 | 21 |\n");
    expect(read(districts)).toEqual([
      [null, "城关区行政处罚案件", "320", "件"],
      [null, "城关区行政复议案件", "12", "件"],
      [null, "七里河区行政处罚案件", "280", "件"],
      [null, "七里河区行政复议案件", "9", "件"],
      ["enforcement.penaltyCases", "行政处罚案件", "600", "件"],
      ["reconsideration.cases", "行政复议案件", "21", "件"],
    ]);
    // A provincial department's table of its bureaus aligned with spaces, no total row: none of its figures is the document's.
    const bureaus = form("部门                   行政许可(件)    罚没款(万元)\n省市场监管局执法总队      1,250           86.5\n省药品监管局              430             12.8\n");
    expect(read(bureaus)).toEqual([
      [null, "省市场监管局执法总队行政许可", "1250", "件"],
      [null, "省市场监管局执法总队罚没款", "865000", "元"],
      [null, "省药品监管局行政许可", "430", "件"],
      [null, "省药品监管局罚没款", "128000", "元"],
    ]);
  });

  it("reads no table from prose whose words stand two spaces apart now and then", () => {
    const base = figures("全年办理行政处罚案件120件。\n");
    expect(figures("全年办理行政处罚案件  120件，  同比增长  5%。\n共办理行政许可  800件。\n")).toEqual([
      ["enforcement.penaltyCases", "120", "件", 2023],
      ...figures("同比增长5%。\n"),
      ["licensing.decisions", "800", "件", 2023],
    ]);
    expect(base).toEqual([["enforcement.penaltyCases", "120", "件", 2023]]);
  });

  it("takes the unit from a unit column or a column header's brackets; a change column measures no indicator", () => {
    const body = "| 序号 | 指标 | 单位 | 上年 | 本年 | 同比增长（%） |\n| 1 | 行政处罚案件 | 件 | 800 | 856 | 7 |\n";
    expect(figures(body)).toEqual([
      ["enforcement.penaltyCases", "800", "件", 2022],
      ["enforcement.penaltyCases", "856", "件", 2023],
      [null, "7", "%", 2023],
    ]);
  });

  it("takes the unit from a unit column after the figures' (| 行政处罚案件 | 256 | 件 |)", () => {
    expect(figures("| 项目 | 数量 | 单位 |\n| 行政处罚案件 | 256 | 件 |\n| 罚款 | 12.5 | 万元 |\n")).toEqual([
      ["enforcement.penaltyCases", "256", "件", 2023],
      ["enforcement.fineAmount", "125000", "元", 2023],
    ]);
  });

  it("reads a label that opens with its row's number (1.行政处罚案件(件))", () => {
    expect(figures("| 指标 | 2022年 | 2023年 |\n| 1.行政处罚案件(件) | 800 | 856 |\n| 2、行政复议案件(件) | 18 | 23 |\n")).toEqual([
      ["enforcement.penaltyCases", "800", "件", 2022],
      ["enforcement.penaltyCases", "856", "件", 2023],
      ["reconsideration.cases", "18", "件", 2022],
      ["reconsideration.cases", "23", "件", 2023],
    ]);
  });

  it("gives an observation of the report's year's column, and of a later year's as a target; an earlier year's column stays a figure of its year", () => {
    const doc = parseReport(`${title}| 指标 | 2022年 | 2023年 | 2024年 |\n| 行政处罚案件（件） | 800 | 856 | 900 |\n`);
    // The report's own year's column is the report's figure (no year of its own).
    expect(doc.quantities.map((q) => [q.value.toString(), q.year ?? null])).toEqual([
      ["800", 2022],
      ["856", null],
      ["900", 2024],
    ]);
    expect(observationsOf(doc, "nanning").map((o) => [o.period, o.quantity.value.toString(), o.modality])).toEqual([
      [2023, "856", "actual"],
      [2024, "900", "target"],
    ]);
  });

  it("reads no figure from a cell without a unit anywhere, a row without a label, or prose", () => {
    expect(figures("| 指标 | 2022年 | 2023年 |\n| 行政处罚案件 | 800 | 856 |\n")).toEqual([]);
    expect(figures("| 1 | 2 | 3 |\n")).toEqual([]);
    expect(figures("行政处罚案件(件)共计856,同比有所增长。\n")).toEqual([]);
  });

  it("a table of units keeps its numbers' own units (856件), with the column's year", () => {
    expect(figures("| 指标 | 2022年 | 2023年 |\n| 行政处罚案件 | 800件 | 856件 |\n")).toEqual([
      ["enforcement.penaltyCases", "800", "件", 2022],
      ["enforcement.penaltyCases", "856", "件", 2023],
    ]);
  });

  it("in time linear in the table: 4,000 rows in about 4 times the time of 1,000", () => {
    const table = (rows: number) => `| 指标 | 2022年 | 2023年 |\n${"| 行政处罚案件（件） | 800 | 856 |\n".repeat(rows)}`;
    expect(growth((t: string) => extractQuantities(t), table(1000), table(4000))).toBeLessThan(10);
    const wide = (cells: number) => `行政处罚案件（件）${"\t".repeat(cells)}\t8\n`;
    expect(growth((t: string) => extractQuantities(t), wide(5000), wide(20000))).toBeLessThan(10);
    // A line of cells too long for a row: passed at once for all its numbers, not looked back along for each.
    const cells = (n: number) => `行政处罚案件（件）${"|1".repeat(n)}\n`;
    expect(growth((t: string) => extractQuantities(t), cells(5000), cells(20000))).toBeLessThan(10);
    const reader = (text: string) => {
      const read = tableCellReader(text, text, 2023);
      for (let i = 1; i < text.length; i += 2) read(i, i + 1);
    };
    expect(growth(reader, "|1".repeat(5000), "|1".repeat(20000))).toBeLessThan(10);
    // Each number of such a line costs what a number outside any table does (it cost 2,000 characters' look back).
    expect(growth(reader, "\n1".repeat(20000), "|1".repeat(20000))).toBeLessThan(10);
    // Blanks around a number are looked across once each, however long their runs (a table aligned with spaces).
    const blanks = (n: number) => `行政处罚案件(件)${"     1".repeat(n)}\n`;
    expect(growth((t: string) => extractQuantities(t), blanks(5000), blanks(20000))).toBeLessThan(10);
  });
});
