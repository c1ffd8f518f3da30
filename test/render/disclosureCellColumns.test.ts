import { describe, expect, it } from "vitest";
import { disclosureCells } from "../../src/model/disclosureCells.js";
import { parseDisclosureReport } from "../../src/parse/disclosure/parseDisclosureReport.js";
import { disclosureCellColumns, disclosureCellSchema } from "../../src/render/disclosureCellColumns.js";
import { exportDecimalText } from "../../src/render/exportDecimal.js";
import { disclosureNames, disclosureText } from "../helpers/disclosure.js";

const name = disclosureNames()[0] ?? "";
const report = parseDisclosureReport(disclosureText(name), { document: `${name}.txt`, locale: "zh" });
const values = (data: ReturnType<typeof disclosureCellColumns>, column: string) => data.columns.find((c) => c.name === column)?.values ?? [];

describe("disclosureCellColumns", () => {
  const data = disclosureCellColumns([report]);
  const cells = disclosureCells(report);

  it("has the schema's columns and a row per cell", () => {
    expect(data.name).toBe("disclosureCells");
    expect(data.columns.map((c) => c.name)).toEqual(disclosureCellSchema.map((s) => s.name));
    expect(data.rows).toBe(cells.length);
    expect(values(data, "path")).toEqual(cells.map((c) => c.path));
  });

  it("marks blank cells and writes the others exactly", () => {
    const blank = values(data, "blank");
    const text = values(data, "value_text");
    const value = values(data, "value");
    expect(blank).toEqual(cells.map((c) => c.value === null));
    expect(blank.some((b) => b === false)).toBe(true);
    expect(value.map((v) => (v === null ? null : exportDecimalText(v as bigint)))).toEqual(text);
  });

  it("has no rows and no issues for no reports", () => {
    const empty = disclosureCellColumns([]);
    expect(empty.rows).toBe(0);
    expect(empty.issues).toEqual([]);
  });
});
