import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { disclosureWidths, issuesOf, text } from "./disclosureReports.js";

const code = "disclosure.document.late";

describe("disclosure.document.late", () => {
  it.each(disclosureWidths)("finds a late report: departments by 1月31日, governments by 3月31日, configurable (d01, read %s)", (_, form) => {
    const d01 = parseDisclosureReport(form(text("d01")));
    expect(issuesOf(code, d01)).toEqual([]);
    const asDepartment = { ...d01, agency: { ...d01.agency, kind: "department" as const }, dates: { ...d01.dates, published: "2020-02-01" } };
    expect(issuesOf(code, asDepartment).map((i) => i.params["deadline"])).toEqual(["2020-01-31"]);
    expect(issuesOf(code, asDepartment, { departmentPublishBy: "03-01" })).toEqual([]);
    const government = { ...asDepartment, agency: { ...d01.agency, kind: "government" as const } };
    expect(issuesOf(code, government)).toEqual([]);
    const signedLate = { ...government, dates: { ...d01.dates, published: null, signed: "2020-04-02" } };
    expect(issuesOf(code, signedLate).map((i) => i.path)).toEqual([["dates", "signed"]]);
  });
});
