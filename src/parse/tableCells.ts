import { lastYearWords } from "../catalog/lexicon/figureContext.js";
import {
  tableAgencyColumnLabels,
  tableCellSeparators,
  tableChangeWords,
  tableCurrentYearWords,
  tableTotalRowWords,
  tableUnitLabels,
} from "../catalog/lexicon/tables.js";
import { multiplierWords, unitSpellings } from "../catalog/units.js";
import { codeTable, isAsciiDigitCode } from "./characters.js";
import { readableUnits } from "./readableUnits.js";
import { spacedTableText } from "./spacedTables.js";
import { type CellSpan as Cell, tableRowCells } from "./tableRowCells.js";

/**
 * What a table says of a number that fills a cell of its own: the row's label, the unit a header
 * names, the year its column is for, and whether the column is a change.
 *
 * @internal
 */
export interface TableCell {
  /** The row's label as written, the brackets of its unit left off (行政处罚案件). */
  readonly label: string;
  /** The unit a header names (the column's, the row's unit cell or the label's brackets), as the multiplier and unit (`万元`: `{ factor: "10000", unit: "元" }`); null when none does. */
  readonly unit: { readonly factor: string; readonly unit: string } | null;
  /** The year the column names (2022年, 上年), or null: the report's. */
  readonly year: number | null;
  /** Whether the column is a change from another period (同比增长): its figures are no level. */
  readonly change: boolean;
  /**
   * Whether the row is another agency's (a row of a table whose rows are 区县 or 部门, not its 合计):
   * its figures are a part of the document's, not the document's own, and measure no indicator of it.
   */
  readonly others: boolean;
}

/** The longest line read as a table's row, in characters, and how many lines a row's header is looked for above it. */
const maxLine = 2000;
const maxHeaderLines = 64;
/** The longest label and the longest header cell read, in characters. */
const maxLabel = 40;

const separatorCodes: Uint8Array = /* @__PURE__ */ codeTable(tableCellSeparators);
const pipe = 0x7c;
/** The units a header may name: those read after a number in prose, and %. */
const headerUnits: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...readableUnits, "%"]))();
const factors: readonly { readonly word: string; readonly factor: string }[] = /* @__PURE__ */ (() =>
  [...multiplierWords].sort((a, b) => b.word.length - a.word.length))();
const unitLabels: readonly string[] = /* @__PURE__ */ (() => [...tableUnitLabels].sort((a, b) => b.length - a.length))();

const isSpaceCode = (code: number): boolean => code === 0x20 || code === 0x0d;

/** The unit a word is, a multiplier before it (万元, 件, %), or null. */
function unitOfWord(word: string): TableCell["unit"] {
  let rest = word.trim();
  for (const label of unitLabels) {
    if (rest.startsWith(label)) {
      rest = rest.slice(label.length).trim();
      break;
    }
  }
  let factor = "1";
  for (const m of factors) {
    if (rest.startsWith(m.word) && rest.length > m.word.length) {
      factor = m.factor;
      rest = rest.slice(m.word.length);
      break;
    }
  }
  if (!headerUnits.has(rest)) return null;
  return { factor, unit: unitSpellings[rest] ?? rest };
}

