import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Rule,
  defaultRules,
  parseReport,
  validate,
} from "../../src/index.js";
import { renderMessage } from "../../src/model/index.js";
import { formatIssues } from "../../src/render/index.js";
import { doc } from "./rules/documents.js";

const agency = { id: "a", name: "某县交通运输局", kind: "department", level: "county", sector: "transport", divisionCode: "230104" };
const obs = (indicator: string, value: string, unit: string, extra: Record<string, unknown> = {}) => ({
  agency: "a",
  indicator,
  period: 2021,
  quantity: { value, unit, qualifier: "exact" },
  modality: "actual",
  attribution: "own",
  ...extra,
});
const codes = (value: unknown, options = {}) => validate(value, options).map((i) => i.code);


describe("date rules", () => {
  it("pass a report signed and published on time", () => {
    expect(codes(doc({}))).toEqual([]);
  });

  it("flag each kind of date problem", () => {
    expect(codes(doc({ dates: { signed: "2021-12-31", signedRaw: null, published: "2022-02-20", publishedRaw: null } }))).toEqual([
      "date.signedBeforePeriodEnd",
    ]);
    expect(codes(doc({ dates: { signed: "2022-02-10", signedRaw: null, published: "2022-02-01", publishedRaw: null } }))).toEqual([
      "date.publishedBeforeSigned",
    ]);
    expect(codes(doc({ dates: { signed: "2022-03-05", signedRaw: null, published: "2022-03-10", publishedRaw: null } }))).toEqual([
      "date.reportLate",
    ]);
    expect(codes(doc({ dates: { signed: "2022-01-05", signedRaw: null, published: "2022-04-20", publishedRaw: null } }))).toEqual([
      "date.reportLate",
      "date.publishedLongAfterSigned",
    ]);
    // A malformed date is the parser's finding, carried in the document's issues and given again by validate.
    const malformed = doc({ dates: { signed: "2022-02-25", signedRaw: "2022225", published: null, publishedRaw: null } });
    expect(codes(malformed)).toEqual([]);
    const found = parseReport("某局2021年法治政府建设情况报告\n正文\n某局\n2022225\n").issues ?? [];
    expect(codes({ ...malformed, issues: found })).toEqual(["date.malformed"]);
    expect(validate({ ...malformed, issues: found }, { locale: "zh" })[0]?.message).toBe("日期“2022225”书写不规范，按2022-02-25理解");
    expect(codes({ ...malformed, issues: found }, { severity: { "date.malformed": "off" } })).toEqual([]);
  });

  it("let a government's report be signed after 1 March, and take deadlines as options", () => {
    const government = doc({
      agency: { name: null, kind: "government", level: "county", sector: null, region: null, divisionCode: "230104" },
      dates: { signed: "2022-03-20", signedRaw: null, published: "2022-03-25", publishedRaw: null },
    });
    expect(codes(government)).toEqual([]);
    expect(codes(government, { publishBy: "03-15" })).toEqual(["date.reportLate"]);
    expect(codes(doc({ dates: { signed: "2022-01-05", signedRaw: null, published: "2022-03-01", publishedRaw: null } }), { maxDaysToPublish: 30 })).toEqual([
      "date.publishedLongAfterSigned",
    ]);
  });
});

describe("quantity rules", () => {
  it("flag rates out of range, units that do not fit, negative and fractional counts", () => {
    const observations = [
      obs("litigation.lossRate", "120", "%"),
      obs("enforcement.fineAmount", "3", "件"),
      obs("enforcement.penaltyCases", "-2", "件"),
      obs("enforcement.inspections", "3.5", "次"),
      obs("enforcement.penaltyCases", "7", "件", { agency: "b" }),
    ];
    expect(codes(observations)).toEqual([
      "quantity.rateOutOfRange",
      "quantity.unitMismatch",
      "quantity.negativeCount",
      "quantity.nonIntegerCount",
    ]);
  });

  it("do not take a growth figure over 100% for a rate", () => {
    const parsed = parseReport("电子证照增加150%。");
    expect(codes(parsed)).toEqual([]);
  });
});

