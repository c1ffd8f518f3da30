// The default lists of disclosure rules (src/validate/disclosure/disclosureRules.ts): every disclosure rule of
// src/validate/rules is in one of them once, with a code, a severity and a message in each language.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { disclosureRules, disclosureSeriesRules } from "../../../src/validate/disclosure/disclosureRules.js";
import { validateDisclosure, validateDisclosureSeries } from "../../../src/validate/disclosure/validateDisclosure.js";
import { defaultRules } from "../../../src/validate/rules/index.js";
import { report } from "../rules/disclosureReports.js";

const all = [...disclosureRules, ...disclosureSeriesRules];
const rulesDir = new URL("../../../src/validate/rules/", import.meta.url);

describe("disclosureRules and disclosureSeriesRules", () => {
  it("hold every rule file of src/validate/rules that exports a disclosure rule, once", () => {
    const files = readdirSync(rulesDir).filter((f) => f.startsWith("disclosure") && /export const disclosure\w+: Disclosure(Series)?Rule\b/.test(readFileSync(new URL(f, rulesDir), "utf8")));
    expect(files.length).toBe(all.length);
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
  });

  it("have codes under disclosure., series rules under disclosure.series., none of them among the document rules", () => {
    for (const rule of disclosureRules) expect(rule.code).toMatch(/^disclosure\.(?!series\.)[a-z]+\.[a-zA-Z]+$/);
    expect(disclosureSeriesRules.map((r) => r.code)).toEqual(["disclosure.series.carryOver", "disclosure.series.inForce"]);
    const documentCodes = new Set(defaultRules.map((r) => r.code));
    expect(all.filter((r) => documentCodes.has(r.code))).toEqual([]);
    expect(disclosureRules.map((r) => r.code)).toContain("disclosure.requests.balance");
  });

  it("each have a severity and a message in Chinese and in English", () => {
    for (const rule of all) {
      expect(["error", "warning", "info"], rule.code).toContain(rule.severity);
      expect(rule.messages.zh, rule.code).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.messages.en, rule.code).toMatch(/[A-Za-z]{3}/);
      expect(rule.messages.en, rule.code).not.toBe(rule.messages.zh);
    }
  });

  it("leave no placeholder of their messages unfilled on the shared reports, in either language", () => {
    const d06 = report("d06");
    const d07 = report("d07");
    const changed = { ...d07, requests: { ...d07.requests, carriedOver: d07.requests.received } };
    for (const locale of ["zh", "en"] as const) {
      const issues = [
        ...(["d01", "d04", "d06", "d07"] as const).flatMap((name) => validateDisclosure(report(name), { locale })),
        ...validateDisclosureSeries([d06, changed], { locale }),
      ];
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.message, issue.code).not.toMatch(/\{\w+\}/);
    }
  });
});
