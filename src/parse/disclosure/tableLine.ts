import { blankCellMarks } from "../../catalog/lexicon/disclosure.js";
import { units } from "../../catalog/units.js";
import { decimalVerdict } from "../../model/decimal.js";
import { invisibleCharacter } from "../characters.js";
import { standsApart } from "../spacedTables.js";
import type { TextLine } from "./sections.js";

/**
 * Why a cell that is written as a number cannot be read as one: a character
 * that is not shown (a zero-width space, a lone surrogate) or a space splits
 * its digits (one number or two?), it is written with an exponent (as a
 * spreadsheet shows a long figure, rounded), it lies outside the range of an
 * exact figure, its digits are grouped or pointed as no number is, or (in a
 * cell between bars, as OCR writes tables) it mixes digits with the letters
 * OCR takes them for (`1O5`, `l2`, a lone `O` or `l`).
 *
 * @internal
 */
export type UnreadableReason = "invisible" | "spaced" | "exponent" | "outOfRange" | "malformed" | "letters";

/**
 * One cell of a table line as read: its text and offsets in the line's text,
 * and, for a number, its value (a decimal string, grouping commas removed),
 * the unit written after it (`251000元`, `4119件`) and the span of a bracketed
 * note (`55（含自然失效29件）`). A blank cell (empty, `-`, `/`) has value
 * `null`; so has a cell written as a number that cannot be read as one, whose
 * `unreadable` says why (`null` for every other cell).
 *
 * @internal
 */
export interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly unit: string | null;
  readonly note: { readonly start: number; readonly end: number } | null;
  readonly unreadable: UnreadableReason | null;
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

/**
 * The units of money a cell's figure may carry (`251000元`, `86.5万元`).
 *
 * @internal
 */
export const moneyUnits: readonly string[] = ["万元", "元"];

/**
 * The units a cell of the template's tables may be written with: money, and every unit of the
 * catalog that counts (件, 条, 个, 次 …), longest first so that 人次 is taken before 人.
 */
const cellUnits: readonly string[] = /* @__PURE__ */ (() =>
  [...moneyUnits, ...units.filter((u) => u.kind === "count").map((u) => u.unit)].sort((a, b) => b.length - a.length))();
const unitSet: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(cellUnits))();
const unitAlternation = /* @__PURE__ */ (() => cellUnits.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"))();
const numberCell: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`^([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)([eE][+-]?\\d+)?[ \\t]*(${unitAlternation})?$`))();
const notedCell: RegExp = /* @__PURE__ */ (() => new RegExp(`^([+-]?\\d+(?:\\.\\d+)?)[ \\t]*(?:(${unitAlternation})[ \\t]*)?\\(([^()]{1,60})\\)$`))();
const separatorLine = /^[\s|:\-—=]*$/;
/** A page number line, trimmed (a pattern with \s* at both ends goes back over a line of spaces from each of them). */
const pageNumber = /^(?:-\s*\d{1,3}\s*-|第\s*\d{1,3}\s*页(?:\s*(?:[,/]\s*)?共\s*\d{1,3}\s*页)?)$/;
const blanks: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(blankCellMarks))();
/** Characters that are not shown: format characters (a zero-width space, a soft hyphen) and lone surrogates. */
const hidden = /* @__PURE__ */ (() => new RegExp(invisibleCharacter, "u"))();
const hiddenAll = /* @__PURE__ */ (() => new RegExp(invisibleCharacter, "gu"))();
/**
 * A figure OCR misread: digits and the letters it takes them for (O and o for 0, l and I for 1), at
 * least one letter, and a digit unless the cell is one letter alone (`1O5`, `l2`, `O`).
 */
const lettersForDigits = /^[\dOoIl]+$/;
/** The letters of `lettersForDigits`. */
const digitLetters = "OoIl";
/**
 * What a figure may be written with, damaged or not: digits, signs, points, grouping commas,
 * exponents, spaces, hidden characters (those of `invisibleCharacter`: its controls that are no
 * space are among them, and the spaces are anyway). One class, one way to read each character: an
 * alternation of the two, which share U+FEFF (a space and a format character), backtracked through
 * 2^n ways on a cell of n such characters and a letter.
 */
const figureLike = /^[\d\s.,+\-eE\p{Cc}\p{Cf}\p{Cs}]+$/u;

type CellKind = { readonly kind: "value"; readonly cell: TableCell } | { readonly kind: "label" };

function blank(start: number, end: number): CellKind {
  return { kind: "value", cell: { start, end, value: null, unit: null, note: null, unreadable: null } };
}

