import { describe, expect, it } from "vitest";
import { dimensionCell, dimensionName } from "../../src/aggregate/dimensionLabel.js";
import { dimensions } from "../../src/aggregate/dimensions.js";
import type { Agency } from "../../src/index.js";
import { agencies } from "./helpers.js";

const byId = new Map<string, Agency>(agencies.map((a) => [a.id, a]));

describe("dimensionName", () => {
  it("names every dimension in Chinese and English", () => {
    for (const d of dimensions) {
      expect(dimensionName(d).zh).not.toBe("");
      expect(dimensionName(d).en).not.toBe("");
    }
    expect(dimensionName("prefecture")).toEqual({ zh: "市", en: "prefecture" });
  });
});

describe("dimensionCell", () => {
  it("labels indicators, agencies and divisions", () => {
    expect(dimensionCell("indicator", "enforcement.fineAmount", byId)).toEqual({ kind: "dimension", value: "enforcement.fineAmount", label: "罚款金额" });
    expect(dimensionCell("agency", "daoli", byId).label).toBe("道里区人民政府");
    expect(dimensionCell("prefecture", "230100", byId).label).toBe("哈尔滨市");
  });

  it("reads a null year as cumulative, and leaves unknown or plain values unlabelled", () => {
    expect(dimensionCell("year", null, byId).label).toBe("累计");
    expect(dimensionCell("sector", null, byId).label).toBeNull();
    expect(dimensionCell("sector", "transport", byId).label).toBeNull();
    expect(dimensionCell("prefecture", "230100", new Map()).label).toBe("哈尔滨市");
    expect(dimensionCell("year", 2021, byId)).toEqual({ kind: "dimension", value: 2021, label: null });
    expect(dimensionCell("agency", "nobody", byId).label).toBeNull();
    expect(dimensionCell("county", "999999", byId).label).toBeNull();
  });
});
