import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnnualReport, AnnualReportSections } from "../../src/model/annualReport.js";
import { Decimal } from "../../src/model/decimal.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";
import * as arb from "./arbitraries.js";

const daowai = {
  agency: { id: "daowai", name: "哈尔滨市道外区人民政府", kind: "government", level: "county", sector: null, divisionCode: "230104" },
  reportingYear: 2021,
  title: "道外区2021年法治政府建设情况报告",
  dates: { signed: "2022-02-25", published: "2022-03-15" },
  sections: {},
  observations: [],
} as const;

const fines = {
  agency: "daowai",
  indicator: "enforcement.fineAmount",
  period: 2021,
  quantity: { value: "1210000", unit: "元", qualifier: "exact" },
  modality: "actual",
  attribution: "own",
} as const;

const refusedAt = (input: unknown): string[] => (AnnualReport.safeParse(input).error?.issues ?? []).map((i) => i.path.join("."));

describe("AnnualReportSections", () => {
  it("holds any of the five statutory sections, none required", () => {
    expect(AnnualReportSections.parse({})).toEqual({});
    const sections = {
      measuresAndResults: { heading: "一、主要举措和成效", text: "……" },
      shortcomingsAndCauses: { heading: "二、存在的不足和原因", text: "……" },
      firstResponsibleDuty: { heading: "三、党政主要负责人履行推进法治建设第一责任人职责情况", text: "……", span: { start: 40, end: 90 } },
      nextYearPlan: { heading: "四、2022年工作打算", text: "……" },
      other: { heading: "五、其他需要报告的事项", text: "" },
    };
    expect(AnnualReportSections.parse(sections)).toEqual(sections);
  });

  it("leaves a missing section out: present as undefined is refused, an unknown section dropped", () => {
    expect(AnnualReportSections.safeParse({ other: undefined }).error?.issues[0]?.path).toEqual(["other"]);
    expect(AnnualReportSections.parse({ overview: { heading: "概述", text: "……" } })).toEqual({});
  });

  it("refuses a section without its heading or text", () => {
    expect(AnnualReportSections.safeParse({ other: { heading: "五、其他" } }).error?.issues[0]?.path).toEqual(["other", "text"]);
  });
});

describe("AnnualReport", () => {
  it("accepts a report with no sections nor figures, and with a figure whose value it reads as a Decimal", () => {
    expect(AnnualReport.parse(daowai)).toEqual(daowai);
    const report = AnnualReport.parse({ ...daowai, observations: [fines] });
    expect(report.observations[0]?.quantity.value).toBeInstanceOf(Decimal);
    expect(report.observations[0]?.quantity.value.toString()).toBe("1210000");
  });

  it("takes a title of null when the report has none, but never a missing one", () => {
    expect(AnnualReport.parse({ ...daowai, title: null }).title).toBeNull();
    const { title: _, ...untitled } = daowai;
    expect(refusedAt(untitled)).toEqual(["title"]);
  });

  it("takes a reporting year of 1949 to 2100, a whole number", () => {
    expect(AnnualReport.parse({ ...daowai, reportingYear: 1949 }).reportingYear).toBe(1949);
    expect(AnnualReport.parse({ ...daowai, reportingYear: 2100 }).reportingYear).toBe(2100);
    for (const year of [1948, 2101, 2021.5, "2021", 21]) expect(refusedAt({ ...daowai, reportingYear: year }), String(year)).toEqual(["reportingYear"]);
  });

  it("refuses wrong parts at their paths: the agency, the dates, a figure", () => {
    expect(refusedAt({ ...daowai, agency: { ...daowai.agency, divisionCode: "2301" } })).toEqual(["agency.divisionCode"]);
    expect(refusedAt({ ...daowai, dates: { signed: "2022年2月25日", published: null } })).toEqual(["dates.signed"]);
    expect(refusedAt({ ...daowai, observations: [fines, { ...fines, indicator: "enforcement.fines" }] })).toEqual(["observations.1.indicator"]);
  });

  it("round-trips through JSON (property)", () => {
    fc.assert(fc.property(arb.annualReport, (value) => expectJsonRoundTrip(AnnualReport, value)), { numRuns: 150 });
  });
});
