// AggregateRow, RowRate and StatedRate (src/aggregate/aggregateRow.ts) are the shape of an aggregate row: what each
// field promises in its TSDoc, checked on the rows aggregate gives for any observations.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import type { AggregateRow } from "../../src/aggregate/aggregateRow.js";
import type { Measure } from "../../src/aggregate/aggregate.js";
import { Decimal } from "../../src/model/decimal.js";
import { agencies, allDimensions, anyObservations, obs } from "./helpers.js";

const measures: Measure[] = ["sum", "count", "min", "max", "mean"];
const knownNotes = ["mixedUnits", "notAdditive", "ratesNotAggregated", "negativeCount", "unitMismatch", "duplicate", "precisionExceeded"];
const inIdOrder = (ids: readonly string[]) => ids.every((id, i) => i === 0 || (ids[i - 1] ?? "") < id);

/** What every row promises, whatever the figures. */
function checkRow(row: AggregateRow, asked: readonly Measure[]): void {
  expect(inIdOrder(row.agencies)).toBe(true);
  expect(row.missingAgencies.filter((id) => row.agencies.includes(id))).toEqual([]);
  expect(row.observations).toBeGreaterThanOrEqual(row.agencies.length);
  if (row.unit === null) {
    expect(row.sum).toBeNull();
    expect(row.mean).toBeNull();
  }
  expect(row.count === null).toBe(!asked.includes("count"));
  if (row.count !== null) expect(row.count).toBe(row.observations);
  if (!asked.includes("sum")) expect(row.sum).toBeNull();
  if (!asked.includes("min")) expect(row.min).toBeNull();
  if (!asked.includes("max")) expect(row.max).toBeNull();
  if (row.min !== null && row.max !== null) expect(row.min.value.lte(row.max.value)).toBe(true);
  for (const extreme of [row.min, row.max]) {
    // The value stated lies within the bounds its figures allow.
    if (extreme?.lower != null) expect(extreme.lower.lte(extreme.value)).toBe(true);
    if (extreme?.upper != null) expect(extreme.upper.gte(extreme.value)).toBe(true);
  }
  if (row.rate !== null) {
    expect(row.statedRates).toEqual([]);
    expect(row.rate.agencies).toBeGreaterThan(0);
    if (row.rate.method === "unweightedMean") expect([row.rate.numerator, row.rate.denominator]).toEqual([null, null]);
  }
  expect(inIdOrder(row.statedRates.map((r) => r.agency))).toBe(true);
  for (const note of row.notes) expect(knownNotes).toContain(note);
}

describe("AggregateRow", () => {
  it("keeps its promises on the rows of any observations, any grouping and any measures", () => {
    fc.assert(
      fc.property(anyObservations, fc.subarray(allDimensions, { maxLength: 3 }), fc.subarray(measures), (observations, by, asked) => {
        for (const row of aggregate(observations, { by, agencies, measures: asked })) checkRow(row, asked);
      }),
      { numRuns: 200 },
    );
  });

  it("has a RowRate of ratioOfSums with its summed numerator and denominator", () => {
    const [rate] = aggregate([obs("a", "litigation.cases", 10), obs("a", "litigation.lost", 1)], { by: ["indicator"] }).flatMap((r) => (r.rate ? [r.rate] : []));
    expect(rate).toMatchObject({ method: "ratioOfSums", agencies: 1, numerator: { value: new Decimal(1) }, denominator: { value: new Decimal(10) } });
    expect(rate?.value.toString()).toBe("10");
  });

  it("keeps StatedRates per agency, in id order, and no rate, when rates come without components and no method is named", () => {
    const [row] = aggregate([obs("b", "mediation.successRate", 98), obs("a", "mediation.successRate", 90)], { by: ["indicator"] });
    expect(row?.rate).toBeNull();
    expect(row?.statedRates).toEqual([
      { agency: "a", value: new Decimal(90) },
      { agency: "b", value: new Decimal(98) },
    ]);
    expect(row?.notes).toEqual(["notAdditive", "ratesNotAggregated"]);
  });

  it("lists the expected agencies with no figure in missingAgencies, and only those of the row's divisions", () => {
    const [row] = aggregate([obs("daoli", "enforcement.penaltyCases", 1)], { by: ["indicator", "prefecture"], agencies });
    expect(row?.key).toEqual({ indicator: "enforcement.penaltyCases", prefecture: "230100" });
    expect(row?.missingAgencies).toEqual(["daowai", "nangang", "hrb", "hrb-transport"]);
  });
});