function unreadable(start: number, end: number, reason: UnreadableReason, unit: string | null): CellKind {
  return { kind: "value", cell: { start, end, value: null, unit, note: null, unreadable: reason } };
}

/** Whether a character is a space or a format character (a zero-width space, a BOM), as the edges of a cell may carry. */
function edge(char: string | undefined): boolean {
  return char !== undefined && (/\s/.test(char) || /\p{Cf}/u.test(char));
}

/** A number's value as the model keeps it (grouping commas and a plus sign dropped), or why it cannot be read. */
function figure(written: string, exponent: string | undefined): { value: string } | { reason: UnreadableReason } {
  const value = written.replace(/,/g, "").replace(/^\+/, "");
  if (decimalVerdict(`${value}${exponent ?? ""}`) !== "ok") return { reason: "outOfRange" };
  return exponent ? { reason: "exponent" } : { value };
}

/**
 * What the text between `start` and `end` is: a value cell (a number, a blank mark, a number
 * that cannot be read) or part of the label. `loose` (a cell between bars, which a label's words
 * never end a row as) also takes for an unreadable cell anything written only with what figures
 * are written with (`8 21`, `8,21`); a space-aligned token must be a number but for hidden
 * characters.
 */
function classify(line: string, start: number, end: number, allowEmpty: boolean, loose: boolean): CellKind {
  let s = start;
  let e = end;
  while (s < e && edge(line[s])) s++;
  while (e > s && edge(line[e - 1])) e--;
  const raw = line.slice(s, e);
  if (raw === "") return allowEmpty ? blank(s, e) : { kind: "label" };
  if (blanks.has(raw)) return blank(s, e);
  const number = numberCell.exec(raw);
  if (number?.[1]) {
    const read = figure(number[1], number[2]);
    const unit = number[3] ?? null;
    if ("reason" in read) return unreadable(s, e, read.reason, unit);
    return { kind: "value", cell: { start: s, end: e, value: read.value, unit, note: null, unreadable: null } };
  }
  const noted = notedCell.exec(raw);
  if (noted?.[1] && noted[3]) {
    const read = figure(noted[1], undefined);
    const unit = noted[2] ?? null;
    if ("reason" in read) return unreadable(s, e, read.reason, unit);
    const noteStart = s + raw.indexOf("(") + 1;
    return { kind: "value", cell: { start: s, end: e, value: read.value, unit, note: { start: noteStart, end: noteStart + noted[3].length }, unreadable: null } };
  }
  // A number split by a hidden character (8\u200b21) or, between bars, by a space (8 21).
  const damaged = hidden.test(raw);
  const joined = loose ? raw.replace(hiddenAll, "").replace(/\s+/g, "") : raw.replace(hiddenAll, "");
  if (joined !== raw) {
    const split = numberCell.exec(joined);
    if (split?.[1]) return unreadable(s, e, damaged ? "invisible" : "spaced", split[3] ?? null);
  }
  if (loose) {
    const unit = cellUnits.find((u) => raw.endsWith(u)) ?? null;
    const figureText = unit ? raw.slice(0, raw.length - unit.length) : raw;
    if (/\d/.test(figureText) && figureLike.test(figureText)) return unreadable(s, e, damaged ? "invisible" : "malformed", unit);
    // Only digits would have been read above: here a letter stands among them.
    if (lettersForDigits.test(figureText) && (figureText.length === 1 || /\d/.test(figureText))) return unreadable(s, e, "letters", unit);
  } else if (lettersForDigits.test(raw) && /\d/.test(raw)) {
    // A space-aligned token of digits and the letters OCR takes them for (2l, 5O): a column's figure, misread.
    return unreadable(s, e, "letters", null);
  }
  return { kind: "label" };
}

/**
 * Whether a cell has something written in it: a value, or a number that cannot be read.
 *
 * @internal
 */
