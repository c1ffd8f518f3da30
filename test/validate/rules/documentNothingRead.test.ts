import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { agency, doc, widths } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "document.nothingRead");

describe("document.nothingRead", () => {
  it("flags an empty text, white space, and a text that is no report (a poem, the license)", () => {
    const license = readFileSync(new URL("../../../LICENSE", import.meta.url), "utf8");
    for (const text of ["", " \n\u3000\n", "春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。", license]) {
      expect(findings(parseReport(text)).map((i) => [i.severity, i.path])).toEqual([["warning", []]]);
    }
    expect(validate(parseReport(""), { locale: "zh" }).find((i) => i.code === "document.nothingRead")?.message).toBe("未读出标题、机关、年度、数据或任务：文本为空，或不是法治政府建设年度报告或工作计划");
  });

  it.each(widths)("stays silent when anything was read: a title, an agency or its kind alone, a year, a figure (in %s)", (_, form) => {
    const texts = ["某县2021年法治政府建设情况报告", "哈尔滨市交通运输局\n坚持依法行政。", "今年以来,我局坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政,不断提升执法水平。", "2021年以来,持续推进依法行政。", "办理行政处罚案件12件。"];
    for (const text of texts) {
      expect(findings(parseReport(form(text))), text).toEqual([]);
    }
  });

  it("stays silent on a task of a plan, and on what is not a parsed document", () => {
    expect(findings(doc({ documentKind: "work-plan", tasks: [{ number: "1", section: "", title: "执法", responsibleUnits: ["法规科"], targets: [] }] }))).toEqual([]);
    expect(findings(agency)).toEqual([]);
    expect(findings([])).toEqual([]);
  });
});
