import { blankCellMarks } from "../../catalog/lexicon/disclosure.js";

/**
 * One cell of a table line as read: its text and offsets in the line's text,
 * and, for a number, its value (a decimal string, grouping commas removed),
 * the unit written after it (`251000元`) and the span of a bracketed note
 * (`55（含自然失效29件）`). A blank cell (empty, `-`, `/`) has value `null`.
 *
 * @internal
 */
export interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly unit: string | null;
  readonly note: { readonly start: number; readonly end: number } | null;
}

/**
 * A line of a table: the label (text before the values, spaces removed), the
 * value cells that end it, and its kind: `separator` for blank and `|---|`
 * lines, `page` for page numbers (`-3-`, a page break), `row` otherwise.
 *
 * @internal
 */
export interface TableLine {
  readonly kind: "row" | "separator" | "page";
  readonly label: string;
  readonly cells: readonly TableCell[];
  /** Whether the cells were read from space-aligned columns (no bars), where a blank cell leaves no trace. */
  readonly spaced: boolean;
}

const numberCell = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[ \t]*(万元|元)?$/;
const notedCell = /^([+-]?\d+(?:\.\d+)?)[ \t]*\(([^()]{1,60})\)$/;
const separatorLine = /^[\s|:\-—=]*$/;
const pageNumber = /^\s*(?:-\s*\d{1,3}\s*-|第\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?)\s*$/;
const blanks: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(blankCellMarks))();

type CellKind = { readonly kind: "value"; readonly cell: TableCell } | { readonly kind: "label" };

function classify(line: string, start: number, end: number, allowEmpty: boolean): CellKind {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line[s] ?? "")) s++;
  while (e > s && /\s/.test(line[e - 1] ?? "")) e--;
  const raw = line.slice(s, e);
  if (raw === "") return allowEmpty ? { kind: "value", cell: { start: s, end: e, value: null, unit: null, note: null } } : { kind: "label" };
  if (blanks.has(raw)) return { kind: "value", cell: { start: s, end: e, value: null, unit: null, note: null } };
  const number = numberCell.exec(raw);
  if (number?.[1]) {
    return { kind: "value", cell: { start: s, end: e, value: number[1].replace(/,/g, "").replace(/^\+/, ""), unit: number[2] ?? null, note: null } };
  }
  const noted = notedCell.exec(raw);
  if (noted?.[1] && noted[2]) {
    const noteStart = s + raw.indexOf("(") + 1;
    return {
      kind: "value",
      cell: { start: s, end: e, value: noted[1].replace(/^\+/, ""), unit: null, note: { start: noteStart, end: noteStart + noted[2].length } },
    };
  }
  return { kind: "label" };
}

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * How `|` rows are written: `doubled` when each cell sits in its own pair of
 * bars (`| a |  | b |`, as an HTML-to-text step may write them), `borders`
 * whether a row opens and closes with a bar (`auto`: where the line does).
 *
 * @internal
 */
export interface PipeFormat {
  readonly doubled: boolean;
  readonly borders: boolean | "auto";
}

/**
 * Reads one line of a table in any of the layouts the reports reach us in:
 * `|` rows (from a web page or OCR markdown; `doubled` when each cell is
 * wrapped in its own pair of bars, as an HTML-to-text step may write them)
 * and space-aligned `pdftotext -layout` columns. The values are the cells
 * that end the line; the label is everything before them.
 *
 * @internal
 */
export function readTableLine(line: string, format: PipeFormat = { doubled: false, borders: "auto" }): TableLine {
  if (pageNumber.test(line)) return { kind: "page", label: "", cells: [], spaced: false };
  if (separatorLine.test(line)) return { kind: "separator", label: "", cells: [], spaced: false };
  if (line.includes("|")) return readPipeLine(line, format);
  return readSpacedLine(line);
}

function readPipeLine(line: string, format: PipeFormat): TableLine {
  const bounds: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === "|") {
      bounds.push([from, i]);
      from = i + 1;
    }
  }
  // Border bars: a blank segment before the first bar and after the last. Without borders a blank
  // segment there is a blank cell.
  const first = bounds[0];
  if (format.borders !== false && bounds.length > 1 && first && line.slice(first[0], first[1]).trim() === "") bounds.shift();
  const last = bounds[bounds.length - 1];
  if (format.borders !== false && bounds.length > 1 && last && line.slice(last[0], last[1]).trim() === "") bounds.pop();
  const segments = format.doubled ? bounds.filter((_, i) => i % 2 === 0) : bounds;
  const kinds = segments.map(([s, e]) => classify(line, s, e, true));
  let firstValue = kinds.length;
  while (firstValue > 0 && kinds[firstValue - 1]?.kind === "value") firstValue--;
  const label = compact(segments.slice(0, firstValue).map(([s, e]) => line.slice(s, e)).join(""));
  const cells: TableCell[] = [];
  for (const kind of kinds.slice(firstValue)) if (kind.kind === "value") cells.push(kind.cell);
  // A row whose label is blank and whose cells are all blank is layout, not data.
  return { kind: "row", label, cells: label === "" && cells.every((c) => c.value === null && c.end === c.start) ? [] : cells, spaced: false };
}

function readSpacedLine(line: string): TableLine {
  const tokens: [number, number][] = [];
  for (const match of line.matchAll(/\S+/g)) tokens.push([match.index, match.index + match[0].length]);
  // Read from the end of the line back; the cells are collected last first and reversed once
  // (unshift per cell made a long line of numbers quadratic).
  const reversed: TableCell[] = [];
  let i = tokens.length;
  while (i > 0) {
    const token = tokens[i - 1];
    if (!token) break;
    const kind = classify(line, token[0], token[1], false);
    if (kind.kind === "value") {
      reversed.push(kind.cell);
      i--;
      continue;
    }
    // A bracketed note after a number, written apart: 55 (含自然失效29件).
    const previous = tokens[i - 2];
    const raw = line.slice(token[0], token[1]);
    if (previous && /^\([^()]{1,60}\)$/.test(raw)) {
      const number = classify(line, previous[0], previous[1], false);
      if (number.kind === "value" && number.cell.value !== null && number.cell.unit === null) {
        reversed.push({ ...number.cell, end: token[1], note: { start: token[0] + 1, end: token[1] - 1 } });
        i -= 2;
        continue;
      }
    }
    break;
  }
  const first = tokens[i - 1];
  const label = first ? compact(line.slice(0, first[1])) : "";
  return { kind: "row", label, cells: reversed.reverse(), spaced: true };
}
