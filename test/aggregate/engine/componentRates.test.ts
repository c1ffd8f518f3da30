import { describe, expect, it } from "vitest";
import { type Accumulator, addFigure, newAccumulator } from "../../../src/aggregate/engine/accumulator.js";
import { componentRates, ratioOf } from "../../../src/aggregate/engine/componentRates.js";
import { GroupIndex } from "../../../src/aggregate/engine/groupIndex.js";
import { ObservationReader } from "../../../src/aggregate/engine/observationReader.js";
import type { Dimension } from "../../../src/aggregate/dimensions.js";
import { sumEstimate } from "../../../src/aggregate/estimate.js";
import { Decimal, type Observation } from "../../../src/index.js";
import { agencies, obs } from "../helpers.js";

/** The rate groups of figures grouped by `by`, every figure counted. */
function ratesOf(figures: Observation[], by: Dimension[] = ["indicator"]) {
  const reader = new ObservationReader(by, agencies);
  const index = new GroupIndex<Accumulator>(by);
  for (const o of figures) addFigure(index.add(reader, o, null, newAccumulator), o, reader.entryOf(o.agency), false);
  reader.rankAgencies();
  let passes = 0;
  const groups = componentRates(
    () => {
      passes++;
      return figures;
    },
    by,
    index,
    () => true,
    reader,
  );
  return { groups, passes: () => passes };
}

describe("componentRates", () => {
  it("makes a rate of the sums when the components have the same agencies, with no second pass", () => {
    const { groups, passes } = ratesOf([
      obs("daoli", "enforcement.certifiedOfficers", 30),
      obs("daoli", "enforcement.officers", 40),
      obs("daowai", "enforcement.certifiedOfficers", 10),
      obs("daowai", "enforcement.officers", 60),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.key).toEqual({ indicator: "enforcement.certificationRate" });
    expect(groups[0]?.target).toBeUndefined();
    expect(groups[0]?.rate?.value.toString()).toBe("40");
    expect(groups[0]?.rate?.agencies).toBe(2);
    expect(passes()).toBe(0);
  });

  it("counts only the agencies that reported both components, in one more pass", () => {
    const { groups, passes } = ratesOf([
      obs("daoli", "enforcement.certifiedOfficers", 30),
      obs("daoli", "enforcement.officers", 40),
      obs("daowai", "enforcement.certifiedOfficers", 10),
      obs("nangang", "enforcement.officers", 60),
      obs("nangang", "enforcement.certificationRate", 50),
    ]);
    expect(passes()).toBe(1);
    expect(groups[0]?.rate?.value.toString()).toBe("75");
    expect(groups[0]?.rate?.agencies).toBe(1);
    expect(groups[0]?.target?.count).toBe(1);
  });

  it("makes one rate per key, and none without a denominator", () => {
    const figures = [obs("daoli", "enforcement.certifiedOfficers", 3), obs("daoli", "enforcement.officers", 4), obs("daowai", "enforcement.certifiedOfficers", 1)];
    const { groups } = ratesOf(figures, ["agency", "indicator"]);
    expect(groups.map((g) => [g.key["agency"], g.rate?.value.toString()])).toEqual([["daoli", "75"]]);
  });
});

describe("ratioOf", () => {
  it("is null over a zero denominator, else the ratio of sums in %", () => {
    const of = (n: number) => sumEstimate([{ value: new Decimal(n), qualifier: "exact" }]);
    expect(ratioOf(of(1), of(0), 1)).toBeNull();
    expect(ratioOf(of(1), of(8), 3)).toMatchObject({ method: "ratioOfSums", agencies: 3 });
    expect(ratioOf(of(1), of(8), 3)?.value.toString()).toBe("12.5");
  });
});
