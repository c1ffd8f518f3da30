import { describe, expect, it } from "vitest";
import { estimateCell } from "../../src/aggregate/estimateCell.js";
import { sumEstimate } from "../../src/aggregate/estimate.js";
import { Decimal } from "../../src/index.js";

describe("estimateCell", () => {
  it("carries an estimate's value, qualifier and bounds with its unit", () => {
    const estimate = sumEstimate([
      { value: new Decimal(1210000), qualifier: "exact" },
      { value: new Decimal(1400000), qualifier: "atLeast" },
    ]);
    const cell = estimateCell(estimate, "元");
    expect(cell).toEqual({ kind: "estimate", value: estimate.value, qualifier: "atLeast", lower: estimate.lower, upper: null, unit: "元" });
    expect(cell.lower?.toString()).toBe("2610000");
  });

  it("keeps a null unit and an exact estimate's equal bounds", () => {
    const cell = estimateCell(sumEstimate([{ value: new Decimal("0.5"), qualifier: "exact" }]), null);
    expect(cell.unit).toBeNull();
    expect([cell.qualifier, cell.lower?.toString(), cell.upper?.toString()]).toEqual(["exact", "0.5", "0.5"]);
  });
});
