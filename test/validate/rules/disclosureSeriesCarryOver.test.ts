import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosureSeries } from "../../../src/validate/disclosure/index.js";
import { dec, disclosureWidths, report, text, withRequestCells } from "./disclosureReports.js";

const code = "disclosure.series.carryOver";

describe("disclosure.series.carryOver", () => {
  it("finds a 上年结转 that is not the previous year's 结转下年度继续办理 (an error)", () => {
    const after = withRequestCells(report("d07"), "carriedOver", { 0: dec(2) });
    const issues = validateDisclosureSeries([report("d06"), after], { locale: "zh" }).filter((i) => i.code === code);
    expect(issues.map((i) => [i.severity, i.path.join(".")])).toEqual([["error", "1.requests.carriedOver.naturalPerson"]]);
    expect(issues[0]?.message).toBe("2024年“上年结转”（自然人）为2，但2023年“结转下年度继续办理”为0");
  });

  it.each(disclosureWidths)("stays silent across d06 → d07, whose carry-over is 0 → 0 (read %s)", (_, form) => {
    const [d06, d07] = [parseDisclosureReport(form(text("d06"))), parseDisclosureReport(form(text("d07")))];
    expect(validateDisclosureSeries([d07, d06]).filter((i) => i.code === code)).toEqual([]);
  });
});
