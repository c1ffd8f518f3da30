// The agency arbitraries of the testing kit: valid by construction (schema and every rule), at the levels and kinds asked for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divisionOf } from "../../src/catalog/divisions.js";
import { sectorOf } from "../../src/catalog/sectorNames.js";
import { Agency } from "../../src/model/agency.js";
import { isCreditCode, readCreditCode } from "../../src/model/creditCodeCheck.js";
import { agencies, creditCodeIn } from "../../src/testing/agencies.js";
import { validate } from "../../src/validate/validate.js";

describe("creditCodeIn", () => {
  it("gives valid credit codes of a 机关 (11) registered in the division asked for", () => {
    fc.assert(
      fc.property(fc.constantFrom("330203", "110101", "230100", "440000"), fc.noShrink(fc.integer()), (division, seed) => {
        const [code] = fc.sample(creditCodeIn(division), { numRuns: 1, seed });
        expect(isCreditCode(code ?? "")).toBe(true);
        expect(readCreditCode(code ?? "")).toMatchObject({ registrationAuthority: "1", organisationCategory: "1", divisionCode: division });
      }),
      { numRuns: 100 },
    );
  });

  it("draws the organisation code at random (not one fixed code)", () => {
    expect(new Set(fc.sample(creditCodeIn("330203"), { numRuns: 50, seed: 7 })).size).toBeGreaterThan(40);
  });
});

describe("agencies", () => {
  it("pass the schema and every rule, at every level", () => {
    fc.assert(
      fc.property(agencies(), (a) => {
        expect(Agency.safeParse(a).success).toBe(true);
        expect(validate(a)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("keep to the levels and kinds asked for", () => {
    fc.assert(
      fc.property(agencies({ levels: ["prefecture"], kinds: ["government"] }), (a) => {
        expect([a.level, a.kind, a.sector, a.name.endsWith("人民政府")]).toEqual(["prefecture", "government", null, true]);
      }),
    );
    fc.assert(
      fc.property(agencies({ levels: ["county", "province"], kinds: ["department"] }), (a) => {
        expect(["county", "province"]).toContain(a.level);
        expect(a.kind).toBe("department");
        expect(a.name.endsWith("局")).toBe(true);
      }),
    );
  });

  it("name the agency after its real division, at the division's own level, registered there", () => {
    fc.assert(
      fc.property(agencies(), (a) => {
        const division = divisionOf(a.divisionCode);
        expect(division?.level).toBe(a.level);
        expect(a.name.startsWith(division?.name ?? "?")).toBe(true);
        expect(readCreditCode(a.creditCode ?? "")?.divisionCode).toBe(a.divisionCode);
        expect(a.id).toBe(`${a.divisionCode}-${a.kind === "government" ? "government" : a.sector}`);
      }),
      { numRuns: 200 },
    );
  });

  it("give a department the sector its name tells (交通局 → transport)", () => {
    fc.assert(
      fc.property(agencies({ kinds: ["department"] }), (a) => {
        expect(a.sector).not.toBeNull();
        expect(sectorOf(a.name)).toBe(a.sector);
      }),
      { numRuns: 200 },
    );
  });

  it("draw every level and both kinds by default", () => {
    const sample = fc.sample(agencies(), { numRuns: 300, seed: 1 });
    expect(new Set(sample.map((a) => a.level))).toEqual(new Set(["province", "prefecture", "county"]));
    expect(new Set(sample.map((a) => a.kind))).toEqual(new Set(["government", "department"]));
  });
});
