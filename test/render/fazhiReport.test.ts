import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseReport } from "../../src/parse/parseReport.js";
import { fazhiReport } from "../../src/render/fazhiReport.js";
import { validationReport } from "../../src/render/validationReport.js";

const a = parseReport("哈尔滨市交通运输局2020年度法治政府建设情况报告\n一、主要举措\n全年罚款121万元，办理案件152件。", { document: "a.txt" });
const b = parseReport("某某区人民政府2021年法治政府建设工作情况报告\n办理行政处罚案件800件。", { document: "b.txt" });

describe("fazhiReport", () => {
  it("summarises each document in order and gathers the same issues as validationReport", () => {
    const report = fazhiReport([a, b]);
    expect(report.summaries.map((s) => s.document)).toEqual(["a.txt", "b.txt"]);
    expect(report.validation).toEqual(validationReport([a, b]));
  });

  it("writes issues in the locale asked", () => {
    expect(fazhiReport([a, b], { locale: "en" }).validation).toEqual(validationReport([a, b], { locale: "en" }));
  });

  it("reports nothing for no documents", () => {
    const report = fazhiReport([]);
    expect(report.summaries).toEqual([]);
    expect(report.validation).toEqual({ documents: [], counts: { error: 0, warning: 0, info: 0 } });
    expect(report.comparison.years).toEqual([]);
  });
});

describe("fazhiReport on documents without names, or of one name", () => {
  const text = (n: string) => readFileSync(new URL(`../../examples/reports/${n}`, import.meta.url), "utf8");
  const haerbin = text("000_6abc9caa6ce6874c.txt");
  const haishu = text("001_7212b651b1212873.txt");

  it("reads documents parsed without a name (the README's first example), each its own agency", () => {
    const report = fazhiReport([parseReport(haerbin), parseReport(haishu)]);
    expect(report.comparison.agencies.map((agency) => agency.id).sort()).toEqual(["#1", "#2"]);
  });

  it("keeps two documents of one name two agencies, and a name no other document has as it is", () => {
    const report = fazhiReport([parseReport(haerbin, { document: "report.txt" }), parseReport(haishu, { document: "report.txt" }), parseReport(haerbin, { document: "other.txt" })]);
    expect(report.comparison.agencies.map((agency) => agency.id).sort()).toEqual(["other.txt", "report.txt#1", "report.txt#2"]);
    expect(report.comparison.agencies.map((agency) => agency.name).sort()).toEqual(["哈尔滨市交通运输局", "哈尔滨市交通运输局", "宁波市海曙区交通运输局"]);
  });
});

describe("fazhiReport on one agency's reports of several years", () => {
  const haerbin2020 = readFileSync(new URL("../../examples/reports/000_6abc9caa6ce6874c.txt", import.meta.url), "utf8");
  // The same bureau's report a year later, with other fines.
  const haerbin2021 = haerbin2020.replaceAll("2020", "2021").replace("2021年2月23日", "2022年2月23日").replace("罚款121万元", "罚款150万元");

  it("takes them for one agency, so that its years are compared (they were two agencies of one year each, and no change was shown)", () => {
    const report = fazhiReport([parseReport(haerbin2020, { document: "hrb_2020.txt" }), parseReport(haerbin2021, { document: "hrb_2021.txt" })]);
    expect(report.comparison.agencies.map((agency) => [agency.id, agency.name])).toEqual([["hrb_2020.txt", "哈尔滨市交通运输局"]]);
    const fines = report.comparison.yearOverYear.rows.find((row) => row.cells["indicator"]?.value === "enforcement.fineAmount");
    const difference = fines?.cells["difference"];
    expect(difference?.kind === "estimate" && [fines?.cells["year"]?.value, difference.value.toString(), difference.unit]).toEqual([2021, "290000", "元"]);
  });

  it("keeps a second report of one agency and year an agency of its own, as before", () => {
    const report = fazhiReport([
      parseReport(haerbin2020, { document: "a.txt" }),
      parseReport(haerbin2020, { document: "b.txt" }),
      parseReport(haerbin2021, { document: "c.txt" }),
    ]);
    expect(report.comparison.agencies.map((agency) => agency.id)).toEqual(["a.txt", "b.txt"]);
  });
});
