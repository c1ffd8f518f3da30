import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/model/issue.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { documentIssues, validationReport } from "../../src/render/validationReport.js";

const text = `某某局2021年法治政府建设情况报告\n一、主要举措\n全年罚款121万元。\n${"长".repeat(100)}`;
const doc = parseReport(text, { document: "a.txt" });
const at = (start: number, end: number, severity: Issue["severity"]): Issue => ({ code: "test.issue", severity, path: ["quantities", 0], message: "m", params: {}, span: { start, end } });

describe("documentIssues", () => {
  it("places each issue at line:column, quotes it and sorts by place", () => {
    const fine = text.indexOf("121万元");
    const long = text.lastIndexOf("\n") + 1;
    const r = documentIssues(doc, [at(long, text.length, "info"), at(fine, fine + 5, "error")]);
    expect(r.document).toBe("a.txt");
    expect(r.counts).toEqual({ error: 1, warning: 0, info: 1 });
    expect(r.issues[0]).toMatchObject({ severity: "error", line: 3, column: 5, quote: "121万元", path: "quantities.0" });
    // A quote is cut to 80 characters (counting Chinese characters as one) with an ellipsis.
    expect(r.issues[1]?.line).toBe(4);
    expect([...(r.issues[1]?.quote ?? "")]).toHaveLength(80);
    expect(r.issues[1]?.quote?.endsWith("…")).toBe(true);
  });

  it("has no place nor quote for an issue without a span", () => {
    const { span: _, ...bare } = at(0, 1, "warning");
    const r = documentIssues(doc, [bare]);
    expect(r.issues[0]).toMatchObject({ line: null, column: null, quote: null });
    expect(r.counts.warning).toBe(1);
  });

  it("counts nothing for no issues", () => {
    expect(documentIssues(doc, [])).toMatchObject({ counts: { error: 0, warning: 0, info: 0 }, issues: [] });
  });
});

describe("validationReport", () => {
  it("keeps the documents' order and sums their counts", () => {
    const other = parseReport("无关文字", { document: "b.txt" });
    const r = validationReport([doc, other]);
    expect(r.documents.map((d) => d.document)).toEqual(["a.txt", "b.txt"]);
    for (const s of ["error", "warning", "info"] as const) expect(r.counts[s]).toBe(r.documents.reduce((n, d) => n + d.counts[s], 0));
    expect(validationReport([])).toEqual({ documents: [], counts: { error: 0, warning: 0, info: 0 } });
  });

  it("writes messages in the locale asked", () => {
    const name = "000_6abc9caa6ce6874c.txt";
    const real = parseReport(readFileSync(new URL(`../../examples/reports/${name}`, import.meta.url), "utf8"), { document: name });
    const zh = validationReport([real]).documents[0]?.issues ?? [];
    const en = validationReport([real], { locale: "en" }).documents[0]?.issues ?? [];
    expect(en.map((i) => i.code)).toEqual(zh.map((i) => i.code));
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.some((i, k) => i.message !== en[k]?.message)).toBe(true);
  });
});
