import { tableUnitLabels } from "../catalog/lexicon/tables.js";
import { codeColumns } from "./displayWidth.js";
import type { CellSpan } from "./tableRowCells.js";

/**
 * Tables whose columns are aligned with spaces, as `pdftotext -layout` writes a PDF's tables: a
 * run of two blanks or more between words parts two cells (prose has one space between words, and
 * PDF text one between characters), and a column is where its header's words stand on the line
 * (counted in display columns: a Chinese character takes two).
 */

/** The fewest blanks (spaces, tabs) that part two cells of a line. */
const columnGap = 2;

/** The most columns a header of a table aligned with spaces is read with. */
const maxColumns = 16;
/** The fewest rows of two cells or more under a header that make a table. */
const minRows = 2;
/** How far a cell that lies under no header's words may stand from the nearest, in display columns. */
const reach = 6;
/** The longest line read, in characters. */
const maxLine = 2000;

/** Whether a code is white space (what `/\s/` matches): a line's blanks, as written or folded. */
const isBlank = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/**
 * Whether the token at `at` of `line` stands apart as a column's cell does: two blanks before it,
 * or only blanks (prose has one: `申请 21 件`).
 *
 * @example
 * ```ts
 * standsApart("行政处罚案件   120件", 9); //=> true
 * standsApart("申请 21 件", 3); //=> false
 * ```
 *
 * @internal
 */
export function standsApart(line: string, at: number): boolean {
  for (let k = 1; k <= columnGap; k++) if (at - k >= 0 && !isBlank(line.charCodeAt(at - k))) return false;
  return true;
}

/**
 * The cells of the line `text[start, end)` parted by runs of two blanks or more, each without the
 * blanks around it. One pass over the line.
 *
 * @example
 * ```ts
 * const line = "行政处罚案件     120件  135件";
 * spacedCells(line, 0, line.length).map((c) => line.slice(c.start, c.end)); //=> ["行政处罚案件", "120件", "135件"]
 * spacedCells("依法 行政", 0, 5).length; //=> 1
 * ```
 *
 * @internal
 */
export function spacedCells(text: string, start: number, end: number): CellSpan[] {
  const cells: CellSpan[] = [];
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  while (i < end) {
    const cellStart = i;
    let cellEnd = i;
    while (i < end) {
      if (!isBlank(text.charCodeAt(i))) {
        i++;
        cellEnd = i;
        continue;
      }
      let blanks = i;
      while (blanks < end && isBlank(text.charCodeAt(blanks))) blanks++;
      if (blanks - i >= columnGap || blanks === end) {
        i = blanks;
        break;
      }
      i = blanks;
    }
    cells.push({ start: cellStart, end: cellEnd });
  }
  return cells;
}

/**
 * Where the next line at or after `from` starts that holds two cells parted by spaces (words, two
 * spaces or more, words; in folded text, where the wide spaces are ASCII ones), or -1: found with
 * the native search for two spaces, so that a text of prose is passed at once.
 */
function nextTwoCells(folded: string, from: number): number {
  for (let i = folded.indexOf("  ", from); i >= 0; ) {
    let j = i + 2;
    while (j < folded.length && isBlank(folded.charCodeAt(j)) && folded.charCodeAt(j) !== 0x0a) j++;
    if (i > 0 && !isBlank(folded.charCodeAt(i - 1)) && j < folded.length && !isBlank(folded.charCodeAt(j))) return folded.lastIndexOf("\n", i) + 1;
    i = folded.indexOf("  ", j);
  }
  return -1;
}

/** What a line is to a table aligned with spaces: blank, one cell, two cells or more, or a line of a `|` or tab table. */
const blank = 0;
const single = 1;
const parted = 2;
const piped = 3;

/** The kind of the line `text[start, end)` (`blank`, `single`, `parted`, `piped`). One pass, nothing made. */
function lineKind(text: string, start: number, end: number): number {
  let words = false;
  let run = 0;
  let kind = blank;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7c || code === 0x09) return piped;
    if (isBlank(code)) run++;
    else {
      if (words && run >= columnGap) kind = parted;
      else if (kind === blank) kind = single;
      words = true;
      run = 0;
    }
  }
  return kind;
}

