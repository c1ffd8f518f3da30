// A report is closed by its 落款: the signing agency and the date, on lines of their own. A report without one
// passed validate silently; an excerpt (a text cut mid-sentence) may have lost its 落款 with its end, and is not flagged.
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { corpusNames, corpusText } from "../../helpers/corpus.js";
import { agency, doc, widths } from "./documents.js";

const findings = (value: unknown, locale: "zh" | "en" = "zh") => validate(value, { locale }).filter((i) => i.code === "metadata.missingSignature");

const body = [
  "某市生态环境局2023年法治政府建设年度报告",
  "2023年,我局深入学习贯彻习近平法治思想,扎实推进法治政府建设,现将有关情况报告如下。",
  "一、主要举措和成效",
  "(一)严格规范行政执法。全年办理行政处罚案件126件,罚款金额835.6万元,行政执法案卷评查合格率100%。",
  "(二)强化行政复议应诉。全年发生行政复议案件3件、行政诉讼案件2件,行政机关负责人出庭应诉率100%。",
  "二、存在的不足和下一步打算",
  "执法人员专业能力有待提升。2024年,我局将进一步加强执法队伍建设,不断提高依法行政水平。",
].join("\n");

describe("metadata.missingSignature", () => {
  it.each(widths)("flags a whole annual report with no 落款 at its end (in %s)", (_, form) => {
    const issues = findings(parseReport(form(`${body}\n`)));
    expect(issues.map((i) => [i.severity, i.path])).toEqual([["warning", ["dates", "signed"]]]);
    expect(issues[0]?.message).toBe("年度报告末尾未找到落款（署名机关和成文日期）");
    expect(findings(parseReport(form(body)), "en")[0]?.message).toBe("No 落款 (the signing agency and date) was found at the end of the annual report");
  });

  it.each(widths)("flags it under a page's footer lines too: 打印本页, a page number (in %s)", (_, form) => {
    expect(findings(parseReport(form(`${body}\n\n打印本页 关闭窗口\n- 3 -\n`)))).toHaveLength(1);
    expect(findings(parseReport(form(`${body.replace(/。$/, "。”")}\n`)))).toHaveLength(1);
  });

  it.each(widths)("stays silent on a report signed at its end, in either form of the date (in %s)", (_, form) => {
    for (const signature of ["某市生态环境局\n2024年1月25日", "某市生态环境局\n\n    2024年1月25日\n\n打印本页 关闭窗口", "某市生态环境局\n二〇二四年一月二十五日", "某市生态环境局\n2024225", "某市生态环境局 2024年1月25日", "某市生态环境局\n(2024年1月25日)"]) {
      expect(findings(parseReport(form(`${body}\n\n${signature}\n`))), signature).toEqual([]);
    }
  });

  it.each(widths)("stays silent on a text cut mid-sentence, whose 落款 may be in the part not given (in %s)", (_, form) => {
    for (const cut of [body.slice(0, -12), `${body.slice(0, -30)}\n\n打印本页`, `${body}\n三、2024年工作打算\n(一)持续深化`]) {
      expect(findings(parseReport(form(cut))), cut.slice(-20)).toEqual([]);
    }
  });

  it("stays silent on a work plan, on a text of which nothing was read, and on what is not a parsed document", () => {
    const plan = "某县2024年法治政府建设工作要点\n一、推进依法行政\n1.健全规范性文件备案审查制度。(责任单位:县司法局)\n";
    expect(findings(parseReport(plan))).toEqual([]);
    expect(findings(parseReport(""))).toEqual([]);
    expect(findings(parseReport("春眠不觉晓，处处闻啼鸟。"))).toEqual([]);
    expect(findings(agency)).toEqual([]);
    expect(findings({ id: "r", agencyId: "a", year: 2021, dates: { signed: null, published: null }, observations: [] })).toEqual([]);
  });

  it("reads the fields the parser stored: no 落款 date, and the text not cut short", () => {
    const unsigned = { signed: null, signedRaw: null, published: "2022-02-20", publishedRaw: "2022-02-20" };
    expect(findings(doc({ dates: unsigned }))).toHaveLength(1);
    expect(findings(doc({ dates: { ...unsigned, cutShort: true } }))).toEqual([]);
    // A malformed date in the 落款 is a 落款 (date.malformed tells of it).
    expect(findings(doc({ dates: { ...unsigned, signedRaw: "2022225" } }))).toEqual([]);
  });

  it("flags the one report of the corpus without a 落款 (001, whose gold says so), none of the others", () => {
    const flagged = corpusNames().filter((name) => findings(parseReport(corpusText(name))).length > 0);
    expect(flagged.map((name) => name.slice(0, 3))).toEqual(["001"]);
  });
});
