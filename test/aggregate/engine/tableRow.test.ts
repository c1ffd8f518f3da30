import { describe, expect, it } from "vitest";
import type { AggregateRow } from "../../../src/aggregate/aggregateRow.js";
import { TableRow } from "../../../src/aggregate/engine/tableRow.js";

function rowFor(group: number): AggregateRow {
  return { key: { year: group }, unit: "件", observations: 2, agencies: ["a"], missingAgencies: [], sum: null, count: 2, min: null, max: null, mean: null, rate: null, statedRates: [], notes: [] };
}

function counted() {
  const calls = { key: 0, row: 0 };
  const source = {
    keyAt: (g: number) => {
      calls.key++;
      return { year: g };
    },
    rowAt: (g: number) => {
      calls.row++;
      return rowFor(g);
    },
  };
  return { source, calls };
}

describe("TableRow", () => {
  it("reads its key without making the row", () => {
    const { source, calls } = counted();
    const row = new TableRow(source, 7);
    expect(row.key).toEqual({ year: 7 });
    expect(calls).toEqual({ key: 1, row: 0 });
  });

  it("makes the whole row once, on the first other field read", () => {
    const { source, calls } = counted();
    const row = new TableRow(source, 3);
    expect(row.count).toBe(2);
    expect(row.unit).toBe("件");
    expect(row.agencies).toEqual(["a"]);
    expect(calls.row).toBe(1);
    expect(row.toJSON()).toEqual(rowFor(3));
  });

  it("writes as the plain row in JSON", () => {
    const { source } = counted();
    expect(JSON.parse(JSON.stringify(new TableRow(source, 1)))).toEqual(JSON.parse(JSON.stringify(rowFor(1))));
  });

  it("has its fields on the prototype, undefined for an object that is not a TableRow", () => {
    const fake = Object.create(TableRow.prototype) as TableRow;
    expect(fake.sum).toBeUndefined();
    expect(fake.key).toBeUndefined();
  });
});
