import { requestHeaderWords, requestRowNumbering, requestRowWords } from "../../catalog/lexicon/disclosure.js";
import type { Issue } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";
import { disclosureRequestColumns } from "../../model/disclosureCells.js";
import { readIssue, unreadableCellIssues } from "./readIssues.js";
import type { TextLine } from "./sections.js";
import { type PipeFormat, type TableCell, type TableLine, joinedLines, readTableLine, totalHolds, written } from "./tableLine.js";

/** A label that opens with a row's number (一、 (三) 4.): a row begins there, no label goes on. */
const numberedRow = /* @__PURE__ */ (() => new RegExp(requestRowNumbering))();

/**
 * A row as read: seven decimal strings or `null`, with the cells' offsets.
 *
 * @internal
 */
export interface ReadRow {
  readonly values: readonly (string | null)[];
  readonly cells: readonly TableCell[];
  /** Offset of the line in the text. */
  readonly offset: number;
}

/**
 * The row key a table 三 label names, or `null` (a header, a group label, or
 * nothing of the template). Sub-rows win over group rows (（三）不予公开 1.属于国家秘密
 * is 国家秘密); a label naming two rows of one level is a header.
 *
 * @internal
 */
export function requestRowKey(label: string, previous: string | null): string | null {
  if (label === "" || requestHeaderWords.some((w) => label.includes(w))) return null;
  const matches = requestRowWords.filter(
    (row) => row.words.some((w) => label.includes(w)) && (!row.after || (previous !== null && row.after.includes(previous))),
  );
  const sub = [...new Set(matches.filter((m) => m.key.includes(".")).map((m) => m.key))];
  if (sub.length === 1) return sub[0] ?? null;
  if (sub.length > 1) return null;
  const top = [...new Set(matches.map((m) => m.key))];
  return top.length === 1 ? (top[0] ?? null) : null;
}

/**
 * Reads table 三 from the lines of its section: each line's label names its
 * row by the template's words; a label wrapped over lines, or standing on the
 * lines above its values (as `pdftotext -layout` leaves it), is joined first.
 * A row must have the template's seven values; in space-aligned columns a row
 * with fewer (blank cells leave no trace there) is placed under the columns of
 * the nearest full row of its page when every value sits under exactly one
 * column and the row's 总计 bears it out; a `|` row with more cells than seven
 * is read when the extra cells are blank and one run of seven has a 总计 equal
 * to its parts; otherwise its cells are blank and an issue says why.
 *
 * @internal
 */