/** Where a cell's words end before its last bracket, and what that bracket holds: [its end, ""] without one. */
function bracketOf(text: string, cell: Cell): [number, string] {
  if (cell.end - cell.start < 3 || text.charCodeAt(cell.end - 1) !== 0x29 /* ) */) return [cell.end, ""];
  let open = cell.end - 2;
  while (open > cell.start && text.charCodeAt(open) !== 0x28 /* ( */) open--;
  if (open <= cell.start) return [cell.end, ""];
  let end = open;
  while (end > cell.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [end, text.slice(open + 1, cell.end - 1)];
}

/**
 * Whether a cell holds a figure rather than words: a number (a sign, digits, separators and a
 * decimal point) alone or with a unit (856, 1,234.5, -12.5, 856件, 98%), not words a number opens
 * (1.行政处罚案件, 2、行政复议案件).
 */
function isFigureCell(cell: string): boolean {
  const t = cell.trim();
  let i = t.charCodeAt(0) === 0x2d || t.charCodeAt(0) === 0x2b ? 1 : 0;
  if (!isAsciiDigitCode(t.charCodeAt(i))) return false;
  while (i < t.length && (isAsciiDigitCode(t.charCodeAt(i)) || t.charCodeAt(i) === 0x2c || t.charCodeAt(i) === 0x2e)) i++;
  const rest = t.slice(i).trim();
  return rest === "" || rest.length <= maxUnitCell && unitOfWord(rest) !== null;
}

/** The year a header cell names at its start (2022年, 2023年度, 2022年(件)), or null. */
function headerYear(cell: string): number | null {
  const t = cell.trim();
  if (t.length < 5 || t.charCodeAt(4) !== 0x5e74 /* 年 */) return null;
  for (let i = 0; i < 4; i++) if (!isAsciiDigitCode(t.charCodeAt(i))) return null;
  return Number(t.slice(0, 4));
}

/** Whether a cell is a rule of a pipe table (---, :---:). */
function isRule(cell: string): boolean {
  const t = cell.trim();
  if (t === "") return false;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code !== 0x2d && code !== 0x3a) return false;
  }
  return true;
}


/** The longest cell read as a row's year (2023年度). */
const maxYearCell = 7;

/**
 * What a column's header cell says: its words as written, unless they name a period (2022年, 上年, 本年度: then
 * "", and the year), the unit in its brackets, whether its figures are a change.
 */
function columnTitle(text: string, source: string, title: Cell, reportingYear: number | null): { readonly words: string; readonly unit: TableCell["unit"]; readonly year: number | null; readonly change: boolean } {
  const [titleEnd, titleBracket] = bracketOf(text, title);
  const titleWords = text.slice(title.start, titleEnd);
  const unit = titleBracket === "" ? null : unitOfWord(titleBracket);
  const change = tableChangeWords.some((word) => titleWords.includes(word));
  let year = headerYear(titleWords);
  let period = year !== null;
  if (year === null && reportingYear !== null) {
    if (lastYearWords.some((word) => titleWords.startsWith(word))) year = reportingYear - 1;
    else if (tableCurrentYearWords.some((word) => titleWords.startsWith(word))) year = reportingYear;
    period = year !== null;
  }
  return { words: period ? "" : source.slice(title.start, unit === null ? title.end : titleEnd), unit, year, change };
}

/** A header row: at least one cell of words after the first, and no figure among them (2022年 is a year, no figure). */
function isHeader(text: string, cells: readonly Cell[]): boolean {
  let words = false;
  for (let k = 1; k < cells.length; k++) {
    const cell = text.slice(cells[k]?.start, cells[k]?.end);
    if (isRule(cell)) return false;
    if (headerYear(cell) === null && isFigureCell(cell)) return false;
    if (cell.trim() !== "") words = true;
  }
  return words;
}

/** The start of the line `at` stands on, looking back at most `maxLine` characters; -1 when the line is longer. */
function lineStartOf(text: string, at: number): number {
  const limit = Math.max(0, at - maxLine);
  for (let i = at - 1; i >= limit; i--) if (text.charCodeAt(i) === 0x0a) return i + 1;
  return limit === 0 ? 0 : -1;
}


/** The line around [before, after]: its start and its end (the line break or the text's end), found by the native searches, once a line. */
function lineAround(text: string, before: number, after: number): { readonly start: number; readonly end: number } {
  const end = text.indexOf("\n", after);
  return { start: text.lastIndexOf("\n", before) + 1, end: end < 0 ? text.length : end };
}

