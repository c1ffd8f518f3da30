import { describe, expect, it } from "vitest";
import { ParsedDocument } from "../../src/model/parsedDocument.js";
import type { ParsedReport } from "../../src/model/parsedReport.js";
import { parseReport } from "../../src/parse/index.js";

// ParsedReport is a contract with no code of its own: what parseReport gives, with `text` and
// `issues` always set. These tests hold parseReport to it.
describe("ParsedReport", () => {
  it("carries the text that was read, which every span refers to", () => {
    const doc: ParsedReport = parseReport("道外区2021年法治政府建设情况报告\n全年办理行政复议案件33件。");
    const q = doc.quantities[0];
    expect(doc.text.slice(q?.span?.start, q?.span?.end)).toBe("33件");
    for (const quantity of doc.quantities) {
      if (quantity.span) expect(doc.text.slice(quantity.span.start, quantity.span.end)).toBe(quantity.number);
    }
  });

  it("has issues, empty when everything was read cleanly", () => {
    const doc: ParsedReport = parseReport("道外区2021年法治政府建设情况报告\n全年办理行政复议案件33件。");
    expect(Array.isArray(doc.issues)).toBe(true);
    expect(doc.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("is a ParsedDocument wherever one is expected, and a valid one", () => {
    const doc: ParsedReport = parseReport("某县2021年法治政府建设工作要点\n1.推进立法。(责任单位:县司法局)\n力争办结率达到100%。");
    const asDocument: ParsedDocument = doc;
    const result = ParsedDocument.safeParse(JSON.parse(JSON.stringify(asDocument)));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    if (result.success) expect(result.data.text).toBe(doc.text);
  });

  it("keeps text and issues set for text it cannot read", () => {
    for (const source of ["", "\u0000\uffff", "。。。"]) {
      const doc: ParsedReport = parseReport(source);
      expect(typeof doc.text).toBe("string");
      expect(Array.isArray(doc.issues)).toBe(true);
    }
  });
});