describe("consistency rules", () => {
  it("check a rate against its parts in text, beyond rounding only", () => {
    expect(codes(parseReport("共有车辆1417辆,上线车辆1216辆,上线率为85.98%。"))).toContain("consistency.rateVsParts");
    expect(codes(parseReport("共有车辆1417辆,上线车辆1216辆,上线率为85.82%。"))).not.toContain("consistency.rateVsParts");
    expect(codes(parseReport("共有车辆1417辆,上线车辆1216辆,上线率为85.8%。"))).not.toContain("consistency.rateVsParts");
  });

  it("check a rate against its catalog components among observations", () => {
    const rate = [obs("litigation.cases", "40", "件"), obs("litigation.lost", "3", "件"), obs("litigation.lossRate", "5", "%")];
    expect(codes(rate)).toEqual(["consistency.rateVsParts"]);
    expect(codes([...rate.slice(0, 2), obs("litigation.lossRate", "7.5", "%")])).toEqual([]);
  });

  it("flag parts after 其中 that exceed their total, not parts that fall short", () => {
    expect(codes(parseReport("共有车辆100辆,其中客车60辆,货车50辆。"))).toContain("consistency.partsSumMismatch");
    expect(codes(parseReport("共有车辆100辆,其中客车60辆,货车40辆。"))).not.toContain("consistency.partsSumMismatch");
    expect(codes(parseReport("共有车辆100辆,其中客车60辆。"))).not.toContain("consistency.partsSumMismatch");
  });

  it("flag the same fact twice", () => {
    expect(codes([obs("enforcement.penaltyCases", "7", "件"), obs("enforcement.penaltyCases", "7", "件")])).toEqual([
      "consistency.duplicateFact",
    ]);
    expect(codes(parseReport("局法制处1名同志通过国家司法考试。另有1名同志已通过国家司法考试。"))).toContain("consistency.duplicateFact");
    expect(codes(parseReport("招录1名同志,另有1名律师。"))).not.toContain("consistency.duplicateFact");
  });
});

describe("agency rules", () => {
  it("flag a code that names no division, a level that does not fit it, a bad credit code, and one from elsewhere", () => {
    expect(codes({ ...agency, divisionCode: "230199" })).toContain("agency.divisionCodeInvalid");
    expect(codes({ ...agency, divisionCode: "230100" })).toEqual(["agency.levelMismatch"]);
    expect(codes({ ...agency, creditCode: "11330203MB1025728J" })).toEqual(["agency.creditCodeInvalid"]);
    expect(codes({ ...agency, creditCode: "11330203MB1025728K" })).toEqual(["agency.creditCodeRegionMismatch"]);
    expect(codes({ ...agency, divisionCode: "330203", creditCode: "11330203MB1025728K" })).toEqual([]);
  });
});

describe("plan and figure rules", () => {
  const plan = {
    agency,
    year: 2021,
    title: null,
    dates: { signed: null, published: null },
    tasks: [
      {
        number: "1",
        section: "一",
        title: "t",
        body: "",
        responsibleUnits: [],
        targets: [{ indicator: "litigation.headAppearanceRate", comparator: ">=", quantity: { value: "100", unit: "%", qualifier: "exact" } }],
      },
    ],
  };

  it("flag a task without responsible units, and a target the actuals do not reach", () => {
    expect(codes(plan)).toEqual(["task.noResponsibleUnit"]);
    expect(codes(plan, { actuals: [obs("litigation.headAppearanceRate", "80", "%")] })).toEqual([
      "task.noResponsibleUnit",
      "task.targetNotMet",
    ]);
    expect(codes(plan, { actuals: [obs("litigation.headAppearanceRate", "100", "%")] })).toEqual(["task.noResponsibleUnit"]);
  });

  it("flag figures covering more than the year", () => {
    const report = {
      agency,
      reportingYear: 2021,
      title: null,
      dates: { signed: null, published: null },
      sections: {},
      observations: [obs("enforcement.inspections", "52667", "次", { period: { from: "2020-01-01", to: "2021-12-31" } })],
    };
    expect(codes(report)).toEqual(["observation.cumulativePeriod"]);
    expect(codes(parseReport("2021年法治政府建设情况报告\n2020年来,累计开展检查52667次。全年开展检查300次。"))).toEqual([
      "observation.cumulativePeriod",
    ]);
  });
});

