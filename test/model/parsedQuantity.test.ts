import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParsedQuantity } from "../../src/model/parsedQuantity.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import * as arb from "./arbitraries.js";

const fine = {
  quote: "罚款121万元",
  number: "121万元",
  value: "1210000",
  unit: "元",
  qualifier: "exact",
  modality: "actual",
  subject: "罚款",
  indicator: "enforcement.fineAmount",
  span: { start: 2, end: 7 },
};

describe("ParsedQuantity", () => {
  it("takes the gold annotation of a figure, its value as a Decimal", () => {
    const q = ParsedQuantity.parse(fine);
    expect(q.value.toString()).toBe("1210000");
    expect(fine.quote.slice(q.span?.start, q.span?.end)).toBe(q.number);
  });

  it("takes a hand-made annotation without span, an empty subject and a null indicator", () => {
    const { span: _, ...bare } = fine;
    const q = ParsedQuantity.parse({ ...bare, subject: "", indicator: null });
    expect("span" in q).toBe(false);
    expect(q.indicator).toBeNull();
  });

  it("takes what a parser adds: since, line, following and partOf", () => {
    const q = ParsedQuantity.parse({ ...fine, since: 2020, line: 0, following: "(含滞纳金)", partOf: 0 });
    expect([q.since, q.line, q.following, q.partOf]).toEqual([2020, 0, "(含滞纳金)", 0]);
  });

  it("refuses a fractional since, a negative line or partOf, and an indicator left out", () => {
    const { indicator: _, ...noIndicator } = fine;
    const result = safeParseModel(ParsedQuantity, { ...noIndicator, since: 2020.5, line: -1, partOf: -2 });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["indicator", "since", "line", "partOf"]);
  });

  it("refuses an empty quote, number or unit and a reversed span", () => {
    const result = safeParseModel(ParsedQuantity, { ...fine, quote: "", number: "", unit: "", span: { start: 7, end: 2 } });
    if (result.success) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["quote", "schema.tooSmall"],
      ["number", "schema.tooSmall"],
      ["unit", "schema.tooSmall"],
      ["span.end", "schema.span.reversed"],
    ]);
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(arb.parsedQuantity, (value) => {
        const parsed = ParsedQuantity.parse(value);
        const json = JSON.stringify(parsed);
        expect(ParsedQuantity.parse(JSON.parse(json))).toEqual(parsed);
      }),
      { numRuns: 150 },
    );
  });
});