export function written(cell: TableCell): boolean {
  return cell.value !== null || cell.unreadable !== null;
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
 * that end the line; the label is everything before them. A cell may carry a
 * unit of money or a unit of the catalog that counts (`4119件`, `4119 件` a
 * space after it in columns); a cell written as a number that cannot be read
 * as one is a cell still, blank, with `unreadable` saying why, so that the
 * row keeps its other cells and its label no digits.
 *
 * @internal
 */
export function readTableLine(line: string, format: PipeFormat = { doubled: false, borders: "auto" }): TableLine {
  if (pageNumber.test(line.trim())) return { kind: "page", label: "", cells: [], spaced: false };
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
  const kinds = segments.map(([s, e]) => classify(line, s, e, true, true));
  let firstValue = kinds.length;
  while (firstValue > 0 && kinds[firstValue - 1]?.kind === "value") firstValue--;
  const label = compact(segments.slice(0, firstValue).map(([s, e]) => line.slice(s, e)).join(""));
  const cells: TableCell[] = [];
  for (const kind of kinds.slice(firstValue)) if (kind.kind === "value") cells.push(kind.cell);
  // A row whose label is blank and whose cells are all blank is layout, not data.
  return { kind: "row", label, cells: label === "" && cells.every((c) => c.value === null && c.end === c.start) ? [] : cells, spaced: false };
}

/** Whether a unit that counts (件, 个 …, not 元) is written with the cell: prose ends in such units too (`申请 21 件`). */
function counted(unit: string | null): boolean {
  return unit !== null && !moneyUnits.includes(unit);
}

/**
 * A lone letter OCR took for a digit (`O`, `l`) standing apart as a column's token does, between
 * figures: a value cell found to its right, or a figure to its left. `null` for any other token.
 */
function lone(line: string, token: readonly [number, number], previous: readonly [number, number] | undefined, valueAfter: boolean): CellKind | null {
  if (token[1] - token[0] !== 1 || !digitLetters.includes(line.charAt(token[0])) || !standsApart(line, token[0])) return null;
  const before = previous ? classify(line, previous[0], previous[1], false, false) : null;
  if (!valueAfter && !(before?.kind === "value" && written(before.cell))) return null;
  return unreadable(token[0], token[1], "letters", null);
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
    const kind = lone(line, token, tokens[i - 2], reversed.length > 0) ?? classify(line, token[0], token[1], false, false);
    if (kind.kind === "value") {
      // A count with its unit is a column's only when it stands apart as one (4119件, not 申请 21件).
      if (counted(kind.cell.unit) && !standsApart(line, token[0])) break;
      reversed.push(kind.cell);
      i--;
      continue;
    }
    const previous = tokens[i - 2];
    const raw = line.slice(token[0], token[1]);
    const number = previous ? classify(line, previous[0], previous[1], false, false) : null;
    const figure = previous && number?.kind === "value" && written(number.cell) ? { span: previous, cell: number.cell } : null;
    // A bracketed note after a number, written apart: 55 (含自然失效29件).
    if (figure && /^\([^()]{1,60}\)$/.test(raw) && (!counted(figure.cell.unit) || standsApart(line, figure.span[0]))) {
      reversed.push({ ...figure.cell, end: token[1], note: { start: token[0] + 1, end: token[1] - 1 } });
      i -= 2;
      continue;
    }
    // A unit a space after its number, the number standing apart as a column does: 4119 件 (prose: 申请 21 件).
    if (figure && unitSet.has(raw) && figure.cell.unit === null && figure.cell.note === null && token[0] - figure.span[1] <= 1 && standsApart(line, figure.span[0])) {
      reversed.push({ ...figure.cell, end: token[1], unit: raw });
      i -= 2;
      continue;
    }
    break;
  }
  const first = tokens[i - 1];
  const label = first ? compact(line.slice(0, first[1])) : "";
  return { kind: "row", label, cells: reversed.reverse(), spaced: true };
}

/**
 * Whether the last of a run of cells (a row's 总计, a group's 总计) is filled and equals the sum of
 * the others filled, all whole numbers: what bears out a join of lines or a run of cells among
 * blanks. Exact (`bigint`); a blank counts as nothing, a cell that is no whole number makes it fail.
 *
 * @internal
 */
export function totalHolds(cells: readonly (TableCell | null)[]): boolean {
  const total = cells[cells.length - 1]?.value;
  if (cells.length < 2 || total === null || total === undefined || !/^\d+$/.test(total)) return false;
  let sum = 0n;
  for (const cell of cells.slice(0, -1)) {
    if (cell?.value === null || cell?.value === undefined) continue;
    if (!/^\d+$/.test(cell.value)) return false;
    sum += BigInt(cell.value);
  }
  return sum === BigInt(total);
}

/**
 * A row read from two lines, the second of values alone (a row's values broken over lines): the
 * first line's text, the line breaks and the second's as its text, the second's cells placed after
 * the first's. Not space-aligned (its cells give no columns' positions).
 *
 * @internal
 */
export function joinedLines(line: TextLine, read: TableLine, next: TextLine, more: TableLine): { line: TextLine; read: TableLine } {
  const shift = next.start - line.start;
  const moved = more.cells.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift, note: c.note && { start: c.note.start + shift, end: c.note.end + shift } }));
  const text = line.text + "\n".repeat(shift - line.text.length) + next.text;
  return { line: { text, start: line.start }, read: { kind: "row", label: read.label, cells: [...read.cells, ...moved], spaced: false } };
}
