// The bounds algebra of an estimate is one module (src/aggregate/estimate.ts): a sum's bounds, a rate's numerator
// and denominator, whichever path computed them, and never changed by rows that are not theirs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { type Bounds, addBound, differenceEstimate, estimateOf, mergeBounds, sumEstimate } from "../../src/aggregate/estimate.js";
import { type ScaledSum, addScaled, addSums } from "../../src/aggregate/scaledInteger.js";
import { Decimal } from "../../src/model/decimal.js";
import type { Estimate } from "../../src/model/estimate.js";
import type { Observation } from "../../src/model/observation.js";
import type { Qualifier } from "../../src/model/qualifier.js";

const qualifier = fc.constantFrom<Qualifier>("exact", "exact", "atLeast", "atMost", "approx");
const part = fc.record({ value: fc.integer({ min: 0, max: 10_000 }), qualifier });
const observation = (agency: string, indicator: string, p: { value: number; qualifier: Qualifier }): Observation => ({
  agency,
  indicator: indicator as Observation["indicator"],
  period: 2021,
  quantity: { value: new Decimal(p.value), unit: "件", qualifier: p.qualifier },
  modality: "actual",
  attribution: "own",
});
const shown = (e: Estimate | null | undefined) => (e ? [e.value.toString(), e.qualifier, e.lower?.toString() ?? null, e.upper?.toString() ?? null] : null);
const rateParts = (observations: readonly Observation[]) => {
  const rate = aggregate(observations, { by: ["indicator"] }).find((row) => row.key["indicator"] === "litigation.lossRate")?.rate;
  return rate ? [shown(rate.numerator), shown(rate.denominator)] : null;
};

describe("the estimate algebra", () => {
  it("gives a sum's bounds the same through the running bounds (addBound, mergeBounds, estimateOf) as through sumEstimate", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), fc.nat(12), (parts, cut) => {
        const decimals = parts.map((p) => ({ value: new Decimal(p.value), qualifier: p.qualifier }));
        // Two halves summed apart and merged, as the per-agency path does.
        const halves = [decimals.slice(0, cut), decimals.slice(cut)].map((half) => {
          const sum: ScaledSum = { scaled: 0, exact: null };
          let bounds: Bounds | null = null;
          for (const p of half) {
            addScaled(sum, p.value);
            bounds = addBound(bounds, p.value, p.qualifier);
          }
          return { sum, bounds };
        });
        const [a, b] = halves;
        const total: ScaledSum = { scaled: 0, exact: null };
        if (a) addSums(total, a.sum);
        if (b) addSums(total, b.sum);
        const merged = estimateOf(total, mergeBounds(a?.bounds ?? null, b?.bounds ?? null));
        expect(shown(merged)).toEqual(shown(sumEstimate(decimals)));
      }),
    );
  });

  it("gives a difference whose bounds hold every difference of values inside the two estimates' bounds", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.array(part, { minLength: 1, maxLength: 4 }), (xs, ys) => {
        const toParts = (ps: typeof xs) => ps.map((p) => ({ value: new Decimal(p.value), qualifier: p.qualifier }));
        const a = sumEstimate(toParts(xs));
        const b = sumEstimate(toParts(ys));
        const d = differenceEstimate(a, b);
        expect(d.value.equals(a.value.minus(b.value))).toBe(true);
        // The extreme pairs: each bound of the difference is reached by bounds of a and b.
        if (d.lower !== null) expect(d.lower.equals((a.lower ?? a.value).minus(b.upper ?? b.value))).toBe(true);
        if (d.upper !== null) expect(d.upper.equals((a.upper ?? a.value).minus(b.lower ?? b.value))).toBe(true);
        if (a.qualifier === "exact" && b.qualifier === "exact") expect(d.qualifier).toBe("exact");
      }),
    );
  });

  it("gives a rate's numerator and denominator bounds that do not depend on unrelated rows", () => {
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 5 }),
        fc.array(part, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.constantFrom("b", "c"), fc.constantFrom("litigation.cases", "litigation.lost", "enforcement.penaltyCases"), part), { maxLength: 6 }),
        (lost, cases, others) => {
          const own = [...lost.map((p) => observation("a", "litigation.lost", p)), ...cases.map((p) => observation("a", "litigation.cases", { ...p, value: p.value + 1 }))];
          // Rows of agencies that report only one component, or another indicator, are not the rate's.
          const unrelated = others
            .filter(([agency, indicator]) => !(agency === "b" && indicator === "litigation.lost") && !(agency === "c" && indicator === "litigation.cases"))
            .map(([agency, indicator, p]) => observation(agency, indicator, p));
          expect(rateParts([...own, ...unrelated])).toEqual(rateParts(own));
        },
      ),
    );
  });

  it("keeps an atMost part's lower bound when another agency reported only the denominator (was lower = null)", () => {
    const own = [observation("a", "litigation.lost", { value: 1, qualifier: "exact" }), observation("a", "litigation.lost", { value: 2, qualifier: "atMost" }), observation("a", "litigation.cases", { value: 10, qualifier: "exact" })];
    const expected = [["3", "atMost", "1", "3"], ["10", "exact", "10", "10"]];
    expect(rateParts(own)).toEqual(expected);
    expect(rateParts([...own, observation("b", "litigation.cases", { value: 5, qualifier: "exact" })])).toEqual(expected);
  });
});
