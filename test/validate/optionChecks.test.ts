import { describe, expect, it } from "vitest";
import { checkedLocale, checkedMonthDay, checkedRules, checkedSeverity, optionsObject } from "../../src/validate/optionChecks.js";

const rule = { code: "custom.rule", severity: "warning", messages: { zh: "规则", en: "rule" }, check: () => [] };

describe("optionsObject", () => {
  it("gives the options, {} when absent, and refuses what is not an object or an option it does not know", () => {
    const options = { locale: "zh" };
    expect(optionsObject("f", options, ["locale"])).toBe(options);
    expect(optionsObject("f", undefined, ["locale"])).toEqual({});
    expect(optionsObject("f", { locale: undefined }, ["rules"])).toEqual({ locale: undefined });
    expect(() => optionsObject("f", [], ["locale"])).toThrow(new TypeError("f: options must be an object"));
    expect(() => optionsObject("f", "zh", ["locale"])).toThrow(TypeError);
    expect(() => optionsObject("f", { lang: "zh" }, ["locale", "rules"])).toThrow(new RangeError('f: unknown option "lang"; its options are locale, rules'));
    expect(() => optionsObject("f", { locales: "zh" }, ["locale", "rules"])).toThrow(new RangeError('f: unknown option "locales" (did you mean "locale"?); its options are locale, rules'));
  });
});

describe("checkedLocale", () => {
  it("gives zh or en, en by default, and names any other value", () => {
    expect(checkedLocale("f", "zh")).toBe("zh");
    expect(checkedLocale("f", undefined)).toBe("en");
    expect(() => checkedLocale("f", "zh-CN")).toThrow(new RangeError('f: option locale must be "zh" or "en", not "zh-CN"'));
    expect(() => checkedLocale("f", 1)).toThrow('not number');
  });
});

describe("checkedSeverity", () => {
  it("reads codes and severities, and refuses another severity or shape", () => {
    expect([...checkedSeverity("f", { "date.reportLate": "off", "custom.rule": "info", "schema.tooSmall": "warning" }, [rule])]).toEqual([
      ["date.reportLate", "off"],
      ["custom.rule", "info"],
      ["schema.tooSmall", "warning"],
    ]);
    expect(checkedSeverity("f", undefined, []).size).toBe(0);
    expect(() => checkedSeverity("f", { "date.reportLate": "fatal" }, [])).toThrow(new RangeError('f: option severity["date.reportLate"] must be "error", "warning", "info" or "off"'));
    expect(() => checkedSeverity("f", ["off"], [])).toThrow(TypeError);
  });

  it("refuses a code that is no issue of fazhi nor of the rules run, naming the closest", () => {
    expect(() => checkedSeverity("f", { "date.reportLat": "off" }, [])).toThrow(new RangeError('f: option severity names no issue code "date.reportLat" (did you mean "date.reportLate"?)'));
    expect(() => checkedSeverity("f", { "custom.rule": "off" }, [])).toThrow(RangeError);
    expect(() => checkedSeverity("f", { x: "off" }, [])).toThrow(new RangeError('f: option severity names no issue code "x"'));
  });
});

describe("checkedMonthDay", () => {
  it.each(["01-31", "12-01", "02-29", "03-31"])("accepts %s", (day) => {
    expect(checkedMonthDay("f", "by", day, "04-01")).toBe(day);
  });
  it.each(["2-15", "13-01", "00-10", "01-32", "01-00", "3月31日", "０３-３１", " 03-31"])("refuses %s, naming the option", (day) => {
    expect(() => checkedMonthDay("f", "by", day, "04-01")).toThrow(new RangeError(`f: option by must be a month and day written MM-DD, not ${JSON.stringify(day)}`));
  });
  it("gives the default when absent and refuses a non-string", () => {
    expect(checkedMonthDay("f", "by", undefined, "04-01")).toBe("04-01");
    expect(() => checkedMonthDay("f", "by", 331, "04-01")).toThrow("not number");
  });
});

describe("checkedRules", () => {
  it("gives the rules, or the default list when absent", () => {
    const fallback = [rule];
    expect(checkedRules("f", "rules", undefined, fallback)).toBe(fallback);
    expect(checkedRules("f", "rules", [rule], [])).toEqual([rule]);
  });
  it("names the first element that is not a rule, and what it lacks", () => {
    expect(() => checkedRules("f", "rules", {}, [])).toThrow(new TypeError("f: option rules must be an array of rule objects"));
    expect(() => checkedRules("f", "rules", [rule, 3], [])).toThrow(new TypeError("f: option rules[1] must be a rule object"));
    expect(() => checkedRules("f", "rules", [{ ...rule, code: "" }], [])).toThrow("rules[0].code must be a non-empty string");
    expect(() => checkedRules("f", "rules", [{ ...rule, severity: "off" }], [])).toThrow(RangeError);
    expect(() => checkedRules("f", "rules", [{ ...rule, messages: { zh: "x" } }], [])).toThrow("messages must have zh and en strings");
    expect(() => checkedRules("f", "more", [{ ...rule, check: null }], [])).toThrow("f: option more[0].check must be a function");
  });
});