export function readRequestsTable(
  lines: readonly TextLine[],
  format: PipeFormat,
  locale: Locale,
  issues: Issue[],
): Map<string, ReadRow> {
  const rows = new Map<string, ReadRow>();
  let pending: string[] = [];
  let previous: string | null = null;
  // Space-aligned rows: the full ones give the columns' positions on their page, so a row whose blank cells left no trace can be placed.
  const full: { page: number; index: number; cells: readonly TableCell[] }[] = [];
  const partial: {
    key: string;
    label: string;
    page: number;
    index: number;
    cells: readonly TableCell[];
    text: string;
    offset: number;
    span: { start: number; end: number };
  }[] = [];
  // The cells of a row read: the values kept, and an issue for each cell written as a number that cannot be read.
  const keep = (key: string, label: string, cells: readonly (TableCell | null)[], text: string, offset: number) => {
    rows.set(key, { values: cells.map((c) => c?.value ?? null), cells: cells.map((c) => c ?? blankCell), offset });
    unreadableCellIssues({ table: "三", label, path: ["requests", ...key.split(".")], columns: disclosureRequestColumns, cells, text, offset }, locale, issues);
  };
  let page = 0;
  let index = -1;
  const isHeader = (label: string) => requestHeaderWords.some((w) => label.includes(w));
  // The row of a line of values, once its key is known: a repeat, a partial space-aligned row, or its cells.
  const place = (key: string, label: string, read: TableLine, line: TextLine, at: { page: number; index: number }) => {
    previous = key;
    const span = { start: line.start, end: line.start + line.text.length };
    if (rows.has(key)) {
      issues.push(readIssue("disclosure.rowRepeated", "warning", ["requests", ...key.split(".")], { table: "三", row: label }, locale, span));
      return;
    }
    if (read.spaced && read.cells.length > 0 && read.cells.length < 7) {
      partial.push({ key, label, page: at.page, index: at.index, cells: read.cells, text: line.text, offset: line.start, span });
      rows.set(key, { values: [null, null, null, null, null, null, null], cells: [], offset: line.start });
      return;
    }
    const window = read.cells.length > 7 ? sevenAmongBlanks(read.cells) : null;
    if (window) {
      keep(key, label, window, line.text, line.start);
      return;
    }
    if (read.cells.length !== 7) {
      issues.push(
        readIssue("disclosure.cellsUnreadable", "warning", ["requests", ...key.split(".")], { table: "三", row: label, found: read.cells.length, expected: 7 }, locale, span),
      );
      rows.set(key, { values: [null, null, null, null, null, null, null], cells: [], offset: line.start });
      return;
    }
    keep(key, label, read.cells, line.text, line.start);
    if (read.spaced) full.push({ page: at.page, index: at.index, cells: read.cells });
  };
  // A line of values whose label names no row yet: its label may go on below it (a cell's text centred on its values).
  let open: { above: string[]; label: string; below: string[]; read: TableLine; line: TextLine; page: number; index: number } | null = null;
  // The open row's label with the lines below it, when that names a row not read yet and the row's own text opens the label
  // (its number, 4.保护第三方合) or the lines below name no row on their own (else they are the next row's label).
  const resolveOpen = (row: NonNullable<typeof open>): { key: string; label: string } | null => {
    const below = row.below.join("");
    const belowNames = requestRowKey(below, previous) !== null;
    for (let n = row.above.length; n >= 0; n--) {
      const own = row.above.slice(row.above.length - n).join("");
      for (const text of [own + row.label + below, own + below]) {
        const head = text.slice(0, text.length - below.length);
        if (head === "" || (belowNames && !numberedRow.test(head))) continue;
        const key = requestRowKey(text, previous);
        if (key !== null && !rows.has(key)) return { key, label: text };
      }
    }
    return null;
  };
  // Whether an open row's label on its line is a group's alone (numbered, naming no row, nothing below it yet): its row's own label may follow.
  const groupOnly = (row: NonNullable<typeof open>): boolean => {
    if (row.below.length > 0) return false;
    return numberedRow.test(row.label) && requestRowKey(row.label, previous) === null && !isHeader(row.label);
  };
  // An open row no line below names: an issue (its values are not placed), and the lines below may open the next row.
  const giveUp = () => {
    if (!open) return;
    const label = open.above.join("") + open.label + open.below.join("");
    if (open.read.cells.some(written) && !isHeader(label)) {
      issues.push(readIssue("disclosure.rowUnknown", "info", ["requests"], { table: "三", label }, locale, { start: open.line.start, end: open.line.start + open.line.text.length }));
    }
    pending = open.below.slice(-4);
    open = null;
  };
  for (let at = 0; at < lines.length; at++) {
    index++;
    let line = lines[at] as TextLine;
    let read = readTableLine(line.text, format);
    // A row short of seven whose values go on on the next line, a line of values alone: one row, when its 总计 bears it out.
    const next = read.kind === "row" && read.cells.length > 0 && read.cells.length < 7 ? lines[at + 1] : undefined;
    if (next) {
      const more = readTableLine(next.text, format);
      const joined = more.kind === "row" && more.label === "" && more.cells.length === 7 - read.cells.length ? joinedRow(line, read, next, more) : null;
      if (joined) {
        ({ line, read } = joined);
        at++;
        index++;
      }
    }
    if (read.kind === "page" || line.text.includes("\f")) page++;
    if (read.kind !== "row") continue;
    if (read.cells.length === 0) {
      if (read.label === "") continue;
      if (isHeader(read.label)) {
        giveUp();
        pending = [];
        continue;
      }
      // A line below an open row, not opening a row of its own by its number: the open row's label goes on. So does a
      // numbered one below a group's label alone (三、本年度办理结果 set on the line of its first row's values): the row's own.
      if (open && (!numberedRow.test(read.label) || groupOnly(open)) && open.below.length < 4) {
        open.below.push(read.label);
        const found = resolveOpen(open);
        if (found) {
          place(found.key, found.label, open.read, open.line, open);
          open = null;
          pending = [];
        }
        continue;
      }
      giveUp();
      pending.push(read.label);
      if (pending.length > 4) pending.shift();
      continue;
    }
    giveUp();
    let key: string | null = null;
    let label = read.label;
    // Lines above joined to the label: a row not read yet (the line above may end the row before, 过程性信息).
    const joinedKey = (text: string) => {
      const k = requestRowKey(text, previous);
      return k !== null && !rows.has(k) ? k : null;
    };
    if (label !== "") {
      key = requestRowKey(label, previous);
      if (key === null && pending.length > 0 && !isHeader(label)) {
        const joined = pending.join("") + label;
        key = joinedKey(joined);
        if (key !== null) label = joined;
      }
    } else {
      for (let n = pending.length; n >= 1 && key === null; n--) {
        const joined = pending.slice(pending.length - n).join("");
        key = joinedKey(joined);
        if (key !== null) label = joined;
      }
    }
    const above = pending;
    pending = [];
    if (key === null) {
      if (!isHeader(label)) open = { above, label: read.label, below: [], read, line, page, index };
      continue;
    }
    place(key, label, read, line, { page, index });
  }
  giveUp();
  for (const row of partial) {
    const placed = placeByColumns(row, full);
    if (placed) {
      keep(row.key, row.label, placed, row.text, row.offset);
      continue;
    }
    issues.push(
      readIssue("disclosure.cellsUnreadable", "warning", ["requests", ...row.key.split(".")], { table: "三", row: row.label, found: row.cells.length, expected: 7 }, locale, row.span),
    );
  }
  return rows;
}

