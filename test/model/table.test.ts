import { describe, expect, it } from "vitest";
import { Table } from "../../src/model/table.js";

const base = {
  title: { zh: "表", en: "table" },
  columns: [
    { key: "year", kind: "dimension", zh: "年度", en: "year" },
    { key: "sum", kind: "estimate", zh: "合计", en: "total" },
  ],
  notes: [],
};
const year = { kind: "dimension", value: 2021, label: null };
const sum = { kind: "estimate", value: "1400000", qualifier: "atLeast", lower: "1400000", upper: null, unit: "元" };

describe("Table", () => {
  it("accepts cells of their column's kind and round-trips through JSON", () => {
    const table = Table.parse({ ...base, rows: [{ cells: { year, sum }, notes: [], sources: [] }] });
    expect(table.rows[0]?.cells["sum"]).toMatchObject({ kind: "estimate", qualifier: "atLeast" });
    const again = Table.parse(JSON.parse(JSON.stringify(table)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(table));
  });
  it("accepts an empty cell", () => {
    expect(Table.safeParse({ ...base, rows: [{ cells: { year, sum: null }, notes: [], sources: [] }] }).success).toBe(true);
  });
  it("refuses a cell of another kind than its column, a cell without a column, and repeated column keys", () => {
    const wrongKind = Table.safeParse({ ...base, rows: [{ cells: { year, sum: { kind: "count", value: 1 } }, notes: [], sources: [] }] });
    expect(wrongKind.success).toBe(false);
    expect(wrongKind.error?.issues[0]?.path).toEqual(["rows", 0, "cells", "sum"]);
    expect(Table.safeParse({ ...base, rows: [{ cells: { year, other: sum }, notes: [], sources: [] }] }).success).toBe(false);
    expect(Table.safeParse({ ...base, columns: [...base.columns, base.columns[0]], rows: [] }).success).toBe(false);
  });
  it("refuses a float as a value", () => {
    expect(Table.safeParse({ ...base, rows: [{ cells: { year, sum: { ...sum, value: 0.1 + 0.2 } }, notes: [], sources: [] }] }).success).toBe(false);
  });
});
