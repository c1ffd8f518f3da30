// The testing kit (fazhi/testing) as a user imports it, and fazhi's aggregate checked with it. Each module's own
// behaviour is tested in its file beside this one (agencies, builders, decimalEquality, defects, observations, parsedDocuments).
import fc from "fast-check";
import { Decimal, aggregate } from "fazhi";
import * as kit from "fazhi/testing";
import { decimalEquality, observations } from "fazhi/testing";
import { describe, expect, it } from "vitest";

expect.addEqualityTesters([decimalEquality]);

describe("fazhi/testing", () => {
  it("gives the arbitraries, builders and equality of its modules, and nothing else", () => {
    expect(Object.keys(kit).sort()).toEqual([
      "agencies",
      "agenciesWith",
      "agency",
      "creditCodeIn",
      "decimalEquality",
      "observation",
      "observations",
      "observationsWith",
      "parsedDocuments",
      "valueFor",
    ]);
  });
});

describe("fazhi checked with its own kit", () => {
  it("aggregate sums per indicator and year what a plain loop sums", () => {
    fc.assert(
      fc.property(fc.array(observations({ indicators: ["enforcement.penaltyCases", "enforcement.fineAmount"] }), { maxLength: 40 }), (figures) => {
        const expected = new Map<string, Decimal>();
        for (const o of figures) {
          const key = `${o.indicator} ${String(o.period)}`;
          expected.set(key, (expected.get(key) ?? new Decimal(0)).plus(o.quantity.value));
        }
        const rows = aggregate(figures, { by: ["indicator", "year"] });
        expect(new Map(rows.map((row) => [`${String(row.key["indicator"])} ${String(row.key["year"])}`, row.sum?.value]))).toEqual(expected);
      }),
    );
  });
});
