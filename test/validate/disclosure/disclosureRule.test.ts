// The DisclosureRule and DisclosureSeriesRule contracts (src/validate/disclosure/disclosureRule.ts) as
// validateDisclosure and validateDisclosureSeries honour them: findings become issues, the context carries the options.
import { describe, expect, it } from "vitest";
import type { DisclosureReport } from "../../../src/model/disclosureReport.js";
import type { DisclosureRule, DisclosureRuleContext, DisclosureSeriesRule } from "../../../src/validate/disclosure/disclosureRule.js";
import { validateDisclosure, validateDisclosureSeries } from "../../../src/validate/disclosure/validateDisclosure.js";
import type { Finding } from "../../../src/validate/rule.js";
import { report } from "../rules/disclosureReports.js";

const d06 = report("d06");
const d07 = report("d07");

const finds = (findings: readonly Finding[]): DisclosureRule => ({
  code: "disclosure.custom.found",
  severity: "info",
  messages: { zh: "{table}有{count}处问题", en: "{count} problems in {table}" },
  check: () => findings,
});

describe("a DisclosureRule", () => {
  it("runs as a custom rule with the shape of Rule over a report (the TSDoc example)", () => {
    const noTitle: DisclosureRule = {
      code: "disclosure.custom.noTitle",
      severity: "info",
      messages: { zh: "报告没有标题", en: "The report has no title" },
      check: (r) => (r.title === null ? [{ path: ["title"], params: {} }] : []),
    };
    expect(validateDisclosure(d06, { rules: [noTitle] })).toEqual([]);
    expect(validateDisclosure({ ...d06, title: null }, { rules: [noTitle], locale: "zh" })).toEqual([
      { code: "disclosure.custom.noTitle", severity: "info", path: ["title"], message: "报告没有标题", params: {} },
    ]);
  });

  it("gives its findings as issues: the message of the locale filled from the params, the span, the finding's severity", () => {
    const rule = finds([{ path: ["reviews", "reconsideration", "total"], params: { table: "表四", count: 2 }, span: { start: 1, end: 4 }, severity: "error" }]);
    const [zh] = validateDisclosure(d06, { rules: [rule], locale: "zh" });
    expect(zh).toEqual({
      code: "disclosure.custom.found",
      severity: "error",
      path: ["reviews", "reconsideration", "total"],
      message: "表四有2处问题",
      params: { table: "表四", count: 2 },
      span: { start: 1, end: 4 },
    });
    expect(validateDisclosure(d06, { rules: [rule] })[0]?.message).toBe("2 problems in 表四");
    expect(validateDisclosure(d06, { rules: [rule], severity: { "disclosure.custom.found": "warning" } })[0]?.severity).toBe("warning");
  });

  it("reads the context: the locale and the publication deadlines, 01-31 and 03-31 unless given", () => {
    const contexts: DisclosureRuleContext[] = [];
    const spy: DisclosureRule = {
      ...finds([]),
      check: (_r, context) => {
        contexts.push(context);
        return [];
      },
    };
    validateDisclosure(d06, { rules: [spy] });
    validateDisclosure(d06, { rules: [spy], locale: "zh", departmentPublishBy: "02-15", governmentPublishBy: "04-30" });
    expect(contexts).toEqual([
      { locale: "en", departmentPublishBy: "01-31", governmentPublishBy: "03-31" },
      { locale: "zh", departmentPublishBy: "02-15", governmentPublishBy: "04-30" },
    ]);
    // A deadline not written MM-DD (or no such day) is a programming error, named, never replaced in silence.
    expect(() => validateDisclosure(d06, { rules: [spy], departmentPublishBy: "2-15" })).toThrow(
      new RangeError('validateDisclosure: option departmentPublishBy must be a month and day written MM-DD, not "2-15"'),
    );
    expect(() => validateDisclosure(d06, { governmentPublishBy: "13-45" })).toThrow(RangeError);
    expect(() => validateDisclosureSeries([d06], { governmentPublishBy: "3月31日" })).toThrow(/validateDisclosureSeries: option governmentPublishBy/);
    expect(contexts).toHaveLength(2);
  });

  it("that throws gives a validate.ruleFailed issue instead, and the other rules still run", () => {
    const broken: DisclosureRule = { ...finds([]), code: "disclosure.custom.broken", check: () => { throw new Error("boom"); } };
    const issues = validateDisclosure(d06, { rules: [broken, finds([{ path: [], params: { table: "x", count: 1 } }])] });
    expect(issues.map((i) => [i.code, i.params["rule"] ?? null])).toEqual([
      ["validate.ruleFailed", "disclosure.custom.broken"],
      ["disclosure.custom.found", null],
    ]);
  });
});

describe("a DisclosureSeriesRule", () => {
  const pairs: [number | null, number | null][] = [];
  const spy: DisclosureSeriesRule = {
    code: "disclosure.series.custom",
    severity: "info",
    messages: { zh: "模板变化", en: "The template changed" },
    check: (before: DisclosureReport, after: DisclosureReport) => {
      pairs.push([before.reportingYear, after.reportingYear]);
      return [{ path: ["template"], params: {} }];
    },
  };

  it("is given the earlier and the later report of consecutive years, its paths starting with the later one's index", () => {
    pairs.length = 0;
    const issues = validateDisclosureSeries([d07, d06], { seriesRules: [spy] });
    expect(pairs).toEqual([[2023, 2024]]);
    expect(issues).toEqual([{ code: "disclosure.series.custom", severity: "info", path: [0, "template"], message: "The template changed", params: {} }]);
  });

  it("that throws gives a validate.ruleFailed issue at the later report's index", () => {
    const broken: DisclosureSeriesRule = { ...spy, check: () => { throw new Error("boom"); } };
    expect(validateDisclosureSeries([d06, d07], { seriesRules: [broken], locale: "zh" })).toMatchObject([
      { code: "validate.ruleFailed", path: [1], params: { rule: "disclosure.series.custom", error: "boom" } },
    ]);
  });
});
