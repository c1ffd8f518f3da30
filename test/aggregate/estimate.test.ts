// The bounds algebra of an estimate is one module (src/aggregate/estimate.ts): a sum's bounds, a rate's numerator
// and denominator, whichever path computed them, and never changed by rows that are not theirs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { yearOverYear } from "../../src/aggregate/change.js";
import { compositeScore } from "../../src/aggregate/compositeScore.js";
import { compositeScoreTable } from "../../src/aggregate/compositeScoreTable.js";
import { coverage } from "../../src/aggregate/coverage.js";
import { coverageTable } from "../../src/aggregate/coverageTable.js";
import {
  type Bounds,
  addBound,
  differenceEstimate,
  estimateOf,
  exactEstimate,
  mergeBounds,
  ratioEstimate,
  statedEstimate,
  sumEstimate,
} from "../../src/aggregate/estimate.js";
import { rollup } from "../../src/aggregate/rollup.js";
import { targetAttainmentTable } from "../../src/aggregate/targetAttainmentTable.js";
import { targetAttainment } from "../../src/aggregate/targets.js";
import { yearOverYearTable } from "../../src/aggregate/yearOverYearTable.js";
import { type ScaledSum, addScaled, addSums } from "../../src/aggregate/engine/scaledInteger.js";
import { Decimal } from "../../src/model/decimal.js";
import { quotient } from "../../src/model/quotient.js";
import { Estimate as EstimateSchema } from "../../src/model/estimate.js";
import type { Estimate } from "../../src/model/estimate.js";
import type { Observation } from "../../src/model/observation.js";
import type { Qualifier } from "../../src/model/qualifier.js";
import { agencies, obs } from "./helpers.js";

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

