import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosure } from "../../../src/validate/disclosure/index.js";
import { dec, disclosureWidths, issuesOf, report, text } from "./disclosureReports.js";

const code = "disclosure.text.mismatch";

describe("disclosure.text.mismatch", () => {
  it("accepts a share rounded half-up or truncated to its decimals, and nothing else", () => {
    const d07 = report("d07");
    const share = (value: string) => ({
      ...d07,
      textFigures: [{ quote: "予以公开50件，占…", value: dec(value), unit: "%" as const, numerator: ["requests.granted.total"], denominator: ["requests.resultsTotal.total"] }],
    });
    // 50 / 95 = 52.6315…%
    for (const ok of ["52.63", "52.6", "53", "52.631", "52.632"]) expect(validateDisclosure(share(ok))).toEqual([]);
    for (const wrong of ["52.64", "52.5", "51"]) expect(validateDisclosure(share(wrong)).map((i) => i.code)).toEqual([code]);
  });

  it.each(disclosureWidths)("reports 均获维持 against pending cases (d01, read %s)", (_, form) => {
    const d01 = parseDisclosureReport(form(text("d01")));
    const upheld = issuesOf(code, d01, { locale: "zh" }).filter((i) => i.params["left"] === "0");
    expect(upheld.map((i) => i.params["right"])).toEqual(["≥2", "≥1"]);
    expect(upheld[0]?.message).toBe(form("正文“行政复议7件，诉讼9件，均获维持”所述0与表格数据≥2不一致"));
    expect(upheld[0]?.span).toBeDefined();
  });

  it.each(disclosureWidths)("stays silent where the text agrees with the tables (d04, d06, read %s)", (_, form) => {
    expect(issuesOf(code, parseDisclosureReport(form(text("d04"))))).toEqual([]);
    expect(issuesOf(code, parseDisclosureReport(form(text("d06"))))).toEqual([]);
  });
});
