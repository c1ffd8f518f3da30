import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { Table } from "../../src/model/table.js";
import { tableToNdjson, toJson, toNdjson } from "../../src/render/tableToJson.js";
import { fines } from "./fixtures.js";

describe("tableToJson", () => {
  it("writes decimals as exact strings, never through a float", () => {
    expect(toJson({ value: new Decimal("0.1") })).toBe('{\n  "value": "0.1"\n}\n');
    expect(toJson([new Decimal("-123456789012345678901234567890.5")], { indent: 0 })).toBe('["-123456789012345678901234567890.5"]\n');
    expect(toJson({ v: new Decimal("1e-7") }, { indent: 0 })).toBe('{"v":"0.0000001"}\n');
  });

  it("gives a table back through Table.parse", () => {
    const back = Table.parse(JSON.parse(toJson(fines)));
    expect(toJson(back)).toBe(toJson(fines));
  });

  it("writes NDJSON one value a line, nothing for no values", () => {
    expect(toNdjson([{ a: 1 }, { a: "甲" }])).toBe('{"a":1}\n{"a":"甲"}\n');
    expect(toNdjson([])).toBe("");
  });

  it("writes a table's rows with its Chinese title", () => {
    const lines = tableToNdjson(fines).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const second = JSON.parse(lines[1] ?? "");
    expect(second.table).toBe("罚款金额");
    expect(second.cells.sum.value).toBe("-2");
    expect(second.cells.agency.label).toBe("=乙局|<b>");
    expect(tableToNdjson({ ...fines, rows: [] })).toBe("");
  });
});