describe("the algebra's one-figure and ratio estimates", () => {
  it("gives an exact 0 for an exact 0 over a denominator of at least 1 (both bounds 0), an at-least rate for a positive one", () => {
    const zero = ratioEstimate(statedEstimate({ value: new Decimal(0), qualifier: "exact" }), statedEstimate({ value: new Decimal(1), qualifier: "atLeast" }));
    expect([zero?.qualifier, zero?.value.toString(), zero?.lower?.toString(), zero?.upper?.toString()]).toEqual(["exact", "0", "0", "0"]);
    const three = ratioEstimate(statedEstimate({ value: new Decimal(3), qualifier: "exact" }), statedEstimate({ value: new Decimal(4), qualifier: "atLeast" }));
    expect([three?.qualifier, three?.value.toString(), three?.lower?.toString(), three?.upper?.toString()]).toEqual(["atMost", "75", "0", "75"]);
  });

  it("round-trip through the Estimate schema, and agree with sumEstimate where both apply", () => {
    fc.assert(
      fc.property(part, part, (p, q) => {
        const a = { value: new Decimal(p.value), qualifier: p.qualifier };
        const b = { value: new Decimal(q.value + 1), qualifier: q.qualifier };
        // One figure with the 0 floor is what a sum of it gives; without, its bounds are only those it states.
        expect(shown(statedEstimate(a, { nonNegative: true }))).toEqual(shown(sumEstimate([a])));
        const stated = statedEstimate(a);
        expect(stated.qualifier).toBe(a.qualifier);
        expect(stated.lower?.toString() ?? null).toBe(a.qualifier === "exact" || a.qualifier === "atLeast" ? String(p.value) : null);
        expect(stated.upper?.toString() ?? null).toBe(a.qualifier === "exact" || a.qualifier === "atMost" ? String(p.value) : null);
        const ratio = ratioEstimate(statedEstimate(a), statedEstimate(b));
        expect(ratio?.value.equals(quotient(new Decimal(p.value * 100), q.value + 1) as Decimal)).toBe(true);
        // Exact of exact parts, and of an exact 0 over a denominator of at least 1 (0 ÷ [1, ∞) is 0, its bounds
        // both 0); approximate with unknown bounds when a part is approximate or has no lower bound (a stated at-most figure).
        const unbounded = [a, b].some((x) => x.qualifier === "approx" || x.qualifier === "atMost");
        const zeroOverAtLeast = a.qualifier === "exact" && p.value === 0 && b.qualifier === "atLeast";
        expect(ratio?.qualifier === "exact").toBe((a.qualifier === "exact" && b.qualifier === "exact") || zeroOverAtLeast);
        if (unbounded) expect([ratio?.qualifier, ratio?.lower, ratio?.upper]).toEqual(["approx", null, null]);
        for (const e of [stated, exactEstimate(a.value), ratio as Estimate]) expect(shown(EstimateSchema.parse(JSON.parse(JSON.stringify(e))))).toEqual(shown(e));
      }),
    );
    expect(ratioEstimate(exactEstimate(new Decimal(1)), exactEstimate(new Decimal(0)))).toBeNull();
  });

  it("give a ratio bounds that hold every ratio of values within the parts' bounds", () => {
    // Parts that cannot be negative, each with bounds [lower, upper] (upper unbounded or not) around its value.
    const bounded = fc
      .record({ lower: fc.integer({ min: 0, max: 1000 }), above: fc.integer({ min: 0, max: 1000 }), span: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }) })
      .map(({ lower, above, span }): Estimate => {
        const value = new Decimal(lower + above);
        const upper = span === null ? null : value.plus(span);
        const low = new Decimal(lower);
        return { value, lower: low, upper, qualifier: low.equals(value) && upper?.equals(value) ? "exact" : low.equals(value) ? "atLeast" : upper?.equals(value) ? "atMost" : "approx" };
      })
      .filter((e) => e.qualifier !== "approx");
    // A value within an estimate's bounds: from its lower bound up to its upper (or well past its value when unbounded).
    const within = (e: Estimate, t: number) => {
      const lower = e.lower ?? new Decimal(0);
      return lower.plus(e.upper === null ? e.value.minus(lower).times(2).plus(t * 500) : e.upper.minus(lower).times(t));
    };
    fc.assert(
      fc.property(bounded, bounded, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, d, s, t) => {
        const ratio = ratioEstimate(n, d);
        if (ratio === null) return;
        const x = within(n, s).toDecimalPlaces(3);
        const y = within(d, t).toDecimalPlaces(3);
        if (y.isZero()) return;
        const r = quotient(x.times(100), y) as Decimal;
        if (ratio.lower !== null) expect(r.greaterThanOrEqualTo(ratio.lower)).toBe(true);
        if (ratio.upper !== null) expect(r.lessThanOrEqualTo(ratio.upper)).toBe(true);
        expect(ratio.lower === null || ratio.lower.lessThanOrEqualTo(ratio.value)).toBe(true);
        expect(ratio.upper === null || ratio.upper.greaterThanOrEqualTo(ratio.value)).toBe(true);
      }),
    );
    // 140 or more of exactly 200: at least 70 %, no upper bound; of 100 to 200 (at most 200, floor 100): between 70 and 140 %.
    const atLeast140 = { value: new Decimal(140), qualifier: "atLeast", lower: new Decimal(140), upper: null } as const;
    expect(shownRatio(ratioEstimate(atLeast140, exactEstimate(new Decimal(200))))).toEqual(["atLeast", "70", "70", null]);
    const exact140 = exactEstimate(new Decimal(140));
    expect(shownRatio(ratioEstimate(exact140, { value: new Decimal(200), qualifier: "atMost", lower: new Decimal(100), upper: new Decimal(200) }))).toEqual(["atLeast", "70", "70", "140"]);
    // A difference that may be negative is no base for bounds.
    expect(shownRatio(ratioEstimate({ value: new Decimal(5), qualifier: "approx", lower: new Decimal(-5), upper: new Decimal(10) }, exact140))).toEqual(["approx", "3.571428571428571428571428571429", null, null]);
  });
});

const shownRatio = (e: Estimate | null) => (e === null ? null : [e.qualifier, e.value.toString(), e.lower?.toString() ?? null, e.upper?.toString() ?? null]);

