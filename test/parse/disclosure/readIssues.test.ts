import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Issue } from "../../../src/model/issue.js";
import { issueMessages } from "../../../src/model/issueMessages.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/parseDisclosureReport.js";
import { readIssue } from "../../../src/parse/disclosure/readIssues.js";

const codes = [
  "disclosure.cellsUnreadable",
  "disclosure.valueUnreadable",
  "disclosure.rowMissing",
  "disclosure.rowRepeated",
  "disclosure.rowUnknown",
  "disclosure.reportsJoined",
  "disclosure.tableMissing",
  "disclosure.templateUndetermined",
] as const;

describe("readIssue", () => {
  it("fills the message of its code in the locale asked for from the params", () => {
    const params = { table: "三", row: "一、本年新收政府信息公开申请数量", found: 3, expected: 7 };
    expect(readIssue("disclosure.cellsUnreadable", "warning", ["requests", "received"], params, "zh")).toEqual({
      code: "disclosure.cellsUnreadable",
      severity: "warning",
      path: ["requests", "received"],
      message: "表格三“一、本年新收政府信息公开申请数量”一行读到3个数值，应为7个，无法确定各列，按空白处理",
      params,
    });
    expect(readIssue("disclosure.tableMissing", "warning", ["reviews"], { table: "四" }, "en").message).toBe("Table 四 was not found; its cells are read as blank");
    expect(readIssue("disclosure.templateUndetermined", "info", ["template"], { template: "2021", year: 2022 }, "zh").message).toBe(
      "表格表头未表明模板版本，按报告年度2022判断为2021年格式",
    );
  });

  it("carries a span only when given one, and copies the path and params", () => {
    const path = ["requests"];
    const params = { table: "三", label: "其他" };
    const issue = readIssue("disclosure.rowUnknown", "info", path, params, "en", { start: 10, end: 14 });
    expect(issue.span).toEqual({ start: 10, end: 14 });
    expect("span" in readIssue("disclosure.rowUnknown", "info", path, params, "en")).toBe(false);
    expect(issue.path).not.toBe(path);
    expect(issue.params).not.toBe(params);
    expect(issue.params).toEqual(params);
  });

  it("is an Issue of the model, its message filled, for every code, locale and param value", () => {
    const param = fc.oneof(fc.string({ maxLength: 10 }).filter((s) => !s.includes("{")), fc.integer());
    const params = fc.record({ table: param, row: param, label: param, found: param, expected: param, template: param, year: param, cell: param, raw: param, reason: param, reasonZh: param, title: param });
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom("zh" as const, "en" as const), params, (code, locale, p) => {
        const issue = readIssue(code, "warning", ["x", 0], p, locale);
        expect(Issue.safeParse(issue).success).toBe(true);
        expect(issue.message).not.toMatch(/\{\w+\}/);
        expect(issue.message.length).toBeGreaterThanOrEqual(issueMessages[code][locale].replace(/\{\w+\}/g, "").length);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the reader's issues in the locale of the report parse", () => {
    const text = "2022年某某局政府信息公开工作年度报告\n一、总体情况\n本年度无。";
    const zh = parseDisclosureReport(text, { locale: "zh" }).issues.filter((i) => i.code === "disclosure.tableMissing");
    const en = parseDisclosureReport(text).issues.filter((i) => i.code === "disclosure.tableMissing");
    expect(zh.map((i) => i.message)).toEqual(["未找到表格二，各单元格按空白处理", "未找到表格三，各单元格按空白处理", "未找到表格四，各单元格按空白处理"]);
    expect(en.map((i) => i.path)).toEqual(zh.map((i) => i.path));
    expect(en[0]?.message).toBe("Table 二 was not found; its cells are read as blank");
  });
});