/** A table's header row: its cells, and the unit its caption names for the whole table (null when none does). */
interface Header {
  /** The cell that names each column (the header's, or the one above a blank one). */
  readonly cells: readonly Cell[];
  readonly unit: TableCell["unit"];
  /** For each column, the cell of the group header above the header that spans it (行政复议 over 收案 and 结案), or null. */
  readonly groups: readonly (Cell | null)[];
  /** Whether the header is over two rows (a group header above it): its columns' words name their figures with the row's label. */
  readonly grouped: boolean;
  /** Whether the header's first column is of agencies (区县, 部门: `tableAgencyColumnLabels`). */
  readonly agencies: boolean;
}

const agencyColumns: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(tableAgencyColumnLabels))();

/** A cell's words without their blanks (合  计, 区 县), as a table spreads short words over a cell. */
function compactWords(text: string, cell: Cell | undefined): string {
  return cell === undefined || cell.end - cell.start > maxLabel ? "" : text.slice(cell.start, cell.end).replace(/[ \t]+/g, "");
}

/**
 * The group header's cell over each column of `header`, when the line above it (`above`, its cells)
 * is a header too with a blank cell after its first (a cell spanning the columns to its right):
 * a column under a cell of words, or under a blank one after it, has that cell's; and the cell that
 * names each column: its own, or where that is blank (a header written over both lines, 合计 over
 * nothing) the one above it. One pass over the columns.
 */
function groupsOf(header: readonly Cell[], above: readonly Cell[] | null): { readonly titles: readonly Cell[]; readonly groups: readonly (Cell | null)[] } {
  const groups: (Cell | null)[] = header.map(() => null);
  let blank = false;
  for (let k = 1; above !== null && k < above.length; k++) if ((above[k] as Cell).end === (above[k] as Cell).start) blank = true;
  if (above === null || !blank) return { titles: header, groups };
  const titles = [...header];
  let group: Cell | null = null;
  for (let c = 1; c < header.length; c++) {
    const over = above[c];
    if (over !== undefined && over.end > over.start) group = over;
    const own = header[c] as Cell;
    if (own.end > own.start) groups[c] = group;
    else if (over !== undefined && over.end > over.start) titles[c] = over;
  }
  return { titles, groups };
}

/** How many lines above a table's header its caption is looked for in (a title, then a line 单位:万元), blank lines aside. */
const maxCaptionLines = 2;
/** The longest caption read, in characters: a longer line is prose. */
const maxCaption = 80;

/**
 * The unit the caption of the table whose header starts at `headerStart` names for all its figures:
 * the unit after a unit label (`tableUnitLabels`) in one of the two lines just above the header
 * (blank lines aside), in brackets, alone or at the end of a title aligned with spaces (表1 2023年行政执法情况(单位:件), a line 单位:万元), or null. One unit:
 * a caption that names two (单位:件、万元) names none for a figure.
 */
function captionUnit(text: string, headerStart: number): TableCell["unit"] {
  let end = headerStart - 1;
  let read = 0;
  for (let n = 0; n < maxCaptionLines + 2 && read < maxCaptionLines && end > 0; n++) {
    const start = lineStartOf(text, end);
    if (start < 0 || end - start > maxCaption) return null;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === "") continue;
    read++;
    for (const label of unitLabels) {
      const at = line.lastIndexOf(label);
      if (at < 0) continue;
      let stop = at + label.length;
      while (stop < line.length && line.charCodeAt(stop) !== 0x29 /* ) */ && !isSpaceCode(line.charCodeAt(stop))) stop++;
      return unitOfWord(line.slice(at + label.length, stop));
    }
  }
  return null;
}

/** A line read as a table's row: its cells, its header's, and the column of the last cell asked for (cells are asked in order). */
interface Row {
  readonly start: number;
  readonly separator: number;
  readonly cells: readonly Cell[];
  readonly header: Header | null;
  /** Where the last cell asked for starts, and its column: the next one's counts on from there. */
  at: number;
  column: number;
  /** The cells before `scanned` read for the row's label. */
  scanned: number;
  label: Cell | null;
  /** The year the row's first cell names (a table whose rows are years: 2023年 | 135 | 60.8), or null. */
  year: number | null;
  /** The unit a cell of the row names alone (a 单位 column's, before or after the figures). */
  readonly unit: TableCell["unit"];
}

