// A small Table used by the renderer tests.
import { Decimal } from "../../src/model/decimal.js";
import type { Table } from "../../src/model/table.js";

const d = (v: string) => new Decimal(v);

export const fines: Table = {
  title: { zh: "罚款金额", en: "Fines" },
  columns: [
    { key: "agency", kind: "dimension", zh: "机关", en: "agency" },
    { key: "sum", kind: "estimate", zh: "合计", en: "total" },
    { key: "rate", kind: "rate", zh: "比率", en: "rate" },
    { key: "count", kind: "count", zh: "条数", en: "figures" },
  ],
  rows: [
    {
      cells: {
        agency: { kind: "dimension", value: "a", label: "甲局" },
        sum: { kind: "estimate", value: d("1210000"), qualifier: "exact", lower: d("1210000"), upper: d("1210000"), unit: "元" },
        rate: { kind: "rate", value: d("85.8221"), method: "ratioOfSums", numerator: { kind: "estimate", value: d("1216"), qualifier: "exact", lower: d("1216"), upper: d("1216"), unit: null }, denominator: { kind: "estimate", value: d("1417"), qualifier: "exact", lower: d("1417"), upper: d("1417"), unit: null }, agencies: 1 },
        count: { kind: "count", value: 1 },
      },
      notes: [],
      sources: [{ document: "a.txt", span: { start: 3, end: 7 }, quote: "罚款121万元" }],
    },
    {
      cells: {
        agency: { kind: "dimension", value: "b", label: "=乙局|<b>" },
        sum: { kind: "estimate", value: d("-2"), qualifier: "atLeast", lower: d("-2"), upper: null, unit: "元" },
        rate: null,
        count: { kind: "count", value: 2 },
      },
      notes: ["mixedUnits"],
      sources: [],
    },
  ],
  notes: [{ zh: "注", en: "Note" }],
};
