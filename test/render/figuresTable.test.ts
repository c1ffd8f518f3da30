import { describe, expect, it } from "vitest";
import { Table } from "../../src/model/table.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { figuresTable } from "../../src/render/figuresTable.js";

describe("figuresTable", () => {
  it("makes a figure a row, with its indicator's Chinese name and its place", () => {
    const table = figuresTable([parseReport("罚款121万元", { document: "a.txt" })]);
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.rows).toHaveLength(1);
    const row = table.rows[0];
    expect(row?.cells["document"]).toEqual({ kind: "dimension", value: "a.txt", label: null });
    expect(row?.cells["indicator"]).toEqual({ kind: "dimension", value: "enforcement.fineAmount", label: "罚款金额" });
    const value = row?.cells["value"];
    expect(value?.kind === "estimate" && [value.value.toString(), value.qualifier, value.unit]).toEqual(["1210000", "exact", "元"]);
    expect(row?.sources).toEqual([{ document: "a.txt", span: { start: 2, end: 7 }, quote: expect.any(String) }]);
  });

  it("keeps a lower bound only for a value stated as at least", () => {
    const value = figuresTable([parseReport("办理案件不少于140件", { document: "b.txt" })]).rows[0]?.cells["value"];
    expect(value?.kind).toBe("estimate");
    if (value?.kind !== "estimate") return;
    expect(value.qualifier).toBe("atLeast");
    expect(value.lower?.toString()).toBe("140");
    expect(value.upper).toBeNull();
  });

  it("has its seven columns and no rows without documents or figures", () => {
    const empty = figuresTable([]);
    expect(empty.columns.map((c) => c.key)).toEqual(["document", "agency", "year", "indicator", "value", "modality", "quote"]);
    expect(empty.rows).toEqual([]);
    expect(figuresTable([parseReport("无数字的文字", { document: "c.txt" })]).rows).toEqual([]);
  });
});
