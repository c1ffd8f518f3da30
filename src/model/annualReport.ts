import * as z from "zod";
import { Agency } from "./agency.js";
import { DocumentDates } from "./documentDates.js";
import { Observation } from "./observation.js";
import { ReportSection } from "./reportSection.js";
import { ReportingYear } from "./reportingYear.js";

/**
 * Schema of the five statutory sections of an annual report; a section the
 * report does not have is left out (a validator can flag it).
 *
 * @example
 * ```ts
 * AnnualReportSections.parse({ measuresAndResults: { heading: "一、主要举措和成效", text: "……" } });
 * ```
 */
export const AnnualReportSections = /* @__PURE__ */ z.object({
  measuresAndResults: ReportSection.exactOptional(),
  shortcomingsAndCauses: ReportSection.exactOptional(),
  firstResponsibleDuty: ReportSection.exactOptional(),
  nextYearPlan: ReportSection.exactOptional(),
  other: ReportSection.exactOptional(),
});

/**
 * The statutory sections of an annual report.
 *
 * @example
 * ```ts
 * const sections: AnnualReportSections = {};
 * ```
 */
export interface AnnualReportSections extends z.infer<typeof AnnualReportSections> {}

/**
 * Schema of an annual report on rule-of-law government building
 * (法治政府建设年度报告): the reporting agency, the year reported on (not the
 * year published), title, signing and publication dates, the five statutory
 * sections, and the figures it states.
 *
 * @example
 * ```ts
 * const report = AnnualReport.parse({
 *   agency: {
 *     id: "daowai", name: "哈尔滨市道外区人民政府", kind: "government",
 *     level: "county", sector: null, divisionCode: "230104",
 *   },
 *   reportingYear: 2021,
 *   title: "道外区2021年法治政府建设情况报告",
 *   dates: { signed: "2022-02-25", published: "2022-03-15" },
 *   sections: {},
 *   observations: [],
 * });
 * ```
 */
export const AnnualReport = /* @__PURE__ */ z.object({
  agency: Agency,
  reportingYear: ReportingYear,
  title: z.string().nullable(),
  dates: DocumentDates,
  sections: AnnualReportSections,
  observations: z.array(Observation),
});

/**
 * An annual report on rule-of-law government building.
 *
 * @example
 * ```ts
 * function isLate(report: AnnualReport): boolean {
 *   return (report.dates.published ?? "9999") > `${report.reportingYear + 1}-04-01`;
 * }
 * ```
 */
export interface AnnualReport extends z.infer<typeof AnnualReport> {}
