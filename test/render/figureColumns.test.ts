import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { figureColumns, figureSchema } from "../../src/render/figureColumns.js";

const doc = parseReport("罚款121万元", { document: "a.txt" });
const column = (name: string, data = figureColumns([doc])) => data.columns.find((c) => c.name === name)?.values;

describe("figureColumns", () => {
  it("has one column per schema entry, a figure a row", () => {
    const data = figureColumns([doc, doc]);
    expect(data.name).toBe("figures");
    expect(data.rows).toBe(2);
    expect(data.columns.map((c) => c.name)).toEqual(figureSchema.map((s) => s.name));
    for (const c of data.columns) expect(c.values).toHaveLength(2);
  });

  it("writes the value exactly as DECIMAL(38, 6) and as text, with its place", () => {
    expect(column("value")).toEqual([1210000000000n]);
    expect(column("value_text")).toEqual(["1210000"]);
    expect(column("indicator_name")).toEqual(["罚款金额"]);
    expect([column("span_start")?.[0], column("span_end")?.[0]]).toEqual([2, 7]);
    expect(column("notes")).toEqual([null]);
  });

  it("leaves a value that does not fit empty, keeps its text and notes it", () => {
    const q = doc.quantities[0];
    if (q === undefined) throw new Error("no figure");
    const huge = { ...doc, quantities: [{ ...q, value: new Decimal("-1e40") }] };
    const data = figureColumns([huge], { locale: "en" });
    expect(column("value", data)).toEqual([null]);
    expect(column("value_text", data)).toEqual([`-1${"0".repeat(40)}`]);
    expect(column("notes", data)).toEqual(["valueOutOfRange"]);
    expect(data.issues).toHaveLength(1);
    expect(data.issues[0]?.path).toEqual([0, "quantities", 0, "value"]);
  });

  it("has no rows without figures", () => {
    const data = figureColumns([parseReport("", { document: "e.txt" })]);
    expect(data.rows).toBe(0);
    expect(data.issues).toEqual([]);
  });
});
