import { describe, expect, it } from "vitest";
import { type Accumulator, type RowContext, addFigure, contributorCount, figureFlags, newAccumulator, rowOf } from "../../../src/aggregate/engine/accumulator.js";
import { type AgencyEntry, agencyEntry } from "../../../src/aggregate/dimensions.js";
import type { Observation } from "../../../src/index.js";
import { agencies, obs } from "../helpers.js";

const context = (expected: ReadonlyMap<string, readonly string[]> = new Map()): RowContext => ({ sum: true, count: true, min: true, max: true, mean: true, expected, rateMethod: undefined, unitKinds: new Map() });

/** One group of figures by agency (`by`: no dimension), the entries ranked in id order. */
function groupOf(figures: Observation[], extremes = true): Accumulator {
  const entries = new Map<string, AgencyEntry>();
  for (const id of [...new Set(figures.map((f) => f.agency))].sort()) entries.set(id, { ...agencyEntry(agencies.find((a) => a.id === id), id, []), rank: entries.size });
  const acc = newAccumulator({}, figures[0] as Observation);
  for (const f of figures) addFigure(acc, f, entries.get(f.agency) as AgencyEntry, extremes);
  return acc;
}

describe("addFigure", () => {
  it("counts figures and contributors, keeps the exact sum and the extremes", () => {
    const acc = groupOf([obs("nangang", "enforcement.penaltyCases", "0.1"), obs("daoli", "enforcement.penaltyCases", "0.2"), obs("daoli", "enforcement.penaltyCases", 5)]);
    expect(acc.count).toBe(3);
    expect(contributorCount(acc)).toBe(2);
    expect(acc.flags & figureFlags.repeatedAgency).toBe(figureFlags.repeatedAgency);
    expect(acc.min?.toString()).toBe("0.1");
    expect(acc.max?.toString()).toBe("5");
    const row = rowOf(acc, context());
    expect(row.sum?.value.toString()).toBe("5.3");
    expect(row.agencies).toEqual(["daoli", "nangang"]);
  });

  it("keeps no extremes unless asked, and forgets the indicator once two differ", () => {
    const acc = groupOf([obs("daoli", "enforcement.penaltyCases", 1), obs("daoli", "litigation.cases", 2)], false);
    expect(acc.min).toBeNull();
    expect(acc.indicator).toBeNull();
  });

  it("turns the contributors into a set beyond 32", () => {
    const figures = Array.from({ length: 40 }, (_, i) => obs(`x${String(i).padStart(2, "0")}`, "enforcement.penaltyCases", 1));
    const acc = groupOf(figures);
    expect(acc.agencies).toBeInstanceOf(Set);
    expect(contributorCount(acc)).toBe(40);
    expect(rowOf(acc, context()).agencies[39]).toBe("x39");
  });
});

describe("rowOf", () => {
  it("notes a negative count, mixed units and the missing expected agencies", () => {
    const negative = groupOf([obs("daoli", "enforcement.penaltyCases", -1)]);
    expect(negative.flags & figureFlags.negative).toBe(figureFlags.negative);
    expect(rowOf(negative, context()).notes).toContain("negativeCount");
    const mixed = rowOf(groupOf([obs("daoli", "enforcement.penaltyCases", 1), obs("daoli", "enforcement.penaltyCases", 1, { unit: "元" })]), context());
    expect(mixed.unit).toBeNull();
    expect(mixed.sum).toBeNull();
    expect(mixed.notes).toContain("mixedUnits");
    const acc = groupOf([obs("daoli", "enforcement.penaltyCases", 1)]);
    expect(rowOf(acc, context(new Map([["", ["daoli", "daowai"]]]))).missingAgencies).toEqual(["daowai"]);
  });

  it("keeps stated rates per agency, sorted, unless the unweighted mean is asked for", () => {
    const figures = [obs("nangang", "services.onlineRate", 90), obs("daoli", "services.onlineRate", 80)];
    const kept = rowOf(groupOf(figures), context());
    expect(kept.rate).toBeNull();
    expect(kept.statedRates.map((r) => r.agency)).toEqual(["daoli", "nangang"]);
    expect(kept.notes).toContain("ratesNotAggregated");
    const mean = rowOf(groupOf(figures), { ...context(), rateMethod: "unweightedMean" });
    expect(mean.rate?.value.toString()).toBe("85");
    expect(mean.rate?.agencies).toBe(2);
  });
});
