// Found by reviewing the whole change: each case failed before its fix.
import { describe, expect, it } from "vitest";
import {
  Decimal,
  Table,
  aggregate,
  coverage,
  targetAttainment,
} from "../../src/index.js";
import { coverageTable } from "../../src/aggregate/index.js";
import { validateDisclosureSeries } from "../../src/validate/index.js";
import { observation } from "../../src/testing/index.js";

describe("what a review of the change found", () => {
  it("coverage shares stay inside the model's Decimal range, so the Table survives its own schema (1 of 3 agencies)", () => {
    const figures = [observation({ agency: "a" }), observation({ agency: "b", indicator: "enforcement.fineAmount" }), observation({ agency: "c", indicator: "enforcement.fineAmount" })];
    const table = coverageTable(coverage(figures));
    const share = table.rows.find((row) => {
      const cell = row.cells["indicator"];
      return cell?.kind === "dimension" && cell.value === "enforcement.penaltyCases";
    })?.cells["share"];
    expect(share?.kind === "estimate" ? share.value.toString().length : 0).toBeLessThan(60);
    expect(Table.safeParse(JSON.parse(JSON.stringify(table))).success).toBe(true);
  });

  it("aggregate refuses a period that is no calendar range, by name", () => {
    const figure = observation({ period: { from: "2021-02-30", to: "2021-12-31" } as never });
    expect(() => aggregate([figure], { by: ["indicator"] })).toThrow(/observations\[0\]\.period/);
    const backwards = observation({ period: { from: "2021-12-31", to: "2021-01-01" } as never });
    expect(() => aggregate([backwards], { by: ["indicator"] })).toThrow(/ends before it starts/);
  });

  it("targetAttainment refuses a negative tolerance with a RangeError naming it", () => {
    expect(() => targetAttainment([], { tolerance: { "services.onlineRate": new Decimal(-1) } as never })).toThrow(RangeError);
  });

  it("validateDisclosureSeries leaves out what is not a report instead of throwing", () => {
    expect(validateDisclosureSeries([null, { reportingYear: 2021 }] as never)).toEqual([]);
    expect(() => validateDisclosureSeries(null as never)).toThrow(TypeError);
  });
});
