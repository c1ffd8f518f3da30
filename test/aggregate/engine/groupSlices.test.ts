import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgencyEntry } from "../../../src/aggregate/dimensions.js";
import { figureFlags } from "../../../src/aggregate/engine/accumulator.js";
import { contributorCounts, markDuplicates, sameContributors } from "../../../src/aggregate/engine/groupSlices.js";
import { observationTable } from "../../../src/aggregate/observationTable.js";
import { obs } from "../helpers.js";

/** Agency entries as the grouping has them: only `known` is read here. */
const entries = (known: boolean[]): AgencyEntry[] => known.map((k) => ({ known: k }) as AgencyEntry);

/** Slices of agencies, one per group: the agencies beside the figures in group order, and where each group starts. */
function slices(groups: number[][]): { agencies: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(groups.length + 1);
  groups.forEach((g, i) => {
    offsets[i + 1] = (offsets[i] as number) + g.length;
  });
  return { agencies: Int32Array.from(groups.flat()), offsets };
}

describe("contributorCounts", () => {
  it("counts each group's distinct agencies and the described ones, and flags an agency that gave two figures", () => {
    const { agencies, offsets } = slices([[0, 1, 0], [2], [], [1, 2]]);
    const flags = new Uint8Array(4);
    const { distinct, known } = contributorCounts(agencies, offsets, 4, flags, entries([true, false, true]));
    expect([...distinct]).toEqual([2, 1, 0, 2]);
    expect([...known]).toEqual([1, 1, 0, 1]);
    expect([...flags]).toEqual([figureFlags.repeatedAgency, 0, 0, 0]);
  });

  it("agrees with a set per group on any slices (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }), { maxLength: 6 }), (groups) => {
        const { agencies, offsets } = slices(groups);
        const flags = new Uint8Array(groups.length);
        const { distinct } = contributorCounts(agencies, offsets, groups.length, flags, entries(Array(6).fill(false)));
        expect([...distinct]).toEqual(groups.map((g) => new Set(g).size));
        expect([...flags].map((f) => f === figureFlags.repeatedAgency)).toEqual(groups.map((g) => new Set(g).size < g.length));
      }),
    );
  });
});

describe("sameContributors", () => {
  it("tells, asked both ways, whether two groups have the same agencies, whatever their order and repeats", () => {
    const { agencies, offsets } = slices([[0, 1, 1], [1, 0], [0, 1, 2], [2]]);
    const stamp = new Int32Array(3).fill(-1);
    const same = (a: number, b: number) => sameContributors(agencies, offsets, a, b, stamp) && sameContributors(agencies, offsets, b, a, stamp);
    expect(same(0, 1)).toBe(true);
    expect(same(0, 2)).toBe(false);
    expect(same(2, 3)).toBe(false);
    // One way only: every agency of group 3 is among group 2's.
    expect(sameContributors(agencies, offsets, 2, 3, stamp)).toBe(true);
  });
});

describe("markDuplicates", () => {
  it("marks a group with the same figure twice, only among groups flagged for a repeated agency", () => {
    const table = observationTable([obs("daoli", "enforcement.penaltyCases", 3), obs("daoli", "enforcement.penaltyCases", 3), obs("daowai", "enforcement.penaltyCases", 3), obs("daowai", "enforcement.penaltyCases", 4)]);
    // Group 0: rows 0 and 1 (the same figure); group 1: rows 2 and 3 (another value); group 2: rows 0 and 1 again, not flagged.
    const grouped = Int32Array.from([0, 1, 2, 3, 0, 1]);
    const offsets = Int32Array.from([0, 2, 4, 6]);
    const flags = Uint8Array.from([figureFlags.repeatedAgency, figureFlags.repeatedAgency, 0]);
    markDuplicates(table, grouped, offsets, flags);
    expect([...flags]).toEqual([figureFlags.repeatedAgency | figureFlags.duplicate, figureFlags.repeatedAgency, 0]);
  });
});
