// RenderOptions and NumberStyle (src/render/numberStyle.ts) are one contract of every renderer that takes them:
// no options is `{ numbers: "grouped", fractionDigits: 2 }`, and `wan` and `fractionDigits` are honoured alike by all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import type { EstimateCell, Table } from "../../src/model/table.js";
import { barChart } from "../../src/render/barChart.js";
import { cellText } from "../../src/render/cellText.js";
import { boundsText, formatEstimate, formatQuantity } from "../../src/render/formatEstimate.js";
import { lineChart } from "../../src/render/lineChart.js";
import type { NumberStyle, RenderOptions } from "../../src/render/numberStyle.js";
import { tableToHtml } from "../../src/render/tableToHtml.js";
import { tableToMarkdown } from "../../src/render/tableToMarkdown.js";
import { fines } from "./fixtures.js";

const estimate = (value: Decimal, unit: string | null = "元"): EstimateCell => ({ kind: "estimate", value, qualifier: "atLeast", lower: value, upper: null, unit });
const tableOf = (cell: EstimateCell): Table => ({
  title: { zh: "合计", en: "Totals" },
  columns: [{ key: "sum", kind: "estimate", zh: "合计", en: "total" }],
  rows: [{ cells: { sum: cell }, notes: [], sources: [] }],
  notes: [],
});

/** Every renderer that takes RenderOptions, on one value. */
const renderings = (value: Decimal, options?: RenderOptions): string[] => {
  const cell = estimate(value);
  return [
    formatQuantity(value, "元", "exact", options),
    formatEstimate(cell, options),
    boundsText(cell, options) ?? "",
    cellText(cell, options),
    tableToMarkdown(tableOf(cell), options),
    tableToHtml(tableOf(cell), options),
    tableToMarkdown(fines, options),
    barChart("罚款", [{ label: "甲局", value, qualifier: "exact" }], "元", options),
    lineChart("罚款", [{ label: "甲局", points: [{ year: 2020, value }, { year: 2021, value: value.plus(1) }] }], "元", options),
  ];
};

const value = fc.oneof(
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((n) => new Decimal(n.toString())),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 6 })).map(([n, scale]) => new Decimal(`${n}e-${scale}`)),
);

describe("RenderOptions", () => {
  it("left out are the documented defaults, grouped numbers and 2 fraction digits, in every renderer", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(renderings(v)).toEqual(renderings(v, { numbers: "grouped", fractionDigits: 2 }));
        expect(renderings(v, {})).toEqual(renderings(v));
      }),
      { numRuns: 100 },
    );
  });

  it("numbers: wan writes 万 in every renderer of a value; grouped writes thousands separators", () => {
    const wan = renderings(new Decimal(1210000), { numbers: "wan" });
    expect(wan.slice(0, 2)).toEqual(["121万元", "≥ 121万元"]);
    for (const text of wan.slice(2)) expect(text).toContain("121万");
    for (const text of renderings(new Decimal(1210000)).slice(0, 6)) expect(text).toContain("1,210,000");
  });

  it("fractionDigits rounds half up for display in every renderer of a value", () => {
    const rounded = renderings(new Decimal("85.8251"), { fractionDigits: 1 });
    expect(rounded.slice(0, 2)).toEqual(["85.8 元", "≥ 85.8 元"]);
    for (const text of rounded.slice(2, 6)) expect(text).toContain("85.8 元");
    expect(renderings(new Decimal("85.8251")).slice(0, 6).every((text) => text.includes("85.83 元"))).toBe(true);
  });

  it("takes each NumberStyle, and the two differ only from 10,000 up", () => {
    const styles: NumberStyle[] = ["grouped", "wan"];
    expect(styles.map((numbers) => formatQuantity(new Decimal(9999), "件", "exact", { numbers }))).toEqual(["9,999 件", "9,999 件"]);
    expect(styles.map((numbers) => formatQuantity(new Decimal(26000), "件", "approx", { numbers }))).toEqual(["约 26,000 件", "约 2.6万件"]);
  });
});
