import { describe, expect, it } from "vitest";
import { type TargetAttainmentOptions, targetAttainment } from "../../src/aggregate/targets.js";
import { Decimal } from "../../src/index.js";
import { obs } from "./helpers.js";

describe("targetAttainment", () => {
  it("compares a target with the actual of the same agency, indicator and period", () => {
    const rows = targetAttainment([
      obs("a", "litigation.headAppearanceRate", 100, { modality: "target" }),
      obs("a", "litigation.headAppearanceRate", 80),
      obs("b", "litigation.headAppearanceRate", 100),
      obs("a", "litigation.headAppearanceRate", 100, { year: 2022 }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.target.comparator).toBe(">=");
    expect(rows[0]?.actual?.value.toString()).toBe("80");
    expect(rows[0]?.status).toBe("notMet");
  });

  it("reads a plain level as <= where less is better, and says noActual without an actual", () => {
    const rows = targetAttainment([obs("a", "litigation.lossRate", 5, { modality: "target" }), obs("a", "litigation.lossRate", 4), obs("b", "litigation.lossRate", 5, { modality: "target" })]);
    expect(rows.map((r) => [r.agency, r.target.comparator, r.status])).toEqual([
      ["a", "<=", "met"],
      ["b", "<=", "noActual"],
    ]);
  });

  it("applies the tolerance of ≈ targets per indicator", () => {
    const figures = [obs("a", "services.onlineRate", 70, { modality: "target", qualifier: "approx" }), obs("a", "services.onlineRate", 73)];
    expect(targetAttainment(figures)[0]?.status).toBe("notMet");
    const rows = targetAttainment(figures, { tolerance: { "services.onlineRate": new Decimal(5) } });
    expect(rows[0]?.target.tolerance?.toString()).toBe("5");
    expect(rows[0]?.status).toBe("met");
  });

  it("takes a figure on another's behalf as the actual when the agency states none itself", () => {
    const rows = targetAttainment([obs("a", "services.onlineRate", 90, { modality: "target" }), obs("a", "services.onlineRate", 95, { attribution: "onBehalfOf" })]);
    expect(rows[0]?.status).toBe("met");
  });

  it("refuses bad options with the option named", () => {
    const figures = [obs("a", "services.onlineRate", 70, { modality: "target" })];
    expect(() => targetAttainment(figures, { tolerance: { "services.onlineRate": 5 as unknown as Decimal } })).toThrow(
      new TypeError('targetAttainment: option tolerance["services.onlineRate"] must be a Decimal within range'),
    );
    expect(() => targetAttainment(figures, { tolerance: { "services.onlineRate": new Decimal(-1) } })).toThrow(RangeError);
    expect(() => targetAttainment(figures, { tolerance: { "services.onlineRate": new Decimal(-1) } })).toThrow(
      new RangeError('targetAttainment: option tolerance["services.onlineRate"] must not be negative, not -1'),
    );
    expect(() => targetAttainment(figures, { tolerance: null } as unknown as TargetAttainmentOptions)).toThrow("targetAttainment: option tolerance must be an object");
    expect(() => targetAttainment(figures, [] as unknown as TargetAttainmentOptions)).toThrow("targetAttainment: options must be an object");
  });
});

describe("target attainment", () => {
  it("says met, not met, unknown or no actual, honouring bounds and tolerance", () => {
    const rows = targetAttainment(
      [
        obs("a", "litigation.headAppearanceRate", 100, { modality: "target" }),
        obs("a", "litigation.headAppearanceRate", 80),
        obs("a", "enforcement.trainingHoursPerOfficer", 60, { modality: "target", qualifier: "atLeast", unit: "学时" }),
        obs("a", "enforcement.trainingHoursPerOfficer", 50, { qualifier: "atLeast", unit: "学时" }),
        obs("a", "services.onlineRate", 70, { modality: "target", qualifier: "approx" }),
        obs("a", "services.onlineRate", 72),
        obs("a", "litigation.lossRate", 5, { modality: "target" }),
        obs("a", "litigation.lossRate", 3),
        obs("a", "mediation.successRate", 95, { modality: "target" }),
      ],
      { tolerance: { "services.onlineRate": new Decimal(5) } },
    );
    expect(rows.map((r) => [r.indicator, r.target.comparator, r.status])).toEqual([
      ["litigation.headAppearanceRate", ">=", "notMet"],
      ["enforcement.trainingHoursPerOfficer", ">=", "unknown"],
      ["services.onlineRate", "≈", "met"],
      ["litigation.lossRate", "<=", "met"],
      ["mediation.successRate", ">=", "noActual"],
    ]);
  });
});
