// The observation arbitraries of the testing kit: values that fit their indicator, observations valid by construction.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getIndicator, indicators } from "../../src/catalog/indicators.js";
import { Decimal } from "../../src/model/decimal.js";
import { Observation } from "../../src/model/observation.js";
import { observations, valueFor } from "../../src/testing/observations.js";
import { validate } from "../../src/validate/validate.js";

/** One indicator of each value type, as the catalog has them. */
const ofType = (valueType: string) => indicators.find((i) => i.valueType === valueType && (valueType !== "rate" || i.unit === "%"));

describe("valueFor", () => {
  it("gives whole non-negative counts", () => {
    const count = getIndicator("enforcement.penaltyCases");
    fc.assert(
      fc.property(valueFor(count), (v) => {
        expect(v.isInteger() && v.gte(0) && v.lte(1_000_000)).toBe(true);
      }),
    );
  });

  it("gives money with at most two decimals, and rates from 0 to 100 with at most two", () => {
    const amount = ofType("amount");
    const rate = ofType("rate");
    expect([amount?.valueType, rate?.valueType]).toEqual(["amount", "rate"]);
    fc.assert(
      fc.property(valueFor(amount ?? getIndicator("enforcement.fineAmount")), (v) => {
        expect(v.gte(0) && v.decimalPlaces() <= 2 && v.lte(new Decimal(10).pow(10))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(valueFor(rate ?? getIndicator("enforcement.penaltyCases")), (v) => {
        expect(v.gte(0) && v.lte(100) && v.decimalPlaces() <= 2).toBe(true);
      }),
    );
  });

  it("gives a mean with at most one decimal", () => {
    const mean = ofType("mean");
    expect(mean?.valueType).toBe("mean");
    fc.assert(
      fc.property(valueFor(mean ?? getIndicator("enforcement.penaltyCases")), (v) => {
        expect(v.gte(0) && v.lte(10000) && v.decimalPlaces() <= 1).toBe(true);
      }),
    );
  });

  it("reaches the ends of a rate's range", () => {
    const values = fc.sample(valueFor(ofType("rate") ?? getIndicator("enforcement.penaltyCases")), { numRuns: 500, seed: 3 }).map((v) => v.toString());
    expect(values).toContain("0");
    expect(values).toContain("100");
  });
});

describe("observations", () => {
  it("pass the schema and every rule, in their indicator's unit", () => {
    fc.assert(
      fc.property(observations(), (o) => {
        expect(Observation.safeParse(o).success).toBe(true);
        expect(o.quantity.unit).toBe(getIndicator(o.indicator).unit);
        expect(validate([o])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("are actual, exact figures of the agency's own", () => {
    fc.assert(
      fc.property(observations(), (o) => {
        expect([o.modality, o.attribution, o.quantity.qualifier]).toEqual(["actual", "own", "exact"]);
      }),
    );
  });

  it("keep to the agencies, indicators and years asked for", () => {
    fc.assert(
      fc.property(observations({ agencies: ["a", "b"], indicators: ["enforcement.fineAmount"], years: [2020, 2022] }), (o) => {
        expect(["a", "b"]).toContain(o.agency);
        expect(o.indicator).toBe("enforcement.fineAmount");
        expect([2020, 2022]).toContain(o.period);
      }),
    );
  });

  it("draw from agency-1 … agency-3 and 2018–2024 by default", () => {
    const sample = fc.sample(observations(), { numRuns: 300, seed: 5 });
    expect(new Set(sample.map((o) => o.agency))).toEqual(new Set(["agency-1", "agency-2", "agency-3"]));
    expect([...new Set(sample.map((o) => o.period))].sort()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it("survive a JSON round trip through the schema", () => {
    fc.assert(
      fc.property(observations(), (o) => {
        const back = Observation.parse(JSON.parse(JSON.stringify(o)));
        expect(back.quantity.value.equals(o.quantity.value)).toBe(true);
        expect({ ...back, quantity: { ...back.quantity, value: null } }).toEqual({ ...o, quantity: { ...o.quantity, value: null } });
      }),
      { numRuns: 100 },
    );
  });
});
