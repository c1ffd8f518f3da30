import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Issue, type ParsedDocument, defaultRules, parseReport, validate } from "../../src/index.js";
import { hostileJson, hostileStrings, namesOption, outcome, prototypeKeys, throwingObject } from "./arbitraries.js";

const base: ParsedDocument = parseReport(
  "某县交通运输局2021年度法治政府建设工作情况报告\n一、主要工作\n全年办理行政处罚案件152件,其中简易程序案件100件、普通程序案件60件。罚款121万元。\n某县交通运输局\n2022年1月5日\n",
);

const isIssue = (issue: Issue) =>
  typeof issue.code === "string" && ["error", "warning", "info"].includes(issue.severity) && Array.isArray(issue.path) && typeof issue.message === "string";

/** A JSON copy of the parsed document, as it would arrive from elsewhere. */
const json = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;

describe("validate on any input", () => {
  it("never throws on any JSON value, nor on a document with any field replaced by one", () => {
    fc.assert(
      fc.property(
        hostileJson,
        fc.constantFrom(...Object.keys(json), ...prototypeKeys),
        fc.constantFrom("zh" as const, "en" as const),
        (value, field, locale) => {
          for (const input of [value, { ...json, [field]: value }, { ...json, quantities: [value, ...(json["quantities"] as unknown[])] }, [value]]) {
            const result = outcome(() => validate(input, { locale }));
            expect(result.ok).toBe(true);
            if (result.ok) expect(result.value.every(isIssue)).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("never throws on look-alike Decimals, throwing getters, proxies or __proto__ keys", () => {
    const inputs: unknown[] = [
      { toStringTag: "[object Decimal]" },
      [{ agency: "a", indicator: "enforcement.penaltyCases", period: 2021, quantity: { value: { toStringTag: "[object Decimal]" }, unit: "件", qualifier: "exact" }, modality: "actual", attribution: "own" }],
      throwingObject(["documentKind", "quantities"]),
      { ...json, agency: throwingObject(["kind", "level"]) },
      new Proxy({}, { has: () => { throw new Error("trap"); } }),
      JSON.parse('{"__proto__": {"polluted": true}, "documentKind": "annual-report", "quantities": []}'),
      JSON.parse('{"constructor": {"prototype": {"polluted": true}}, "id": "x"}'),
    ];
    for (const input of inputs) {
      const result = outcome(() => validate(input, { locale: "zh" }));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("refuses a wrong option with a TypeError or RangeError that names it", () => {
    const bad: [unknown, string][] = [
      [null, "options"],
      [[], "options"],
      [{ rules: {} }, "rules"],
      [{ rules: [null] }, "rules[0]"],
      [{ rules: [...defaultRules, { code: "x" }] }, `rules[${defaultRules.length}]`],
      [{ locale: "fr" }, "locale"],
      [{ severity: { "date.reportLate": "loud" } }, "severity"],
      [{ severity: null }, "severity"],
      [{ submitBy: "3-1" }, "submitBy"],
      [{ publishBy: 401 }, "publishBy"],
      [{ maxDaysToPublish: Number.NaN }, "maxDaysToPublish"],
      [{ maxDaysToPublish: "90" }, "maxDaysToPublish"],
      [{ actuals: {} }, "actuals"],
      [throwingObject(["locale"]), "options"],
    ];
    for (const [options, name] of bad) {
      const result = outcome(() => validate(base, options as never));
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(namesOption(result.error, "validate:"), name).toBe(true);
        expect((result.error as Error).message, name).toContain(name);
      }
    }
  });

  it("any option made of JSON either works or is refused by name", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("locale", "rules", "severity", "submitBy", "publishBy", "maxDaysToPublish", "actuals"), hostileJson, { maxKeys: 3 }), (options) => {
        const result = outcome(() => validate(base, options as never));
        if (!result.ok) expect(namesOption(result.error, "validate:")).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("reads any string's parsed document without throwing", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), hostileStrings), (text) => {
        // parseReport never throws on a string (领导职数1,000正2副 once did), and validate reads what it gives.
        const parsed = outcome(() => parseReport(text));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(outcome(() => validate(parsed.value)).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
