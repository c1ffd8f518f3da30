import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  Agency,
  AnnualReport,
  Decimal,
  Issue,
  ParsedDocument,
  Quantity,
  indicators,
} from "../../src/index.js";
import { Estimate, Indicator } from "../../src/model/index.js";
import * as arb from "./arbitraries.js";

function roundTrips<S extends z.ZodType>(schema: S, value: unknown): void {
  const parsed = schema.parse(value);
  const again = schema.parse(JSON.parse(JSON.stringify(parsed)));
  expect(again).toEqual(parsed);
  // And the JSON is stable: a second trip writes the same text.
  expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
}

const cases: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
  ["Agency", Agency, arb.agency],
  ["AnnualReport", AnnualReport, arb.annualReport],
  ["Issue", Issue, arb.issue],
  ["ParsedDocument", ParsedDocument, arb.parsedDocument],
  ["Estimate", Estimate, arb.estimate],
];

// Quantity, Period, Observation, Target, TaskItem and WorkPlan round-trip in their own test files.
describe("every schema round-trips through JSON", () => {
  for (const [name, schema, arbitrary] of cases) {
    it(name, () => {
      fc.assert(fc.property(arbitrary, (value) => roundTrips(schema, value)), { numRuns: 150 });
    });
  }

  it("Indicator, for every catalog entry", () => {
    for (const indicator of indicators) roundTrips(Indicator, indicator);
  });
});

describe("a Decimal in JSON", () => {
  it("is a decimal string that keeps every digit", () => {
    const q = Quantity.parse({ value: "12345678901234567890.123456789", unit: "元", qualifier: "exact" });
    const json = JSON.stringify(q);
    expect(json).toBe('{"value":"12345678901234567890.123456789","unit":"元","qualifier":"exact"}');
    expect(Quantity.parse(JSON.parse(json)).value.equals(new Decimal("12345678901234567890.123456789"))).toBe(true);
  });

  it("is never written in exponential notation", () => {
    fc.assert(
      fc.property(arb.decimal, (d) => {
        const written = JSON.parse(JSON.stringify({ d: Quantity.parse({ value: d, unit: "件", qualifier: "exact" }).value })).d;
        expect(written).toMatch(/^-?\d+(\.\d+)?$/);
        expect(new Decimal(written).equals(d)).toBe(true);
      }),
    );
  });
});
