import { describe, expect, it } from "vitest";
import { type ParsedDocument, parseReport, taskItemsOf, validate } from "../../src/index.js";

function doc(overrides: Record<string, unknown>): Record<string, unknown> {
  const base: ParsedDocument = {
    document: "x.txt",
    documentKind: "annual-report",
    title: null,
    agency: { name: null, kind: "department", level: "county", sector: null, region: null, divisionCode: "230104" },
    reportingYear: 2021,
    dates: { signed: "2022-02-10", signedRaw: "2022年2月10日", published: "2022-02-01", publishedRaw: "2022-02-01" },
    anomalies: [],
    quantities: [],
    tasks: [],
  };
  return { ...base, ...overrides };
}

const quantity = (value: unknown, unit: string, start: number) => ({
  quote: `${String(value)}${unit}`,
  number: String(value),
  value,
  unit,
  qualifier: "exact",
  modality: "actual",
  subject: "",
  indicator: "enforcement.penaltyCases",
  span: { start, end: start + 2 },
});

describe("validate with a schema-invalid field", () => {
  it("still runs every check that does not depend on it (reportingYear 211)", () => {
    const codes = validate(doc({ reportingYear: 211 })).map((i) => [i.code, i.path.join(".")]);
    expect(codes).toContainEqual(["schema.tooSmall", "reportingYear"]);
    expect(codes).toContainEqual(["date.publishedBeforeSigned", "dates.published"]);
  });

  it("keeps the valid quantities at their own paths when one breaks", () => {
    const issues = validate(doc({ quantities: [quantity("1e99", "件", 0), quantity(-3, "件", 10)] }));
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["schema.decimal.outOfRange", "quantities.0.value"],
        ["quantity.negativeCount", "quantities.1.value"],
      ]),
    );
  });

  it("checks the dates of an agency whose fields break", () => {
    const codes = validate(doc({ agency: { kind: "ministry" } })).map((i) => i.code);
    expect(codes).toContain("date.publishedBeforeSigned");
    expect(codes.some((c) => c.startsWith("schema."))).toBe(true);
  });

  it("runs the observation checks on the valid observations of a list", () => {
    const o = { agency: "a", indicator: "enforcement.penaltyCases", period: 2021, quantity: { value: "-2", unit: "件", qualifier: "exact" }, modality: "actual", attribution: "own" };
    const issues = validate([{ ...o, quantity: { ...o.quantity, value: 0.5 } }, o]);
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["schema.decimal.invalid", "0.quantity.value"],
        ["quantity.negativeCount", "1.quantity.value"],
      ]),
    );
  });

  it("flags an empty credit code", () => {
    const agency = { id: "a", name: "某局", kind: "department", level: "county", sector: "transport", divisionCode: "230104", creditCode: "" };
    expect(validate(agency).map((i) => i.code)).toContain("agency.creditCodeInvalid");
  });
});

describe("validate stays linear on hostile documents (outcomes only; times are in npm run bench)", () => {
  it("duplicateFact with long subject labels", () => {
    const label = "行政处罚案件".repeat(2000);
    const quantities = Array.from({ length: 20 }, (_, i) => ({ ...quantity(5, "件", i * 6 + 4), subject: label, following: "行政处罚案件".repeat(3) }));
    const issues = validate(doc({ quantities })).filter((i) => i.code === "consistency.duplicateFact");
    expect(issues).toHaveLength(19);
    expect(String(issues[0]?.params["first"]).length).toBeLessThan(80);
  });

  it("partsSumMismatch with thousands of parts of one total, and parts of totals left out", () => {
    const parts = Array.from({ length: 3000 }, (_, i) => ({ ...quantity(1, "件", 10 + i * 3), partOf: 0 }));
    const issues = validate(doc({ quantities: [quantity(100, "件", 0), ...parts, { ...quantity(1, "件", 99_000), partOf: 9_999 }] })).filter(
      (i) => i.code === "consistency.partsSumMismatch",
    );
    expect(issues.map((i) => [i.path.join("."), i.params["sum"]])).toEqual([["quantities.0.value", "3000"]]);
  });

  it("a raw signing date as long as the text is not looked for", () => {
    const raw = "2".repeat(100_000);
    const issues = validate(doc({ text: `${raw}\n${raw}`, dates: { signed: "2021-06-01", signedRaw: raw, published: null, publishedRaw: null } }));
    const early = issues.find((i) => i.code === "date.signedBeforePeriodEnd");
    expect(early).toBeDefined();
    expect(early?.span).toBeUndefined();
  });
});

describe("taskItemsOf", () => {
  it("gives each target to one task, even when the spans overlap", () => {
    const plan = parseReport("一、执法\n1.规范执法。行政机关负责人出庭率达到100%。(责任单位:法规科)\n2.公开。政务公开率达到95%。(责任单位:办公室)\n", { documentKind: "work-plan" });
    const items = taskItemsOf(plan);
    expect(items.map((t) => t.targets.length)).toEqual(plan.tasks.map((_, i) => items[i]?.targets.length ?? 0));
    const whole = { ...plan, tasks: plan.tasks.map((t) => ({ ...t, span: { start: 0, end: plan.text?.length ?? 0 } })) };
    const overlapping = taskItemsOf(whole);
    const total = overlapping.reduce((n, t) => n + t.targets.length, 0);
    expect(total).toBe(plan.quantities.filter((q) => q.modality === "target" && q.span).length);
  });
});