/** A row read from two lines (see `joinedLines`), when its 总计 is the sum of its other values; else `null`. */
function joinedRow(line: TextLine, read: TableLine, next: TextLine, more: TableLine): { line: TextLine; read: TableLine } | null {
  const joined = joinedLines(line, read, next, more);
  return totalHolds(joined.read.cells) ? joined : null;
}


/**
 * Seven cells among more, where the others are blank (padding cells of a web
 * page's table): the one run of seven whose 总计 equals its parts, or `null`.
 */
function sevenAmongBlanks(cells: readonly TableCell[]): TableCell[] | null {
  let found: TableCell[] | null = null;
  for (let start = 0; start + 7 <= cells.length; start++) {
    if (cells.some((c, i) => (i < start || i >= start + 7) && written(c))) continue;
    const seven = cells.slice(start, start + 7);
    if (!totalHolds(seven)) continue;
    if (found) return null;
    found = seven;
  }
  return found;
}

const blankCell: TableCell = { start: 0, end: 0, value: null, unit: null, note: null, unreadable: null };

/**
 * Places the values of a space-aligned row that has fewer than seven (its
 * blank cells left no trace) under the columns of the nearest full row of the
 * same page: each value must overlap exactly one column, in order, and the
 * 总计 must be placed and equal the applicant values placed. `null` when the
 * values cannot be placed so.
 */
function placeByColumns(
  row: { page: number; index: number; cells: readonly TableCell[] },
  full: readonly { page: number; index: number; cells: readonly TableCell[] }[],
): (TableCell | null)[] | null {
  let nearest: (typeof full)[number] | undefined;
  for (const candidate of full) {
    if (candidate.page !== row.page) continue;
    if (!nearest || Math.abs(candidate.index - row.index) < Math.abs(nearest.index - row.index)) nearest = candidate;
  }
  if (!nearest) return null;
  const columns = nearest.cells;
  const placed: (TableCell | null)[] = [null, null, null, null, null, null, null];
  let last = -1;
  for (const cell of row.cells) {
    const under = columns.flatMap((column, j) => (cell.start <= column.end && column.start <= cell.end ? [j] : []));
    const j = under[0];
    if (under.length !== 1 || j === undefined || j <= last) return null;
    placed[j] = cell;
    last = j;
  }
  // The placement must bear out the row's own arithmetic: a 总计 placed, equal to the applicant values placed.
  return totalHolds(placed) ? placed : null;
}
