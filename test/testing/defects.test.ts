// The arbitraries with a chosen defect: each gives the issue it is named after, and nothing else.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getIndicator } from "../../src/catalog/indicators.js";
import { Agency } from "../../src/model/agency.js";
import { isCreditCode, readCreditCode } from "../../src/model/creditCodeCheck.js";
import { Observation } from "../../src/model/observation.js";
import { type AgencyDefect, type ObservationDefect, agenciesWith, observationsWith } from "../../src/testing/defects.js";
import { validate } from "../../src/validate/validate.js";

const observationDefects: ObservationDefect[] = ["negativeCount", "nonIntegerCount", "rateOutOfRange", "unitMismatch"];
const agencyDefects: AgencyDefect[] = ["creditCodeInvalid", "creditCodeRegionMismatch", "levelMismatch"];

describe("observationsWith", () => {
  for (const defect of observationDefects) {
    it(`gives observations with ${defect}: quantity.${defect} and nothing else`, () => {
      fc.assert(
        fc.property(observationsWith(defect), (o) => {
          expect(validate([o]).map((issue) => issue.code)).toEqual([`quantity.${defect}`]);
        }),
        { numRuns: 100 },
      );
    });
  }

  it("puts the defect where its name says: a negative or fractional count, a rate above 100 %, a count in 平方米", () => {
    const sample = (defect: ObservationDefect) => fc.sample(observationsWith(defect), { numRuns: 50, seed: 11 });
    for (const o of sample("negativeCount")) expect([getIndicator(o.indicator).valueType, o.quantity.value.isNegative()]).toEqual(["count", true]);
    for (const o of sample("nonIntegerCount")) expect([getIndicator(o.indicator).valueType, o.quantity.value.isInteger()]).toEqual(["count", false]);
    for (const o of sample("rateOutOfRange")) expect([getIndicator(o.indicator).unit, o.quantity.value.gt(100)]).toEqual(["%", true]);
    for (const o of sample("unitMismatch")) expect([getIndicator(o.indicator).valueType, o.quantity.unit]).toEqual(["count", "平方米"]);
  });

  it("keeps the observation options (agencies, years) and the schema's shape", () => {
    fc.assert(
      fc.property(fc.constantFrom(...observationDefects).chain((d) => observationsWith(d, { agencies: ["x"], years: [2019] })), (o) => {
        expect([o.agency, o.period]).toEqual(["x", 2019]);
        expect(Observation.safeParse(o).success).toBe(true);
      }),
    );
  });
});

describe("agenciesWith", () => {
  for (const defect of agencyDefects) {
    it(`gives agencies with ${defect}: agency.${defect} and nothing else`, () => {
      fc.assert(
        fc.property(agenciesWith(defect), (a) => {
          expect(validate(a).map((issue) => issue.code)).toEqual([`agency.${defect}`]);
        }),
        { numRuns: 100 },
      );
    });
  }

  it("breaks only the check character, registers elsewhere, or names the wrong level", () => {
    fc.assert(
      fc.property(agenciesWith("creditCodeInvalid"), (a) => {
        expect(a.creditCode).toHaveLength(18);
        expect(isCreditCode(a.creditCode ?? "")).toBe(false);
      }),
    );
    fc.assert(
      fc.property(agenciesWith("creditCodeRegionMismatch"), (a) => {
        const registered = readCreditCode(a.creditCode ?? "")?.divisionCode;
        expect(registered === "110101" || registered === "310101").toBe(true);
        expect(registered?.slice(0, 2)).not.toBe(a.divisionCode.slice(0, 2));
      }),
    );
    fc.assert(
      fc.property(agenciesWith("levelMismatch", { levels: ["county"] }), (a) => {
        expect(a.level).toBe("prefecture");
      }),
    );
  });

  it("keeps the agency options and what the schema checks alone (a bad check character is the schema's refusal too)", () => {
    fc.assert(
      fc.property(fc.constantFrom<AgencyDefect>("creditCodeRegionMismatch", "levelMismatch").chain((d) => agenciesWith(d, { kinds: ["government"] })), (a) => {
        expect(a.kind).toBe("government");
        expect(Agency.safeParse(a).success).toBe(true);
      }),
    );
    const [bad] = fc.sample(agenciesWith("creditCodeInvalid"), { numRuns: 1, seed: 2 });
    const refused = Agency.safeParse(bad);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path)).toEqual([["creditCode"]]);
  });
});
