import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../src/parse/disclosure/parseDisclosureReport.js";
import { displayWidth } from "../../src/parse/displayWidth.js";
import { disclosureSummary } from "../../src/render/disclosureSummary.js";
import { disclosureSummaryToMarkdown } from "../../src/render/disclosureToMarkdown.js";
import { validateDisclosure } from "../../src/validate/disclosure/validateDisclosure.js";
import { disclosureNames, disclosureText } from "../helpers/disclosure.js";

const name = disclosureNames()[0] ?? "";
const report = parseDisclosureReport(disclosureText(name), { document: `${name}.txt`, locale: "zh" });
const summary = disclosureSummary(report, validateDisclosure(report, { locale: "zh" }));

describe("disclosureSummaryToMarkdown", () => {
  it("aligns each table's columns by display width, Chinese counting two", () => {
    const md = disclosureSummaryToMarkdown(summary);
    const table = md.split("\n### ")[1]?.split("\n").filter((l) => l.startsWith("|")) ?? [];
    expect(table.length).toBeGreaterThan(2);
    const widths = new Set(table.map(displayWidth));
    expect(widths.size).toBe(1);
  });

  it("writes headings and counts in the locale asked", () => {
    const zh = disclosureSummaryToMarkdown(summary);
    const en = disclosureSummaryToMarkdown(summary, { locale: "en" });
    expect(zh).toContain("### 检查结果");
    expect(en).toContain("### Findings");
    const c = summary.counts;
    expect(en.trimEnd().endsWith(`${c.error} errors, ${c.warning} warnings, ${c.info} infos`)).toBe(true);
  });

  it("says when there are no findings and escapes pipes in the title", () => {
    const md = disclosureSummaryToMarkdown({ ...summary, title: "甲|乙", findings: [] }, { locale: "en" });
    expect(md).toContain("No findings.");
    expect(md).toContain("甲\\|乙");
  });
});
