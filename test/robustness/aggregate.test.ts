import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  type Observation,
  aggregate,
  compositeScore,
  coverage,
  rollup,
  series,
  targetAttainment,
  yearOverYear,
} from "../../src/index.js";
import { countable } from "../../src/aggregate/attributed.js";
import { attributed, sumEstimate } from "../../src/aggregate/index.js";
import { commonUnit } from "../../src/catalog/index.js";
import { agencies, allDimensions, anyObservations, obs } from "../aggregate/helpers.js";
import { hostileJson, namesOption, outcome, prototypeKeys, throwingObject } from "./arbitraries.js";

/** Every analysis of the aggregate stage, called on figures and options as a caller would. */
const entryPoints: [string, (observations: unknown, options: unknown) => unknown][] = [
  ["aggregate", (o, options) => aggregate(o as never, (options ?? { by: ["indicator"] }) as never)],
  ["rollup", (o, options) => rollup(o as never, (options ?? { agencies, to: "prefecture" }) as never)],
  ["series", (o) => series(o as never)],
  ["yearOverYear", (o) => yearOverYear(o as never)],
  ["targetAttainment", (o, options) => targetAttainment(o as never, options as never)],
  ["coverage", (o, options) => coverage(o as never, options as never)],
  ["compositeScore", (o, options) => compositeScore(o as never, options as never)],
  ["attributed", (o, options) => attributed(o as never, options as never)],
  ["sumEstimate", (o) => sumEstimate(o as never)],
];

/** A valid observation with one field replaced by a hostile value. */
const spoiled = fc
  .tuple(anyObservations.filter((list) => list.length > 0), fc.constantFrom("agency", "indicator", "period", "modality", "attribution", "quantity", "value", "unit", "qualifier"), hostileJson)
  .map(([list, field, value]) =>
    list.map((o, i) => {
      if (i !== 0) return o;
      if (field === "value" || field === "unit" || field === "qualifier") return { ...o, quantity: { ...o.quantity, [field]: value } };
      return { ...o, [field]: value };
    }),
  );

describe("aggregate and its siblings on any input", () => {
  it("give their result or a TypeError/RangeError naming the function, for any JSON value and any spoiled figure", () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, spoiled, fc.array(hostileJson, { maxLength: 3 })), fc.option(hostileJson, { nil: undefined }), (observations, options) => {
        for (const [name, run] of entryPoints) {
          for (const o of [observations, undefined]) {
            const result = outcome(() => run(o ?? observations, options));
            if (!result.ok) expect(namesOption(result.error, `${name}:`), `${name}: ${String((result.error as Error)?.message)}`).toBe(true);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it("reads the JSON form of a figure by the schema, never sums a float or a word, and says which figure it could not use", () => {
    const good = obs("daowai", "enforcement.penaltyCases", 5);
    // A decimal string is the JSON form of a Decimal: read exactly, as the schema reads it.
    const json = [good, { ...good, agency: "daoli", quantity: { ...good.quantity, value: "12.30" } }];
    expect(aggregate(json as Observation[], { by: ["indicator"] })[0]?.sum?.value.toString()).toBe("17.3");
    const words = [good, { ...good, quantity: { ...good.quantity, value: "12件" } }];
    const huge = [good, { ...good, quantity: { ...good.quantity, value: "1e200000000" } }];
    const floats = [good, { ...good, quantity: { ...good.quantity, value: 0.1 } }];
    const getters = [good, throwingObject(["agency", "quantity"])];
    for (const list of [words, huge, floats, getters]) {
      expect(() => aggregate(list as Observation[], { by: ["indicator"] })).toThrow(/^aggregate: observations\[1\]/);
    }
    expect(() => aggregate([{ ...good, quantity: { ...good.quantity, value: { toStringTag: "[object Decimal]" } } }] as never, { by: ["indicator"] })).toThrow(TypeError);
    expect(() => aggregate([good], null as never)).toThrow(/aggregate: options/);
    expect(() => aggregate([good], { by: "indicator" } as never)).toThrow(/option by/);
  });

  it("keeps units named like Object's properties strings: never a function as the unit", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...prototypeKeys, "件", "起"), { minLength: 1, maxLength: 4 }), (units) => {
        const figures = units.map((unit, i) => obs(i % 2 === 0 ? "daowai" : "daoli", "enforcement.penaltyCases", i + 1, { unit }));
        const common = commonUnit(units);
        expect(common === null || typeof common === "string").toBe(true);
        for (const row of aggregate(figures, { by: ["indicator", "agency"] })) expect(row.unit === null || typeof row.unit === "string").toBe(true);
        for (const o of rollup(figures, { agencies, to: "prefecture" }).observations) expect(typeof o.quantity.unit).toBe("string");
      }),
    );
  });

  it("is order-free and exact on valid figures of any dimensions", () => {
    fc.assert(
      fc.property(anyObservations, fc.subarray(allDimensions, { minLength: 1, maxLength: 3 }), (observations, by) => {
        const rows = aggregate(observations, { by, agencies });
        for (const row of rows) if (row.sum) expect(row.sum.value.isFinite()).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe("compositeScore weights", () => {
  const figures = [obs("daowai", "enforcement.penaltyCases", 5), obs("daoli", "enforcement.penaltyCases", 9)];
  it("refuses a NaN, infinite or negative weight with a RangeError and a string weight with a TypeError, naming them", () => {
    expect(() => compositeScore(figures, { weights: { indicators: { "enforcement.penaltyCases": Number.NaN } } })).toThrow(
      /compositeScore: option weights\.indicators\["enforcement\.penaltyCases"\]/,
    );
    expect(() => compositeScore(figures, { weights: { areas: { enforcement: Number.POSITIVE_INFINITY } as never } })).toThrow(RangeError);
    expect(() => compositeScore(figures, { weights: { areas: { enforcement: -1 } as never } })).toThrow(RangeError);
    expect(() => compositeScore(figures, { weights: { indicators: { "enforcement.penaltyCases": "2" as never } } })).toThrow(TypeError);
  });
  it("refuses keys that are no indicator, __proto__ and constructor too, and never reads the prototype", () => {
    expect(() => compositeScore(figures, { weights: JSON.parse('{"indicators": {"__proto__": 3}}') })).toThrow(/unknown indicator "__proto__" in option weights\.indicators/);
    expect(() => compositeScore(figures, { weights: JSON.parse('{"areas": {"constructor": 2}}') })).toThrow(/unknown outline area "constructor" in option weights\.areas/);
    for (const s of compositeScore(figures, { weights: { indicators: {} } })) expect(s.score.isFinite()).toBe(true);
  });
});

describe("countable, coverage and targetAttainment options", () => {
  it("name the option they refuse", () => {
    expect(() => countable([], null as never)).toThrow(/countable: options/);
    expect(() => coverage([], { agencies: [{ id: 1 }] as never })).toThrow(/coverage: option agencies\[0\]/);
    expect(() => targetAttainment([], { tolerance: { "services.onlineRate": "5" } as never })).toThrow(/targetAttainment: option tolerance/);
    expect(() => rollup([], { agencies, to: "county" as never })).toThrow(RangeError);
  });
  it("read a tolerance from its own keys", () => {
    const target = obs("daowai", "services.onlineRate", 90, { modality: "target", qualifier: "approx" });
    const actual = obs("daowai", "services.onlineRate", 88);
    expect(targetAttainment([target, actual], { tolerance: {} })[0]?.target.tolerance).toBeUndefined();
    expect(targetAttainment([target, actual], { tolerance: { "services.onlineRate": new Decimal(5) } })[0]?.status).toBe("met");
  });
});