/** The longest cell read as a unit alone (万人次), in characters. */
const maxUnitCell = 6;

/** The unit the first cell of a row that holds a unit alone names (| 行政处罚案件 | 件 | 800 |, | 罚款 | 12.5 | 万元 |), or null. */
function unitCellOf(text: string, cells: readonly Cell[]): TableCell["unit"] {
  for (const cell of cells) {
    if (cell.end - cell.start > maxUnitCell || cell.end === cell.start) continue;
    const unit = unitOfWord(text.slice(cell.start, cell.end));
    if (unit !== null) return unit;
  }
  return null;
}

/**
 * A reader of the table cells of `text` (folded), asked in the order of the text: for a number
 * at [start, end) (its unit and qualifier included, if it has them), what its table says of it,
 * or null when it fills no cell of its own. Each line is split into cells once, and a row's
 * header is looked for above it only as far as the last row read: linear in the text.
 *
 * @internal
 */
export function tableCellReader(folded: string, source: string, reportingYear: number | null): (start: number, end: number) => TableCell | null {
  // A table aligned with spaces (pdftotext -layout) is read as a tab-separated one.
  const text = spacedTableText(source, folded);
  let last: Row | null = null;
  let line = { start: 0, end: -1 };
  /** The header of the table the row at `lineStart` stands in: the nearest header row above it, in the lines the separator runs through. */
  const headerAbove = (lineStart: number, separator: number): Header | null => {
    let end = lineStart - 1;
    for (let n = 0; n < maxHeaderLines && end > 0; n++) {
      const start = lineStartOf(text, end);
      if (start < 0) return null;
      if (last !== null && last.start === start && last.separator === separator) return last.header;
      if (text.slice(start, end).indexOf(String.fromCharCode(separator)) < 0) return null;
      const cells = tableRowCells(text, start, end, separator, true);
      if (isHeader(text, cells)) {
        // A group header on the line above (行政复议 |  | 行政诉讼 |  over 收案 | 结案 | 收案 | 结案): the caption is above it.
        const aboveStart = start > 0 ? lineStartOf(text, start - 1) : -1;
        const aboveCells = aboveStart < 0 || text.slice(aboveStart, start - 1).indexOf(String.fromCharCode(separator)) < 0 ? null : tableRowCells(text, aboveStart, start - 1, separator, true);
        // A line that names a unit (| 表1 执法情况 |  | 单位:件 |) is a caption, no group header.
        const caption = aboveCells !== null && unitLabels.some((label) => text.slice(aboveStart, start - 1).includes(label));
        const above = aboveCells !== null && !caption && isHeader(text, aboveCells) ? aboveCells : null;
        const { titles, groups } = groupsOf(cells, above);
        const grouped = groups.some((g) => g !== null);
        const first = compactWords(text, cells[0]) || (grouped || titles !== cells ? compactWords(text, above?.[0]) : "");
        return { cells: titles, unit: captionUnit(text, grouped || titles !== cells ? (aboveStart as number) : start), groups, grouped, agencies: agencyColumns.has(first) };
      }
      end = start - 1;
    }
    return null;
  };
  /** The row of the line [lineStart, lineEnd), read once. */
  const rowAt = (lineStart: number, lineEnd: number, separator: number): Row => {
    if (last !== null && last.start === lineStart && last.separator === separator) return last;
    const header = headerAbove(lineStart, separator);
    let first = lineStart;
    while (first < lineEnd && isSpaceCode(text.charCodeAt(first))) first++;
    // A pipe table's left border opens no column.
    const border = separator === pipe && text.charCodeAt(first) === pipe;
    const cells = tableRowCells(text, lineStart, lineEnd, separator, true);
    last = { start: lineStart, separator, cells, header, at: border ? first + 1 : lineStart, column: 0, scanned: 0, label: null, year: null, unit: unitCellOf(text, cells) };
    return last;
  };
  return (start: number, end: number): TableCell | null => {
    // A cell of its own: a separator before the number and one (or the line's end) after it, spaces aside.
    let before = start - 1;
    while (before >= 0 && start - before < maxLine && isSpaceCode(text.charCodeAt(before))) before--;
    const separator = before < 0 ? -1 : text.charCodeAt(before);
    if (separatorCodes[separator] !== 1) return null;
    let after = end;
    while (after < text.length && after - end < maxLine && isSpaceCode(text.charCodeAt(after))) after++;
    const next = after < text.length ? text.charCodeAt(after) : 0x0a;
    if (next !== separator && next !== 0x0a) return null;
    // The line, found once for all its numbers (they are asked in order): a line too long for a row is passed at once.
    if (after > line.end || before < line.start) line = lineAround(text, before, after);
    if (line.end - line.start > maxLine) return null;
    const lineStart = line.start;
    const lineEnd = line.end;
    const row = rowAt(lineStart, lineEnd, separator);
    if (before + 1 < row.at) return null;
    for (let i = row.at; i <= before; i++) if (text.charCodeAt(i) === separator) row.column++;
    row.at = before + 1;
    const column = row.column;
    const cells = row.cells;
    // The label: the first cell of words before the number's that is no unit alone.
    for (; row.label === null && row.scanned < column && row.scanned < cells.length; row.scanned++) {
      const cell = cells[row.scanned] as Cell;
      const words = text.slice(cell.start, cell.end);
      // A row's first cell that is a year alone (2023年, 2023年度): the year of the row's figures, no label.
      if (row.scanned === 0 && words.length <= maxYearCell && headerYear(words) !== null) row.year = headerYear(words);
      else if (words !== "" && !isFigureCell(words) && (words.length > maxUnitCell || unitOfWord(words) === null)) row.label = cell;
    }
    const label = row.label;
    if (label === null ? row.year === null : label.end - label.start > maxLabel) return null;
    let unit = row.unit;
    let named = "";
    if (label !== null) {
      const [labelEnd, labelBracket] = bracketOf(text, label);
      const labelUnit = labelBracket === "" ? null : unitOfWord(labelBracket);
      if (labelUnit !== null) unit ??= labelUnit;
      named = source.slice(label.start, labelUnit === null ? label.end : labelEnd);
    }
    // The unit the table's caption names (表1 行政执法情况(单位:件), 单位:万元 above it): of the figures no row or column gives one.
    unit ??= row.header?.unit ?? null;
    const title = row.header?.cells[column];
    if (title === undefined || title.end - title.start > maxLabel) return label === null ? null : { label: named, unit, year: row.year, change: false, others: false };
    const group = row.header?.groups[column] ?? null;
    const titleRead = columnTitle(text, source, title, reportingYear);
    const groupRead = group === null || group.end - group.start > maxLabel ? null : columnTitle(text, source, group, reportingYear);
    // A column's words name what its figures count where the row's label does not (a row of a year) or in a header over two rows (行政复议: 收案, 结案).
    // In a table whose rows are agencies (区县, 部门) the row names whose figure it is and the column what it counts: a 合计 row's
    // figures are the document's own, another row's its agency's.
    const agencies = row.header?.agencies === true && label !== null;
    const total = agencies && tableTotalRowWords.some((word) => compactWords(text, label).startsWith(word));
    if (total) named = "";
    if (row.header?.grouped === true || label === null || agencies) named += (groupRead?.words ?? "") + titleRead.words;
    if (named === "") return null;
    return {
      label: named,
      unit: titleRead.unit ?? groupRead?.unit ?? unit,
      year: titleRead.year ?? groupRead?.year ?? row.year,
      change: titleRead.change || (groupRead?.change ?? false),
      others: agencies && !total,
    };
  };
}
