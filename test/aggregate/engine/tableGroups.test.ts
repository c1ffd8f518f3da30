import { describe, expect, it } from "vitest";
import type { RowContext } from "../../../src/aggregate/engine/accumulator.js";
import { ObservationReader } from "../../../src/aggregate/engine/observationReader.js";
import { type TableGrouping, groupTable } from "../../../src/aggregate/engine/tableGroups.js";
import { TableRow } from "../../../src/aggregate/engine/tableRow.js";
import type { Dimension } from "../../../src/aggregate/dimensions.js";
import { observationTable } from "../../../src/aggregate/observationTable.js";
import type { Observation } from "../../../src/index.js";
import { agencies, obs } from "../helpers.js";

const context: RowContext = { sum: true, count: true, min: true, max: true, mean: false, expected: new Map(), rateMethod: undefined, unitKinds: new Map() };

function grouped(figures: Observation[], by: Dimension[], modality: "actual" | "all" = "actual", includeJoint = false, lazy = false) {
  const reader = new ObservationReader(by, agencies);
  const grouping = groupTable(observationTable(figures), by, reader, modality, includeJoint, true, lazy);
  reader.rankAgencies();
  if (grouping === null) throw new Error("not grouped");
  return grouping;
}

describe("groupTable", () => {
  const figures = [
    obs("daoli", "enforcement.penaltyCases", 3, { year: 2021 }),
    obs("daowai", "enforcement.penaltyCases", 4, { year: 2020 }),
    obs("daowai", "enforcement.penaltyCases", 5, { year: 2021 }),
    obs("daoli", "enforcement.penaltyCases", 9, { year: 2021, modality: "target" }),
    obs("daoli", "enforcement.penaltyCases", 7, { year: 2021, attribution: "joint" }),
  ];

  it("gives the rows in key order with their sums, counts and extremes, actual own figures only", () => {
    const rows = grouped(figures, ["year", "indicator"]).rows(context);
    expect(rows.map((r) => [r.key["year"], r.sum?.value.toString(), r.count, r.min?.value.toString(), r.max?.value.toString(), r.agencies])).toEqual([
      [2020, "4", 1, "4", "4", ["daowai"]],
      [2021, "8", 2, "3", "5", ["daoli", "daowai"]],
    ]);
  });

  it("counts joint figures when asked and every modality with all", () => {
    expect(grouped(figures, ["year"], "all", true).rows(context)[1]?.sum?.value.toString()).toBe("24");
  });

  it("makes lazy rows that read the same", () => {
    const grouping = grouped(figures, ["year"], "actual", false, true);
    const lazy = grouping.rows(context);
    expect(lazy[1]).toBeInstanceOf(TableRow);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(grouped(figures, ["year"]).rows(context))));
  });

  it("counts a figure on another's behalf unless its agency states the same figure itself", () => {
    const behalf = [obs("daoli", "enforcement.penaltyCases", 3), obs("daoli", "enforcement.penaltyCases", 3, { attribution: "onBehalfOf" }), obs("daowai", "enforcement.penaltyCases", 2, { attribution: "onBehalfOf" })];
    const grouping = grouped(behalf, ["indicator"]);
    expect(grouping.rows(context)[0]?.sum?.value.toString()).toBe("5");
    expect(grouping.figures()).toHaveLength(2);
  });

  it("sums exactly beyond the safe integers of its float sums", () => {
    const big = [obs("daoli", "enforcement.fineAmount", "900000000000.0001"), obs("daowai", "enforcement.fineAmount", "900000000000.0002")];
    expect(grouped(big, ["indicator"]).rows(context)[0]?.sum?.value.toString()).toBe("1800000000000.0003");
  });

  it("finds groups by key and by a dimension's value", () => {
    const grouping = grouped(figures, ["agency", "year"]);
    expect(grouping.index.withValue("agency", "daowai").map((acc) => acc.key["year"])).toEqual([2020, 2021]);
    expect(grouping.index.withValue("agency", "nangang")).toEqual([]);
  });

  it("makes a rate onto its own group with its row: from the sums when its components have the same agencies, else per agency", () => {
    const same = [obs("daoli", "enforcement.certifiedOfficers", 3), obs("daoli", "enforcement.officers", 4), obs("daoli", "enforcement.certificationRate", 70)];
    const rateOf = (grouping: TableGrouping) => grouping.rows(context).find((r) => r.key["indicator"] === "enforcement.certificationRate")?.rate;
    const grouping = grouped(same, ["indicator"]);
    expect(grouping.rateGroups()).toEqual([]);
    expect(rateOf(grouping)?.value.toString()).toBe("75");
    // daowai gave no certified officers: only daoli's components count (3 / 4), not the sums' 3 / 5.
    const differ = grouped([...same, obs("daowai", "enforcement.officers", 1)], ["indicator"]);
    expect(differ.rateGroups()).toEqual([]);
    expect([rateOf(differ)?.value.toString(), rateOf(differ)?.agencies, rateOf(differ)?.denominator?.value.toString()]).toEqual(["75", 1, "4"]);
    // And the other way: daowai gave certified officers alone (3 / 4, not 4 / 4).
    const extra = grouped([...same, obs("daowai", "enforcement.certifiedOfficers", 1)], ["indicator"]);
    expect(extra.rateGroups()).toEqual([]);
    expect([rateOf(extra)?.value.toString(), rateOf(extra)?.agencies, rateOf(extra)?.numerator?.value.toString()]).toEqual(["75", 1, "3"]);
    // A rate no agency stated has no group of its own: componentRates makes its row.
    expect(grouped(same.slice(0, 2), ["indicator"]).rateGroups()).toBeNull();
  });

  it("tells more agencies apart than 16 bits hold (70,000, each twice over two indicators), and rates over them", () => {
    // Agencies' codes are kept in 16 bits while they fit; beyond, in 32. An agency cut to 16 bits would merge with another.
    const many: Observation[] = [];
    for (let a = 0; a < 70_000; a++) {
      many.push(obs(`a${a}`, "enforcement.officers", 2), obs(`a${a}`, "enforcement.certifiedOfficers", 1));
      if (a % 7 === 0) many.push(obs(`a${a}`, "enforcement.certificationRate", 50));
    }
    const grouping = grouped(many, ["indicator"]);
    expect(grouping.rateGroups()).toEqual([]);
    const rows = grouping.rows(context);
    expect(rows.map((r) => [r.key["indicator"], r.agencies.length, r.observations])).toEqual([
      ["enforcement.certificationRate", 10_000, 10_000],
      ["enforcement.certifiedOfficers", 70_000, 70_000],
      ["enforcement.officers", 70_000, 70_000],
    ]);
    expect(rows[0]?.rate?.value.toString()).toBe("50");
    expect(rows[1]?.notes).toEqual([]);
  });

  it("has no rates to make onto groups when the key holds no indicator (null, not a crash)", () => {
    const same = [obs("daoli", "enforcement.certifiedOfficers", 3), obs("daoli", "enforcement.officers", 4)];
    expect(grouped(same, ["year"]).rateGroups()).toBeNull();
  });
});
