import type { AgencyEntry } from "../dimensions.js";
import { type ObservationTable, tableValue } from "../observationTable.js";
import { figureFlags } from "./accumulator.js";

// What `groupTable` reads from each group's slice of the figures put in group order (`offsets[g]` to
// `offsets[g + 1]` of the figures' rows and, beside them, their agencies): the contributors, whether two
// groups have the same ones, and duplicate figures.

/**
 * Whether every agency of group `b`'s figures is among group `a`'s (`a`'s
 * stamped with `a`; stamps left by earlier calls name the same agencies).
 * Asked both ways, whether two groups have the same contributors.
 *
 * @internal
 */
export function sameContributors(agencies: Uint16Array | Int32Array, offsets: Int32Array, a: number, b: number, stamp: Int32Array): boolean {
  for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) stamp[agencies[k] as number] = a;
  for (let k = offsets[b] as number; k < (offsets[b + 1] as number); k++) if (stamp[agencies[k] as number] !== a) return false;
  return true;
}

/**
 * How many distinct agencies contributed to each group, and how many of
 * them the caller described, told apart with one stamp per agency; flags the
 * groups to which an agency gave more than one figure.
 *
 * @internal
 */
export function contributorCounts(
  agencies: Uint16Array | Int32Array,
  offsets: Int32Array,
  groupCount: number,
  flags: Uint8Array,
  entries: readonly AgencyEntry[],
): { distinct: Int32Array; known: Int32Array } {
  const stamp = new Int32Array(entries.length).fill(-1);
  const distinct = new Int32Array(groupCount);
  const known = new Int32Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    let count = 0;
    let described = 0;
    for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) {
      const a = agencies[k] as number;
      if (stamp[a] === g) {
        flags[g] = (flags[g] as number) | figureFlags.repeatedAgency;
        continue;
      }
      stamp[a] = g;
      count++;
      if ((entries[a] as AgencyEntry).known) described++;
    }
    distinct[g] = count;
    known[g] = described;
  }
  return { distinct, known };
}

/**
 * Marks the groups that hold the same figure twice (same agency, indicator,
 * period, modality, attribution, value, unit and qualifier), as `aggregate`
 * does for objects: only in groups to which an agency gave more than one figure.
 *
 * @internal
 */
export function markDuplicates(table: ObservationTable, grouped: Int32Array, offsets: Int32Array, flags: Uint8Array): void {
  for (let g = 0; g < flags.length; g++) {
    if (((flags[g] as number) & figureFlags.repeatedAgency) === 0) continue;
    const seen = new Set<string>();
    for (let k = offsets[g] as number; k < (offsets[g + 1] as number); k++) {
      const i = grouped[k] as number;
      const key = `${table.agency[i]}\u0001${table.indicator[i]}\u0001${table.period[i]}\u0001${table.modality[i]}\u0001${table.attribution[i]}\u0001${tableValue(table, i).toString()}\u0001${table.unit[i]}\u0001${table.qualifier[i]}`;
      if (seen.has(key)) {
        flags[g] = (flags[g] as number) | figureFlags.duplicate;
        break;
      }
      seen.add(key);
    }
  }
}
