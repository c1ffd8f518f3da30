import { csvText } from "./csvText.js";
import type { Decimal } from "../model/decimal.js";
import type { EstimateCell, Table, TableCell, TableColumn } from "../model/table.js";
import { neutralizeFormula } from "./neutralizeFormula.js";

/** A CSV field: a number (written exactly, never neutralised) or text (neutralised). */
type Field = { readonly number: string } | string;

interface CsvColumn {
  readonly zh: string;
  readonly en: string;
  readonly value: (cell: TableCell | null) => Field;
}

const number = (d: Decimal | null): Field => (d === null ? "" : { number: d.toFixed() });

function estimateParts(c: TableColumn, get: (cell: TableCell | null) => EstimateCell | null): CsvColumn[] {
  return [
    { zh: c.zh, en: c.en, value: (cell) => number(get(cell)?.value ?? null) },
    { zh: `${c.zh}限定`, en: `${c.en} qualifier`, value: (cell) => get(cell)?.qualifier ?? "" },
    { zh: `${c.zh}下限`, en: `${c.en} lower`, value: (cell) => number(get(cell)?.lower ?? null) },
    { zh: `${c.zh}上限`, en: `${c.en} upper`, value: (cell) => number(get(cell)?.upper ?? null) },
    { zh: `${c.zh}单位`, en: `${c.en} unit`, value: (cell) => get(cell)?.unit ?? "" },
  ];
}

/** The CSV columns of one table column: an estimate spreads over value, qualifier, bounds and unit; a rate over value, numerator, denominator and method. */
function csvColumns(c: TableColumn, labelled: boolean): CsvColumn[] {
  switch (c.kind) {
    case "dimension": {
      const value: CsvColumn = { zh: c.zh, en: c.en, value: (cell) => (cell?.kind === "dimension" && cell.value !== null ? (typeof cell.value === "number" ? { number: String(cell.value) } : cell.value) : "") };
      if (!labelled) return [value];
      return [value, { zh: `${c.zh}名称`, en: `${c.en} name`, value: (cell) => (cell?.kind === "dimension" ? (cell.label ?? "") : "") }];
    }
    case "estimate":
      return estimateParts(c, (cell) => (cell?.kind === "estimate" ? cell : null));
    case "rate":
      return [
        { zh: `${c.zh}(%)`, en: `${c.en} (%)`, value: (cell) => number(cell?.kind === "rate" ? cell.value : null) },
        { zh: `${c.zh}分子`, en: `${c.en} numerator`, value: (cell) => number(cell?.kind === "rate" ? (cell.numerator?.value ?? null) : null) },
        { zh: `${c.zh}分母`, en: `${c.en} denominator`, value: (cell) => number(cell?.kind === "rate" ? (cell.denominator?.value ?? null) : null) },
        { zh: `${c.zh}算法`, en: `${c.en} method`, value: (cell) => (cell?.kind === "rate" ? cell.method : "") },
      ];
    case "count":
      return [{ zh: c.zh, en: c.en, value: (cell) => (cell?.kind === "count" ? { number: String(cell.value) } : "") }];
    case "ids":
      return [{ zh: c.zh, en: c.en, value: (cell) => (cell?.kind === "ids" ? cell.value.join("; ") : "") }];
  }
}

/**
 * A table as CSV for Excel and WPS: RFC 4180 (quoting by `csv-stringify`,
 * CRLF line ends), UTF-8 with a byte-order mark so that Chinese shows, one
 * header row of `中文 English` names. Numbers are written as plain exact
 * decimals (`1210000`, `-2`, `85.82`) so spreadsheets read them as numbers; an
 * estimate spreads over value, qualifier, lower, upper and unit columns, a
 * rate over value, numerator, denominator and method, a labelled dimension
 * over code and name; the last columns are the row's notes and sources
 * (`document@start-end`). Text cells that begin with `= + - @` are neutralised
 * with a leading `'` (`neutralizeFormula`).
 *
 * @example
 * ```ts
 * tableToCsv(table).slice(0, 14); //=> "\uFEFF指标 indicator,"
 * ```
 */
export function tableToCsv(table: Table): string {
  const columns = table.columns.flatMap((c) =>
    csvColumns(c, c.kind === "dimension" && table.rows.some((r) => { const cell = r.cells[c.key]; return cell?.kind === "dimension" && cell.label !== null; })).map((column) => ({ key: c.key, column })),
  );
  const header = [...columns.map(({ column }) => `${column.zh} ${column.en}`), "备注 notes", "来源 sources"];
  const records = table.rows.map((row) => [
    ...columns.map(({ key, column }) => {
      const field = column.value(row.cells[key] ?? null);
      return typeof field === "string" ? neutralizeFormula(field) : field.number;
    }),
    neutralizeFormula(row.notes.join("; ")),
    neutralizeFormula(row.sources.map((s) => `${s.document}@${s.span.start}-${s.span.end}`).join("; ")),
  ]);
  return csvText(header, records);
}
