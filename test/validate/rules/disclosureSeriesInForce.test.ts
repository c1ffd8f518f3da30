import { describe, expect, it } from "vitest";
import type { DisclosureReport } from "../../../src/model/disclosureReport.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosureSeries } from "../../../src/validate/disclosure/index.js";
import { dec, disclosureWidths, report, text } from "./disclosureReports.js";

const code = "disclosure.series.inForce";

describe("disclosure.series.inForce", () => {
  it("finds a 现行有效 that is not last year's plus 制发 minus 废止 (a warning)", () => {
    const after = report("d07");
    const active = { ...after.active, normativeDocuments: { issued: dec(3), repealed: dec(0), inForce: dec(9) } } as DisclosureReport["active"];
    const issues = validateDisclosureSeries([report("d06"), { ...after, active }], { locale: "zh" }).filter((i) => i.code === code);
    expect(issues.map((i) => [i.severity, i.path.join(".")])).toEqual([["warning", "1.active.normativeDocuments.inForce"]]);
    expect(issues[0]?.message).toBe("2024年行政规范性文件现行有效9件，按上年5件加制发3件减废止0件应为8件");
  });

  it.each(disclosureWidths)("stays silent across d06 → d07: 5 + 3 − 0 = 8 (read %s)", (_, form) => {
    const [d06, d07] = [parseDisclosureReport(form(text("d06"))), parseDisclosureReport(form(text("d07")))];
    expect(validateDisclosureSeries([d06, d07]).filter((i) => i.code === code)).toEqual([]);
  });
});
