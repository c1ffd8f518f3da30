import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupRows } from "../../scripts/generate-divisions.mjs";
import { readGroupedRows } from "../../src/catalog/divisionRows.js";

const names = fc.stringMatching(/^[\u4e00-\u9fa5]{1,8}$/);
/** Sorted distinct codes of `digits` digits, each with a name. */
const rowsOf = (digits: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 10 ** digits - 1 }), { maxLength: 60 })
    .chain((codes) => fc.tuple(fc.constant(codes.sort((a, b) => a - b)), fc.array(names, { minLength: codes.length, maxLength: codes.length })))
    .map(([codes, ns]) => codes.map((code, i): [string, string] => [String(code).padStart(digits, "0"), ns[i] ?? ""]));

describe("the grouped division rows", () => {
  it("read back what the generator wrote, for any sorted codes (gaps, 00, a group's first not 01)", () => {
    for (const digits of [4, 6]) {
      fc.assert(
        fc.property(rowsOf(digits), (rows) => {
          if (rows.length === 0) return;
          expect(readGroupedRows(groupRows(rows.map(([code, name]) => `${code}${name}`), digits), digits)).toEqual(rows);
        }),
      );
    }
  });

  it("leave out the digits that follow the previous member's", () => {
    expect(groupRows(["230101东城区", "230102西城区", "230105朝阳区", "230200和平区"], 6)).toBe("2301东城区,西城区,05朝阳区|230200和平区");
  });

  it("refuse rows the encoding cannot hold", () => {
    expect(() => groupRows(["230102西城区", "230101东城区"], 6)).toThrow(/order/);
    expect(() => groupRows(["230101东城区,"], 6)).toThrow(/unencodable/);
  });
});