/** A cell of a line with where it stands in display columns. */
interface Placed {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

/** A line of a candidate table: its start in the text and its cells placed. */
interface Line {
  readonly start: number;
  readonly cells: readonly Placed[];
}

/** The cells of a line with their display columns (measured on `source`, where a full-width character is drawn as written). */
function placedCells(source: string, folded: string, start: number, end: number): Placed[] {
  const cells = spacedCells(folded, start, end);
  const placed: Placed[] = [];
  let column = 0;
  let at = start;
  for (const cell of cells) {
    for (; at < cell.start; at++) column += codeColumns(source.charCodeAt(at));
    const from = column;
    for (; at < cell.end; at++) column += codeColumns(source.charCodeAt(at));
    placed.push({ start: cell.start, end: cell.end, from, to: column });
  }
  return placed;
}

/**
 * The header's column each cell of a row falls under, in order (-1: a column of labels left of the
 * header's words, which a header may leave blank), or null when the cells do not stand under the
 * header's columns: a cell across two columns, away from all, or two cells under one.
 */
function columnsUnder(header: readonly Placed[], cells: readonly Placed[]): number[] | null {
  const columns: number[] = [];
  let previous = -2;
  for (const cell of cells) {
    let column = -2;
    let overlaps = 0;
    let nearest = -1;
    let distance = Number.POSITIVE_INFINITY;
    for (let j = 0; j < header.length; j++) {
      const h = header[j] as Placed;
      if (cell.from < h.to && h.from < cell.to) {
        overlaps++;
        column = j;
      }
      const d = cell.to <= h.from ? h.from - cell.to : cell.from >= h.to ? cell.from - h.to : 0;
      if (d < distance) {
        distance = d;
        nearest = j;
      }
    }
    if (overlaps > 1) return null;
    if (overlaps === 0) {
      if (cell.to <= (header[0] as Placed).from) column = -1;
      else if (distance <= reach) column = nearest;
      else return null;
    }
    if (column <= previous) return null;
    columns.push(column);
    previous = column;
  }
  return columns;
}

/**
 * The header's column each cell of a group header above it stands at: each header column goes to
 * the group cell whose middle is nearest its own (a group's words are centred over the columns it
 * spans; the first column, of the rows' labels, only when a group cell stands over it), and a
 * group cell stands at the first of its columns; null when a group cell has none.
 */
function groupColumns(header: readonly Placed[], groups: readonly Placed[]): number[] | null {
  const first: number[] = groups.map(() => -1);
  let g = 0;
  // The first column is the rows' labels': under a group cell only when one stands over it (项目 over 年度).
  for (let j = (groups[0] as Placed).from < (header[0] as Placed).to ? 0 : 1; j < header.length; j++) {
    const h = header[j] as Placed;
    const middle = h.from + h.to;
    // The group cells' middles rise from left to right: the nearest one moves right only.
    while (g + 1 < groups.length && Math.abs((groups[g + 1] as Placed).from + (groups[g + 1] as Placed).to - middle) <= Math.abs((groups[g] as Placed).from + (groups[g] as Placed).to - middle)) g++;
    if (first[g] === -1) first[g] = j;
  }
  return first.includes(-1) ? null : first;
}

/** Whether a line names a unit (单位:件): a table's caption, no group header. */
function namesUnit(folded: string, line: Line): boolean {
  const text = folded.slice(line.start, (line.cells[line.cells.length - 1] as Placed).end);
  return tableUnitLabels.some((label) => text.includes(label));
}

/** Whether a header's cells are words (2022年 among them), not figures: a cell of digits alone is a row's. */
function wordsOnly(folded: string, cells: readonly Placed[]): boolean {
  for (const cell of cells) {
    let digits = true;
    for (let i = cell.start; i < cell.end && digits; i++) {
      const code = folded.charCodeAt(i);
      digits = (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2c || code === 0x25;
    }
    if (digits) return false;
  }
  return true;
}

/** A row of a table aligned with spaces: its line, the header's column of each cell, and whether a blank line stands before it. */
interface Row {
  readonly line: Line;
  readonly columns: readonly number[];
  readonly afterBlank: boolean;
}

/**
 * Writes a row's tabs into `out`: before its first cell as many as its column (`shift` more when
 * the table has a column of labels left of the header's words), between two cells as many as the
 * columns they are apart; none when its blanks are too few for them (the row is left as written).
 */
function mark(out: string[], row: Row, shift: number): void {
  const { line, columns } = row;
  const counts = columns.map((column, m) => (m === 0 ? column + shift : column - (columns[m - 1] as number)));
  let from = line.start;
  for (let m = 0; m < counts.length; m++) {
    const cell = line.cells[m] as Placed;
    if (cell.start - from < (counts[m] as number)) return;
    from = cell.end;
  }
  from = line.start;
  for (let m = 0; m < counts.length; m++) {
    const cell = line.cells[m] as Placed;
    tabsBefore(out, from, cell.start, counts[m] as number);
    from = cell.end;
  }
}

/** Writes `count` tabs over the last blanks before `at` (blanks from `from`), or tells that there are too few. */
function tabsBefore(out: string[], from: number, at: number, count: number): boolean {
  if (count === 0) return true;
  if (at - from < count) return false;
  for (let k = at - count; k < at; k++) out[k] = "\t";
  return true;
}

/**
 * `folded` (`foldText(source)`, the same length) with the column gaps of its tables aligned with
 * spaces written as tabs, so that the readers of tab-separated tables read them: a table is a
 * header line of two to sixteen cells of words (parted by two blanks or more) and at least two
 * rows of two cells or more below it whose cells each stand under one of the header's columns (in
 * display columns, as `source` is drawn); a row's cell under no header's words, left of them, is a
 * column of labels the header leaves blank. A line of one cell under a column (a cell wrapped onto
 * a line of its own) and blank lines stay in the table; it ends at a line whose cells stand under
 * no columns, two blank lines or a `|` or tab line. Between two cells as many tabs as the columns
 * they are apart (a blank cell between them), written over the last blanks of the gap; before a
 * row's first cell, as many as its column. A text with none is returned as it is. Linear in the
 * text: each line is split and placed once, against a header of at most sixteen columns.
 *
 * @example
 * ```ts
 * const text = "项目        2022年   2023年\n行政处罚案件  120件    135件\n罚款(万元)    56.2     60.8\n";
 * spacedTableText(text, text).split("\n")[1].split("\t").map((c) => c.trim()); //=> ["行政处罚案件", "120件", "135件"]
 * spacedTableText("依法 行政。\n", "依法 行政。\n"); //=> "依法 行政。\n"
 * ```
 *
 * @internal
 */
export function spacedTableText(source: string, folded: string): string {
  // A text without two cells on any line (most: prose, indented or not) has no such table: one native search tells.
  if (nextTwoCells(folded, 0) < 0) return folded;
  let out: string[] | null = null;
  let header: Line | null = null;
  /** A group header above the header (行政复议 over 收案 and 结案), its cells at the columns they span first. */
  let group: Row | null = null;
  let rows: Row[] = [];
  let full = 0;
  let blanks = 0;
  const close = () => {
    if (header !== null && full >= minRows) {
      out ??= folded.split("");
      // Lines of one cell after the last row of two and a blank line are the text after the table.
      let last = rows.length;
      while (last > 0 && (rows[last - 1] as Row).line.cells.length < 2) last--;
      let keep = last;
      while (keep < rows.length && !(rows[keep] as Row).afterBlank) keep++;
      const shift = rows.some((r) => r.columns[0] === -1) ? 1 : 0;
      mark(out, { line: header, columns: header.cells.map((_, j) => j), afterBlank: false }, shift);
      if (group !== null) mark(out, group, shift);
      for (let k = 0; k < keep; k++) mark(out, rows[k] as Row, shift);
    }
    header = null;
    group = null;
    rows = [];
    full = 0;
    blanks = 0;
  };
  for (let start = 0; start < folded.length; ) {
    // Without an open table, the lines before the next line of two cells are passed unread.
    if (header === null) {
      start = nextTwoCells(folded, start);
      if (start < 0) break;
    }
    let end = folded.indexOf("\n", start);
    if (end < 0) end = folded.length;
    const kind = end - start > maxLine ? piped : lineKind(folded, start, end);
    // Without an open table only a line of two cells or more counts (most lines of a text are of one): it is not measured.
    if (header === null && kind !== parted && kind !== piped) {
      blanks = kind === blank ? blanks + 1 : 0;
      start = end + 1;
      continue;
    }
    const isPiped = kind === piped;
    const cells = isPiped ? [] : placedCells(source, folded, start, end);
    if (isPiped) close();
    else if (cells.length === 0) {
      if (++blanks >= 2) close();
    } else {
      const blankBefore = blanks > 0;
      blanks = 0;
      const columns = header === null ? null : columnsUnder((header as Line).cells, cells);
      if (columns !== null) {
        rows.push({ line: { start, cells }, columns, afterBlank: blankBefore });
        if (cells.length >= 2) full++;
      } else {
        // A header line right under a shorter one with no rows yet: that one is its group header.
        const above = header !== null && rows.length === 0 && !blankBefore ? (header as Line) : null;
        close();
        if (cells.length >= 2 && cells.length <= maxColumns && wordsOnly(folded, cells)) {
          header = { start, cells };
          const spans = above !== null && above.cells.length < cells.length && !namesUnit(folded, above) ? groupColumns(cells, above.cells) : null;
          if (spans !== null) group = { line: above as Line, columns: spans, afterBlank: false };
        }
      }
    }
    start = end + 1;
  }
  close();
  return out === null ? folded : (out as string[]).join("");
}
