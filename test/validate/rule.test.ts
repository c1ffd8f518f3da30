// The Rule contract (src/validate/rule.ts) as validate honours it: a rule's findings become issues with the rule's code,
// the message of the locale asked for filled from the finding's params, the finding's path, span and severity.
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import type { Finding, Rule, RuleContext } from "../../src/validate/rule.js";
import { defaultRules } from "../../src/validate/rules/index.js";
import { validate } from "../../src/validate/validate.js";
import { doc, observation } from "./rules/documents.js";

/** A rule that finds what it is given, whatever the subject. */
const finds = (findings: readonly Finding[], fields: Partial<Rule> = {}): Rule => ({
  code: "custom.found",
  severity: "info",
  messages: { zh: "发现{what}，共{count}处", en: "Found {what} {count} times" },
  check: () => findings,
  ...fields,
});

describe("a rule's findings as issues", () => {
  const late = doc({ dates: { signed: "2022-03-05", signedRaw: null, published: "2022-03-10", publishedRaw: null } });

  it("runs a custom rule with the same signature beside the default rules", () => {
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

  it("fills the message of the locale asked for from the finding's params, and keeps the params and path", () => {
    const rule = finds([{ path: ["quantities", 2, "value"], params: { what: "负数", count: 3 } }]);
    const [en] = validate(doc({}), { rules: [rule] });
    expect(en).toEqual({ code: "custom.found", severity: "info", path: ["quantities", 2, "value"], message: "Found 负数 3 times", params: { what: "负数", count: 3 } });
    expect(validate(doc({}), { rules: [rule], locale: "zh" })[0]?.message).toBe("发现负数，共3处");
  });

  it("leaves a placeholder without a param as written", () => {
    const [issue] = validate(doc({}), { rules: [finds([{ path: [], params: { what: "x" } }])] });
    expect(issue?.message).toBe("Found x {count} times");
  });

  it("carries a finding's span, and no span key when the finding has none", () => {
    const [withSpan, without] = validate(doc({}), {
      rules: [finds([{ path: ["quantities", 0], params: {}, span: { start: 4, end: 9 } }, { path: ["quantities", 1], params: {} }])],
    });
    expect(withSpan?.span).toEqual({ start: 4, end: 9 });
    expect(without && "span" in without).toBe(false);
  });

  it("takes a finding's severity over the rule's, and the configured severity over both", () => {
    const rule = finds([{ path: [], params: {}, severity: "error" }, { path: [], params: {} }]);
    expect(validate(doc({}), { rules: [rule] }).map((i) => i.severity)).toEqual(["error", "info"]);
    expect(validate(doc({}), { rules: [rule], severity: { "custom.found": "warning" } }).map((i) => i.severity)).toEqual(["warning", "warning"]);
    expect(validate(doc({}), { rules: [rule], severity: { "custom.found": "off" } })).toEqual([]);
  });

  it("gives a copy of the path, so that a rule's own arrays are not shared with the issue", () => {
    const path = ["tasks", 0];
    const [issue] = validate(doc({}), { rules: [finds([{ path, params: {} }])] });
    expect(issue?.path).toEqual(path);
    expect(issue?.path).not.toBe(path);
  });
});

describe("the context a rule reads", () => {
  const seen = (options: Parameters<typeof validate>[1] = {}): RuleContext[] => {
    const contexts: RuleContext[] = [];
    const spy: Rule = {
      ...finds([]),
      check: (_subject, context) => {
        contexts.push(context);
        return [];
      },
    };
    validate(doc({}), { ...options, rules: [spy] });
    return contexts;
  };

  it("has the defaults when no option is given: English, 03-01, 04-01, 90 days, no actuals", () => {
    expect(seen()).toEqual([{ locale: "en", submitBy: "03-01", publishBy: "04-01", maxDaysToPublish: 90, actuals: [] }]);
  });

  it("carries the options given, with the actuals read as observations", () => {
    const [context] = seen({ locale: "zh", submitBy: "02-15", publishBy: "05-01", maxDaysToPublish: 30, actuals: [observation("enforcement.penaltyCases", "5", "件")] });
    expect(context).toMatchObject({ locale: "zh", submitBy: "02-15", publishBy: "05-01", maxDaysToPublish: 30 });
    expect(context?.actuals.map((o) => [o.indicator, o.quantity.value])).toEqual([["enforcement.penaltyCases", new Decimal(5)]]);
  });

  it("is not called for a rule turned off", () => {
    expect(seen({ severity: { "custom.found": "off" } })).toEqual([]);
  });
});

describe("a rule of the wrong shape", () => {
  it("is refused by validate with an error that names the part of the Rule", () => {
    const rule = finds([]);
    const refused = (bad: unknown) => () => validate(doc({}), { rules: [bad as Rule] });
    expect(refused({ ...rule, code: "" })).toThrow(new TypeError("validate: option rules[0].code must be a non-empty string"));
    expect(refused({ ...rule, severity: "off" })).toThrow(new RangeError('validate: option rules[0].severity must be "error", "warning" or "info"'));
    expect(refused({ ...rule, messages: { zh: "只有中文" } })).toThrow(new TypeError("validate: option rules[0].messages must have zh and en strings"));
    expect(refused({ ...rule, check: "no" })).toThrow(new TypeError("validate: option rules[0].check must be a function"));
    expect(refused(null)).toThrow(new TypeError("validate: option rules[0] must be a rule object"));
  });
});
