import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qualifierOf } from "../../src/aggregate/estimate.js";
import * as fazhi from "../../src/index.js";
import * as model from "../../src/model/index.js";
import {
  Decimal,
  Quantity,
  safeParseModel,
  toDecimal,
} from "../../src/index.js";
import { DecimalValue, decimalVerdict, isDecimalString } from "../../src/model/index.js";
import { formatIssues } from "../../src/render/index.js";
import { hostileJson, hostileStrings, outcome, throwingObject } from "./arbitraries.js";

/** Every schema of the model, by name. */
const schemas = (Object.entries(model) as [string, unknown][]).filter(([, value]) => typeof (value as { safeParse?: unknown } | null)?.safeParse === "function");

const isIssue = (issue: fazhi.Issue) =>
  typeof issue.code === "string" && ["error", "warning", "info"].includes(issue.severity) && Array.isArray(issue.path) && typeof issue.message === "string";

describe("the model on any input", () => {
  it("has schemas to check", () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  it("safeParseModel never throws on any JSON value, fake Decimal or throwing getter, for every schema", () => {
    fc.assert(
      fc.property(hostileJson, fc.constantFrom("zh" as const, "en" as const), (value, locale) => {
        for (const [name, schema] of schemas) {
          const result = outcome(() => safeParseModel(schema as never, value, { locale }));
          expect(result.ok, name).toBe(true);
          if (result.ok && !result.value.success) expect(result.value.issues.every(isIssue), name).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
    for (const [name, schema] of schemas) {
      const result = outcome(() => safeParseModel(schema as never, throwingObject(["value", "unit", "agency", "quantities", "documentKind", "code"])));
      expect(result.ok, name).toBe(true);
    }
  });

  it("Quantity.safeParse and DecimalValue.safeParse never throw on any JSON value", () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        expect(outcome(() => Quantity.safeParse(value)).ok).toBe(true);
        expect(outcome(() => Quantity.safeParse({ value, unit: "件", qualifier: "exact" })).ok).toBe(true);
        expect(outcome(() => DecimalValue.safeParse(value)).ok).toBe(true);
        expect(["ok", "invalid", "outOfRange"]).toContain(decimalVerdict(value));
      }),
    );
    expect(Quantity.safeParse({ value: { toStringTag: "[object Decimal]" }, unit: "件", qualifier: "exact" }).success).toBe(false);
    const unreadable = safeParseModel(Quantity, throwingObject(["value"]), { locale: "zh" });
    expect(unreadable.success ? [] : unreadable.issues.map((i) => i.code)).toEqual(["schema.unreadable"]);
  });

  it("reads any string as a decimal or not, without throwing; toDecimal throws only a RangeError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileStrings, fc.stringMatching(/^-?\d{0,80}(\.\d{0,40})?(e[+-]?\d{1,12})?$/)), (text) => {
        const ok = isDecimalString(text);
        const made = outcome(() => toDecimal(text));
        if (ok) {
          expect(made.ok).toBe(true);
          // Never expanded beyond the range: at most 61 digits before the point and 30 after.
          if (made.ok) expect(made.value.toString().length).toBeLessThanOrEqual(93);
        } else {
          expect(made.ok).toBe(false);
          if (!made.ok) expect(made.error).toBeInstanceOf(RangeError);
        }
      }),
    );
  });

  it("never calls Infinity or NaN exact, and keeps the prototype of Object clean", () => {
    expect(DecimalValue.safeParse(new Decimal(Number.POSITIVE_INFINITY)).success).toBe(false);
    expect(qualifierOf(new Decimal(Number.POSITIVE_INFINITY), new Decimal(Number.POSITIVE_INFINITY), new Decimal(Number.POSITIVE_INFINITY), false)).toBe("approx");
    expect(qualifierOf(new Decimal(Number.NaN), null, null, false)).toBe("approx");
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("checks the options of safeParseModel, naming them", () => {
    expect(() => safeParseModel(Quantity, {}, null as never)).toThrow(TypeError);
    expect(() => safeParseModel(Quantity, {}, { locale: "fr" as never })).toThrow(/locale/);
    expect(() => safeParseModel({} as never, {})).toThrow(/schema/);
  });
});

describe("the model's string functions on any string", () => {
  it("answer without throwing", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), hostileStrings, fc.stringMatching(/^[0-9A-Z]{0,20}$/)), (text) => {
        for (const run of <(() => unknown)[]>[
          () => fazhi.isCreditCode(text),
          () => model.readCreditCode(text),
          () => model.creditCodeCheckCharacter(text),
          () => model.isDivisionCode(text),
          () => model.divisionLevelOf(text),
          () => model.provinceCodeOf(text),
          () => model.prefectureCodeOf(text),
          () => model.isIsoDate(text),
          () => model.decimalVerdict(text),
        ]) {
          const result = outcome(run);
          expect(result.ok, String(run)).toBe(true);
        }
      }),
    );
  });

  it("formatIssues formats any issues validate gives, against any text", () => {
    fc.assert(
      fc.property(hostileJson, fc.string({ maxLength: 300 }), fc.constantFrom("zh" as const, "en" as const), (value, text, locale) => {
        const issues = fazhi.validate(value, { locale });
        expect(outcome(() => formatIssues(issues, { locale, text })).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
