import { describe, expect, it } from "vitest";
import { goldLikeFindings } from "../rules/disclosureReports.js";
import { Issue } from "../../../src/model/issue.js";
import { foldText } from "../../../src/parse/foldText.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosure, validateDisclosureSeries } from "../../../src/validate/disclosure/index.js";
import { validate } from "../../../src/validate/index.js";
import { disclosureGold, disclosureNames, disclosureText } from "../../helpers/disclosure.js";

const findings = goldLikeFindings;

function goldFindings(name: string): ReturnType<typeof goldLikeFindings> {
  return disclosureGold(name)
    .findings.map((f) => ({ rule: f.rule, cells: [...f.cells].sort().join(","), left: f.left ?? "", right: f.right ?? "" }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const d06 = () => parseDisclosureReport(disclosureText("d06_hongze_qu_zhengfu_xxgk_2023"));
const d07 = () => parseDisclosureReport(disclosureText("d07_hongze_qu_zhengfu_xxgk_2024"));

describe("validateDisclosure on the four shared reports", () => {
  for (const name of disclosureNames()) {
    it(`${name}: the findings are exactly the gold's`, () => {
      expect(findings(parseDisclosureReport(disclosureText(name)))).toEqual(goldFindings(name));
    });
    it(`${name}: the same findings on the text folded to ASCII`, () => {
      expect(findings(parseDisclosureReport(foldText(disclosureText(name))))).toEqual(goldFindings(name));
    });
  }

  it("names the cells in the issue path and writes messages in Chinese or English", () => {
    const zh = validateDisclosure(d06(), { locale: "zh" });
    expect(zh.map((i) => i.path)).toEqual([
      ["reviews", "reconsideration", "total"],
      ["reviews", "litigationAfterReconsideration", "total"],
    ]);
    expect(zh[0]?.message).toBe("表四“行政复议”：总计为0，维持、纠正、其他结果与尚未审结之和为11");
    expect(zh[0]?.severity).toBe("error");
    expect(validateDisclosure(d06())[0]?.message).toBe("Table 四, administrative reconsideration: the total is 0, upheld + corrected + other + pending is 11");
  });

  it("turns a rule off or changes its severity", () => {
    expect(validateDisclosure(d06(), { severity: { "disclosure.reviews.groupTotal": "off" } })).toEqual([]);
    expect(validateDisclosure(d06(), { severity: { "disclosure.reviews.groupTotal": "warning" } }).map((i) => i.severity)).toEqual(["warning", "warning"]);
  });

  it("gives issues of the Issue schema, from the reader and the checks", () => {
    for (const name of disclosureNames()) {
      const report = parseDisclosureReport(disclosureText(name));
      for (const issue of [...report.issues, ...validateDisclosure(report, { locale: "zh" })]) expect(Issue.safeParse(issue).success).toBe(true);
    }
    const broken = parseDisclosureReport("2022年某某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 2 3");
    expect(broken.issues.length).toBeGreaterThan(0);
    for (const issue of [...broken.issues, ...validateDisclosure(broken)]) expect(Issue.safeParse(issue).success).toBe(true);
  });

  it("is exported beside validate", () => {
    expect(typeof validate).toBe("function");
  });
});

describe("validateDisclosureSeries", () => {
  it("finds nothing across d06 → d07 (结转 0 → 0; 现行有效 5 + 3 − 0 = 8)", () => {
    expect(validateDisclosureSeries([d07(), d06()])).toEqual([]);
  });

  it("pairs only consecutive years of one agency", () => {
    const after = d07();
    const other = { ...after, agency: { ...after.agency, name: "某某县人民政府", divisionCode: null }, requests: { ...after.requests, carriedOver: after.requests.received } };
    expect(validateDisclosureSeries([d06(), other])).toEqual([]);
    const gap = { ...after, reportingYear: 2025, requests: { ...after.requests, carriedOver: after.requests.received } };
    expect(validateDisclosureSeries([d06(), gap])).toEqual([]);
  });

  it("leaves out what is not a report instead of throwing, and refuses what is not an array", () => {
    expect(validateDisclosureSeries([null, { reportingYear: 2021 }] as never)).toEqual([]);
    expect(() => validateDisclosureSeries(null as never)).toThrow(TypeError);
  });

  it("refuses a wrong option with a TypeError or RangeError naming it, as validate does", () => {
    const report = d06();
    expect(() => validateDisclosure(report, null as never)).toThrow(new TypeError("validateDisclosure: options must be an object"));
    expect(() => validateDisclosure(report, { locale: "fr" as never })).toThrow(new RangeError('validateDisclosure: option locale must be "zh" or "en", not "fr"'));
    expect(() => validateDisclosure(report, { severity: { "disclosure.cells.blank": "loud" as never } })).toThrow(RangeError);
    expect(() => validateDisclosure(report, { rules: {} as never })).toThrow(new TypeError("validateDisclosure: option rules must be an array of rule objects"));
    expect(() => validateDisclosure(report, { rules: [null as never] })).toThrow(new TypeError("validateDisclosure: option rules[0] must be a rule object"));
    expect(() => validateDisclosureSeries([report], { seriesRules: [{ code: "x" } as never] })).toThrow(/validateDisclosureSeries: option seriesRules\[0\]/);
    const throwing = Object.defineProperty({}, "locale", { get: () => { throw new Error("boom"); } });
    expect(() => validateDisclosure(report, throwing)).toThrow(new TypeError("validateDisclosure: the options could not be read (boom)"));
    // A severity switched off is still honoured.
    expect(validateDisclosure(report, { severity: { "disclosure.cells.blank": "off" } }).some((i) => i.code === "disclosure.cells.blank")).toBe(false);
  });
});

describe("validateDisclosure on what is not a report", () => {
  it("throws a TypeError saying what it expects, where every rule failed with an internal message", () => {
    expect(() => validateDisclosure({} as never)).toThrow(new TypeError("validateDisclosure expects a report of parseDisclosureReport (with its tables active, requests and reviews), not an object without them"));
    expect(() => validateDisclosure(null as never)).toThrow(new TypeError("validateDisclosure expects a report of parseDisclosureReport (with its tables active, requests and reviews), not null"));
    expect(() => validateDisclosure([] as never)).toThrow(TypeError);
  });
});
