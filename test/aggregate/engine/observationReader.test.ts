import { describe, expect, it } from "vitest";
import { ObservationReader } from "../../../src/aggregate/engine/observationReader.js";
import { agencies, obs } from "../helpers.js";

describe("ObservationReader", () => {
  const by = ["indicator", "year", "period", "area", "prefecture", "agency"] as const;
  const reader = new ObservationReader(by, agencies);

  it("reads a figure's own dimensions and its agency's", () => {
    const o = obs("daoli", "enforcement.penaltyCases", 1, { period: { from: "2021-01-01", to: "2021-06-30" } });
    expect(by.map((_, i) => reader.read(o, i, null))).toEqual(["enforcement.penaltyCases", null, "2021-01-01..2021-06-30", "enforcement", "230100", "daoli"]);
  });

  it("reads a component as its rate when given the rate's indicator", () => {
    const o = obs("daoli", "litigation.lost", 1);
    expect(reader.read(o, 0, "litigation.lossRate")).toBe("litigation.lossRate");
    expect(reader.read(o, 3, "enforcement.penaltyCases")).toBe("enforcement");
  });

  it("keeps one entry per agency, undescribed ones too, and ranks them in id order", () => {
    const local = new ObservationReader(["agency"], agencies);
    const x = local.entryOf("x");
    local.entryOf("daoli");
    expect(local.entryOf("x")).toBe(x);
    expect(x.known).toBe(false);
    local.rankAgencies();
    expect([x.rank, local.entryOf("daoli").rank]).toEqual([1, 0]);
  });
});