// Each analysis, given rows that are not its result row's (other agencies, indicators, years, peer
// groups), gives that row the same value, qualifier and bounds.
describe("every analysis's result rows do not depend on unrelated rows", () => {
  const years = fc.constantFrom(2017, 2018, 2022, 2023);
  const indicatorOf = fc.constantFrom<Observation["indicator"]>("enforcement.penaltyCases", "litigation.cases", "litigation.lost", "enforcement.fineAmount");
  const figure = (agency: string, indicator: Observation["indicator"], p: { value: number; qualifier: Qualifier }, period = 2021, modality: Observation["modality"] = "actual") =>
    obs(agency, indicator, p.value, { qualifier: p.qualifier, year: period, modality });
  const cells = (row: { cells: Record<string, unknown> } | undefined, keys: readonly string[]) =>
    keys.map((k) => {
      const cell = row?.cells[k] as { kind: string; value: unknown; qualifier?: string; lower?: Decimal | null; upper?: Decimal | null } | null | undefined;
      if (!cell) return null;
      return [String(cell.value), cell.qualifier ?? null, cell.lower?.toString() ?? null, cell.upper?.toString() ?? null];
    });

  it("rollup: a division's figures and rates, whatever other divisions, sectors and years report", () => {
    const harbin = fc.constantFrom("daowai", "daoli", "nangang", "hrb");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(harbin, indicatorOf, part), { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(fc.tuple(fc.constantFrom("haishu", "hrb-transport"), indicatorOf, part, fc.constant(2021)), fc.tuple(harbin, indicatorOf, part, years)), { maxLength: 8 }),
        (own, others) => {
          const base = own.map(([agency, indicator, p]) => figure(agency, indicator, p));
          const unrelated = others.map(([agency, indicator, p, year]) => figure(agency, indicator, p, year));
          const rows = (observations: readonly Observation[]) =>
            rollup(observations, { agencies, to: "province" })
              .observations.filter((o) => o.agency === "230000:government" && o.period === 2021)
              .map((o) => [o.indicator, o.quantity.value.toString(), o.quantity.qualifier, o.quantity.unit]);
          expect(rows([...base, ...unrelated])).toEqual(rows(base));
          expect(rows([...unrelated, ...base])).toEqual(rows(base));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("yearOverYear: one agency's change of one indicator, whatever other agencies, indicators and years report", () => {
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 3 }),
        fc.array(part, { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.oneof(
            fc.tuple(fc.constant("daoli"), fc.constant<Observation["indicator"]>("enforcement.penaltyCases"), part, fc.constantFrom(2020, 2021), fc.constant<Observation["modality"]>("actual")),
            fc.tuple(fc.constant("daowai"), fc.constantFrom<Observation["indicator"]>("litigation.cases", "enforcement.fineAmount"), part, fc.constantFrom(2020, 2021), fc.constant<Observation["modality"]>("actual")),
            fc.tuple(fc.constant("daowai"), fc.constant<Observation["indicator"]>("enforcement.penaltyCases"), part, years, fc.constant<Observation["modality"]>("actual")),
            fc.tuple(fc.constant("daowai"), fc.constant<Observation["indicator"]>("enforcement.penaltyCases"), part, fc.constantFrom(2020, 2021), fc.constant<Observation["modality"]>("target")),
          ),
          { maxLength: 8 },
        ),
        (before, after, others) => {
          const base = [...before.map((p) => figure("daowai", "enforcement.penaltyCases", p, 2020)), ...after.map((p) => figure("daowai", "enforcement.penaltyCases", p, 2021))];
          const unrelated = others.map(([agency, indicator, p, year, modality]) => figure(agency, indicator, p, year, modality));
          const row = (observations: readonly Observation[]) => {
            const changes = yearOverYear(observations).filter((c) => c.agency === "daowai" && c.indicator === "enforcement.penaltyCases" && c.year === 2021);
            const table = yearOverYearTable(changes);
            return [changes.map((c) => [shown(c.value), shown(c.previous), shown(c.difference), c.growth?.toString() ?? null]), cells(table.rows[0], ["previous", "value", "difference", "growth"])];
          };
          expect(row([...unrelated, ...base])).toEqual(row(base));
          expect(row([...base, ...unrelated])).toEqual(row(base));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("targetAttainment: one target's actual and status, whatever other agencies, indicators and years report", () => {
    fc.assert(
      fc.property(
        part,
        fc.option(part),
        fc.array(fc.oneof(fc.tuple(fc.constant("daoli"), fc.constant<Observation["indicator"]>("litigation.cases"), fc.constant(2021)), fc.tuple(fc.constant("daowai"), fc.constantFrom<Observation["indicator"]>("litigation.lost", "enforcement.penaltyCases"), fc.constant(2021)), fc.tuple(fc.constant("daowai"), fc.constant<Observation["indicator"]>("litigation.cases"), years)), { maxLength: 8 }),
        fc.array(part, { maxLength: 8 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        (target, actual, where, values, targets) => {
          const base = [figure("daowai", "litigation.cases", target, 2021, "target"), ...(actual ? [figure("daowai", "litigation.cases", actual, 2021)] : [])];
          const unrelated = where.map(([agency, indicator, year], k) => figure(agency, indicator, values[k] ?? { value: 1, qualifier: "exact" }, year, targets[k] ? "target" : "actual"));
          const row = (observations: readonly Observation[]) => {
            const rows = targetAttainment(observations).filter((r) => r.agency === "daowai" && r.indicator === "litigation.cases" && r.period === 2021);
            return [rows.map((r) => [r.status, r.target.comparator]), cells(targetAttainmentTable(rows).rows[0], ["target", "actual"])];
          };
          expect(row([...unrelated, ...base])).toEqual(row(base));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("coverage: one indicator's row, whatever other indicators, unexpected agencies and other periods report", () => {
    const expected = agencies.slice(0, 4);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("daowai", "daoli", "nangang", "hrb"), part), { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(fc.tuple(fc.constantFrom("daowai", "hrb"), fc.constantFrom<Observation["indicator"]>("litigation.lost", "enforcement.fineAmount"), fc.constant(2021)), fc.tuple(fc.constantFrom("haishu", "elsewhere"), fc.constant<Observation["indicator"]>("litigation.cases"), fc.constant(2021)), fc.tuple(fc.constant("daoli"), fc.constant<Observation["indicator"]>("litigation.cases"), years)), { maxLength: 8 }),
        (own, others) => {
          const base = own.map(([agency, p]) => figure(agency, "litigation.cases", p));
          const unrelated = others.map(([agency, indicator, year]) => figure(agency, indicator, { value: 1, qualifier: "exact" }, year));
          const row = (observations: readonly Observation[]) => {
            const table = coverageTable(coverage(observations, { agencies: expected, period: 2021 }), { agencies: expected });
            const cases = table.rows.find((r) => r.cells.indicator.value === "litigation.cases");
            return cells(cases, ["reported", "share", ...expected.map((a) => `agency:${a.id}`)]);
          };
          expect(row([...base, ...unrelated])).toEqual(row(base));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("compositeScore: a peer group's scores, whatever other peer groups and other years report", () => {
    const governments = fc.constantFrom("daowai", "daoli", "nangang");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(governments, indicatorOf, part), { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(fc.tuple(fc.constant("hrb-transport"), indicatorOf, part, fc.constant(2021)), fc.tuple(governments, indicatorOf, part, years)), { maxLength: 8 }),
        (own, others) => {
          const base = own.map(([agency, indicator, p]) => figure(agency, indicator, p));
          const unrelated = others.map(([agency, indicator, p, year]) => figure(agency, indicator, p, year));
          const scores = (observations: readonly Observation[]) => {
            const result = compositeScore(observations, { agencies, year: 2021, peerGroup: ["sector"] }).filter((s) => s.peerGroup === "-");
            const table = compositeScoreTable(result);
            return [
              result.map((s) => [s.agency, s.score.toString(), s.components.map((c) => [c.indicator, c.value.toString(), c.normalized.toString()])]),
              table.rows.map((r) => cells(r, ["score"])),
            ];
          };
          expect(scores([...unrelated, ...base])).toEqual(scores(base));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("sumEstimate", () => {
  it("adds exact, bounded and approximate parts", () => {
    expect(sumEstimate([{ value: new Decimal(3), qualifier: "exact" }, { value: new Decimal(2), qualifier: "atMost" }])).toEqual({
      value: new Decimal(5),
      qualifier: "atMost",
      lower: new Decimal(3),
      upper: new Decimal(5),
    });
    expect(sumEstimate([{ value: new Decimal(3), qualifier: "atLeast" }, { value: new Decimal(2), qualifier: "atMost" }]).qualifier).toBe("approx");
    expect(sumEstimate([])).toEqual({ value: new Decimal(0), qualifier: "exact", lower: new Decimal(0), upper: new Decimal(0) });
  });
});