describe("configuration, custom rules and formatting", () => {
  const late = doc({ dates: { signed: "2022-03-05", signedRaw: null, published: "2022-03-10", publishedRaw: null } });

  it("changes a rule's severity or turns it off", () => {
    expect(validate(late, { severity: { "date.reportLate": "error" } })[0]?.severity).toBe("error");
    expect(validate(late, { severity: { "date.reportLate": "off" } })).toEqual([]);
  });

  it("runs a custom rule with the same signature", () => {
    const noTitle: Rule = {
      code: "custom.noTitle",
      severity: "info",
      messages: { zh: "文件没有标题", en: "The document has no title" },
      check: (subject) => (subject.document?.title === null ? [{ path: ["title"], params: {} }] : []),
    };
    expect(validate(late, { rules: [...defaultRules, noTitle], locale: "zh" }).map((i) => i.message)).toEqual([
      "部门报告落款日期2022-03-05晚于规定期限2022-03-01",
      "文件没有标题",
    ]);
  });

  it("turns a failing rule into an issue instead of throwing", () => {
    const broken: Rule = { code: "custom.broken", severity: "error", messages: { zh: "", en: "" }, check: () => { throw new Error("boom"); } };
    expect(validate(late, { rules: [broken] })).toMatchObject([{ code: "validate.ruleFailed", params: { rule: "custom.broken", error: "boom" } }]);
  });

  it("gives messages in both languages and a readable list with line:column", () => {
    const text = "某局2021年法治政府建设情况报告\n正文\n某局\n2022225\n";
    const parsed = parseReport(text);
    const issues = validate(parsed);
    expect(issues.map((i) => i.code)).toEqual(["date.malformed"]);
    expect(formatIssues(issues, { text })).toBe("4:1  warning  date.malformed  The date 2022225 is not well-formed; read as 2022-02-25");
    expect(formatIssues(issues, { locale: "zh", text })).toBe("4:1  警告  date.malformed  日期“2022225”书写不规范，按2022-02-25理解");
    expect(formatIssues(issues)).toBe("dates.signed  warning  date.malformed  The date 2022225 is not well-formed; read as 2022-02-25");
    expect(renderMessage("{a}-{b}", { a: 1 })).toBe("1-{b}");
    // Columns within a line, on the first line and the last.
    const [first] = issues;
    if (!first) throw new Error("no issue");
    const at = (start: number) => formatIssues([{ ...first, span: { start, end: start + 1 } }], { text }).split("  ")[0];
    expect([at(0), at(3), at(text.indexOf("正文") + 1), at(text.length)]).toEqual(["1:1", "1:4", "2:2", "5:1"]);
  });

  it("gives every rule a message in each language with the params its findings carry", () => {
    for (const rule of defaultRules) {
      expect(rule.messages.zh.length, rule.code).toBeGreaterThan(0);
      expect(rule.messages.en.length, rule.code).toBeGreaterThan(0);
      expect(rule.code).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });
});

describe("validate on any value", () => {
  it("returns issues and never throws, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const issues = validate(value);
        expect(Array.isArray(issues)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("gives schema issues for values of no known shape or a broken shape", () => {
    expect(codes(42)).toEqual(["schema.unknownValue"]);
    expect(codes(null, { locale: "zh" })).toEqual(["schema.unknownValue"]);
    expect(codes({ ...agency, level: "city" })).toEqual(["schema.invalidValue"]);
    expect(codes([{ agency: "a" }]).every((code) => code.startsWith("schema."))).toBe(true);
  });
});

describe("validate on any valid model value", () => {
  it("gives well-formed issues and never throws", async () => {
    const arb = await import("../model/arbitraries.js");
    const { Issue } = await import("../../src/index.js");
    fc.assert(
      fc.property(
        fc.oneof(arb.parsedDocument, arb.annualReport, arb.workPlan, arb.agency, fc.array(arb.observation, { maxLength: 5 })),
        (value) => {
          for (const issue of validate(value, { locale: "zh" })) {
            expect(Issue.safeParse(issue).success, issue.code).toBe(true);
            expect(issue.code).not.toBe("validate.ruleFailed");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
