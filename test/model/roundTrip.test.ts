import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { Decimal, ParsedDocument, Quantity } from "../../src/index.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";
import * as arb from "./arbitraries.js";

const cases: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
  ["ParsedDocument", ParsedDocument, arb.parsedDocument],
];

// Every other schema round-trips in its own file (test/model/<name>.test.ts); a ParsedDocument holds most of them.
describe("every schema round-trips through JSON", () => {
  for (const [name, schema, arbitrary] of cases) {
    it(name, () => {
      fc.assert(fc.property(arbitrary, (value) => expectJsonRoundTrip(schema, value)), { numRuns: 150 });
    });
  }
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
