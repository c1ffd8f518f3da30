// validate: what it does whatever the rules (options, custom rules, failing rules, messages, any input); each rule has its test in rules/.
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
import { agency, doc } from "./rules/documents.js";

const codes = (value: unknown, options = {}) => validate(value, options).map((i) => i.code);


describe("the parser's findings", () => {
  it("are given again by validate, in the locale asked for, and can be turned off", () => {
    // A malformed date is the parser's finding, carried in the document's issues and given again by validate.
    const malformed = doc({ dates: { signed: "2022-02-25", signedRaw: "2022225", published: null, publishedRaw: null } });
    expect(codes(malformed)).toEqual([]);
    const found = parseReport("某局2021年法治政府建设情况报告\n正文\n某局\n2022225\n").issues ?? [];
    expect(codes({ ...malformed, issues: found })).toEqual(["date.malformed"]);
    expect(validate({ ...malformed, issues: found }, { locale: "zh" })[0]?.message).toBe("日期“2022225”书写不规范，按2022-02-25理解");
    expect(codes({ ...malformed, issues: found }, { severity: { "date.malformed": "off" } })).toEqual([]);
  });
});

describe("configuration, custom rules and formatting", () => {
  const late = doc({ dates: { signed: "2022-03-05", signedRaw: null, published: "2022-03-10", publishedRaw: null } });

  it("changes a rule's severity or turns it off", () => {
    expect(validate(late, { severity: { "date.reportLate": "error" } })[0]?.severity).toBe("error");
    expect(validate(late, { severity: { "date.reportLate": "off" } })).toEqual([]);
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
