import { deadlineLabels, taskColumnLabels, taskNumberColumnLabels, unitNoteLabels } from "../catalog/lexicon/unitNotes.js";
import { sentenceEndings } from "../catalog/lexicon/layout.js";
import type { ParsedTask } from "../model/parsedTask.js";
import type { UnitRole } from "../model/responsibleUnit.js";
import { deadlineDate } from "./deadline.js";
import { foldText } from "./foldText.js";
import type { OutlineNode } from "./outline.js";
import { type CellSpan as Cell, tableRowCells } from "./tableRowCells.js";
import { spacedTableText } from "./spacedTables.js";
import { type NamedUnit, tableCellUnits } from "./unitNotes.js";

/** A header naming the column of tasks: where a plan's table may begin (one search of the text for all of them). */
const taskHeader = /* @__PURE__ */ (() => new RegExp([...taskColumnLabels].sort((a, b) => b.length - a.length).join("|"), "g"))();
const ruleLine = /^[\s|:\-—=+]*$/;
/** A task's number in its cell: 1, 1., (1), 一. */
const numberCell = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、]?$|^\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\)$/;
/** What ends a task's lead sentence in its cell. */
const titleEnd = "。";

/** How long a line between rows may be to be a section's heading. */
const sectionLineMax = 40;

/** Whether a line could be a heading: short, no sentence ending in it (prose after a table is none). */
function headingLike(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= sectionLineMax && !sentenceEndings.some((mark) => mark !== "." && trimmed.includes(mark));
}

/**
 * The cells of a line between `|` or tabs, trimmed; `null` for a line with neither. Blank segments
 * before the first bar and after the last are borders when `borders` says the table has them (a
 * header's line opens with a bar), else blank cells (a row's empty 序号 in a table without borders).
 */
function cellsOf(folded: string, start: number, end: number, borders: boolean): Cell[] | null {
  // The line's own characters only: a search for a bar or a tab past its end went on through the text.
  let bar = false;
  let tab = false;
  for (let i = start; i < end && !bar; i++) {
    const code = folded.charCodeAt(i);
    if (code === 0x7c) bar = true;
    else if (code === 0x09) tab = true;
  }
  if (!bar && !tab) return null;
  return tableRowCells(folded, start, end, bar ? 0x7c : 0x09, borders);
}

/** What each column of a header holds. */
type Column = { kind: "number" } | { kind: "task" } | { kind: "units"; role: UnitRole } | { kind: "deadline" } | { kind: "other" };

function columnOf(header: string): Column {
  const has = (words: readonly string[]) => words.some((w) => header.includes(w));
  if (has(taskNumberColumnLabels)) return { kind: "number" };
  if (has(deadlineLabels)) return { kind: "deadline" };
  const unit = Object.keys(unitNoteLabels).find((w) => header.includes(w));
  if (unit !== undefined) return { kind: "units", role: unitNoteLabels[unit] ?? "responsible" };
  if (has(taskColumnLabels)) return { kind: "task" };
  return { kind: "other" };
}

/**
 * The last of `nodes` (in order, disjoint) that starts at or before `at`, or -1: a binary search.
 *
 * @internal
 */
export function lastStartingBy(nodes: readonly { readonly span: { readonly start: number } }[], at: number): number {
  let low = 0;
  let high = nodes.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((nodes[middle]?.span.start ?? 0) <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The innermost item of `outline` around `at` and the item it stands in (`null` at the top level),
 * or `null` when no item holds `at`: a binary search at each level.
 *
 * @internal
 */
export function innermostAround(outline: readonly OutlineNode[], at: number): { readonly node: OutlineNode; readonly parent: OutlineNode | null } | null {
  let nodes = outline;
  let inner: OutlineNode | null = null;
  let outer: OutlineNode | null = null;
  for (;;) {
    const found = nodes[lastStartingBy(nodes, at)];
    if (!found || at >= found.span.end) return inner === null ? null : { node: inner, parent: outer };
    outer = inner;
    inner = found;
    nodes = found.children;
  }
}

/**
 * The tasks of a work plan written as a table (任务分工表), in `|` rows (as
 * `htmlToText` writes an HTML table, or a page's text shows one) or with tabs
 * between cells: a header row that names the column of tasks
 * (`taskColumnLabels`: 工作任务, 重点任务 …) and, by the labels of unit notes,
 * the columns of units with their roles (牵头单位, 配合单位, 责任单位), by
 * `deadlineLabels` the deadline's (完成时限), by `taskNumberColumnLabels` the
 * number's (序号). Each row below it with a task is a task: its number (the
 * row's count without a number column), its task's lead sentence as title and
 * its cell as body, the row as span, the units of each units column split as
 * a note's are, the deadline as written and as a day. A row of one cell
 * (`一、深入推进依法行政`, merged across the table), or a short line of its own
 * without a sentence's end followed by a row, is the section of the rows below it; without one, the
 * heading above the table. The table ends at the
 * first line that is no row. Finds headers with one search of the text;
 * reads each line of a table once.
 *
 * @internal
 */
export function tableTasksIn(source: string, text: string, outline: readonly OutlineNode[], year: number | null = null): ParsedTask[] {
  // A table aligned with spaces (pdftotext -layout) is read as a tab-separated one.
  const folded = spacedTableText(source, text);
  const tasks: ParsedTask[] = [];
  let consumed = 0;
  for (const match of folded.matchAll(taskHeader)) {
    const at = match.index ?? 0;
    if (at < consumed) continue;
    const headerStart = folded.lastIndexOf("\n", at) + 1;
    let lineEnd = folded.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = folded.length;
    consumed = lineEnd;
    const borders = folded.slice(headerStart, lineEnd).trimStart().startsWith("|");
    const header = cellsOf(folded, headerStart, lineEnd, borders);
    if (header === null || header.length < 2) continue;
    const columns = header.map((c) => columnOf(folded.slice(c.start, c.end)));
    const taskColumn = columns.findIndex((c) => c.kind === "task");
    const numberColumn = columns.findIndex((c) => c.kind === "number");
    /** Where each cell of the last task's row ended (a wrapped cell's last line): whether a unit's name goes on across a line. */
    let cellEnds: number[] = [];
    if (taskColumn < 0 || !columns.some((c) => c.kind === "units" || c.kind === "deadline")) continue;
    const around = innermostAround(outline, headerStart)?.node;
    let section = around?.headingLine ?? "";
    let count = 0;
    let lineStart = lineEnd + 1;
    while (lineStart < folded.length) {
      let end = folded.indexOf("\n", lineStart);
      if (end < 0) end = folded.length;
      const line = folded.slice(lineStart, end);
      const cells = ruleLine.test(line) ? [] : cellsOf(folded, lineStart, end, borders);
      if (cells === null) {
        if (line.trim() !== "") {
          // A line of its own between rows (a row of one merged cell, as htmlToText writes it): the section of the rows below.
          let next = end + 1;
          while (next < folded.length && folded[next] === "\n") next++;
          let nextEnd = folded.indexOf("\n", next);
          if (nextEnd < 0) nextEnd = folded.length;
          if (next >= folded.length || !headingLike(line) || cellsOf(folded, next, nextEnd, borders) === null) break;
          const a = lineStart + (line.length - line.trimStart().length);
          section = source.slice(a, a + line.trim().length);
        }
      } else {
        const filled = cells.filter((c) => c.end > c.start);
        const only = filled.length === 1 ? filled[0] : undefined;
        const previous = tasks[tasks.length - 1];
        // The task's cell wrapped onto a row of its own: its other cells blank, or (a table aligned with spaces, where the
        // cells after the last leave no trace) the cells before it blank and none after it; a merged row opens with its words.
        const wrapped = cells.length === header.length || (taskColumn > 0 && cells.length === taskColumn + 1);
        const adjacent = previous?.span !== undefined && previous.span.end >= lineStart - 2;
        const numberCell = numberColumn < 0 ? undefined : cells[numberColumn];
        if (previous && adjacent && numberColumn >= 0 && filled.length > 0 && (numberCell === undefined || numberCell.end === numberCell.start)) {
          // A row without a number right under a task's, in a table that numbers its tasks: the task's cells wrapped
          // onto the next line (a table aligned with spaces wraps each cell in its column), the task goes on.
          tasks[tasks.length - 1] = goesOn(previous, source, folded, cells, columns, cellEnds, end, year);
        } else if (only && only === cells[taskColumn] && previous?.span && adjacent && wrapped) {
          tasks[tasks.length - 1] = continued(previous, source.slice(only.start, only.end), end);
        } else if (only && previous && adjacent && only !== cells[0] && cells[0]?.end === cells[0]?.start) {
          // One cell after blank ones right under a task's row (a unit's list wrapped within its column): the task goes on.
          // A section's row across the table opens with its words.
          tasks[tasks.length - 1] = goesOn(previous, source, folded, cells, columns, cellEnds, end, year);
        } else if (only) section = source.slice(only.start, only.end);
        else if (filled.length > 1 && sameWords(folded, cells[taskColumn], header[taskColumn])) {
          // The header written again (a table over pages repeats it at the top of each): no task.
          cellEnds = [];
        } else if (filled.length > 1) {
          const task = taskOfRow(source, folded, cells, columns, taskColumn, section, ++count, { start: lineStart, end }, year);
          if (task) {
            tasks.push(task);
            cellEnds = cells.map((c) => c.end);
          }
        }
      }
      consumed = end;
      lineStart = end + 1;
    }
  }
  return tasks;
}

/** Whether two cells hold the same words. */
function sameWords(folded: string, a: Cell | undefined, b: Cell | undefined): boolean {
  return a !== undefined && b !== undefined && a.end - a.start === b.end - b.start && folded.startsWith(folded.slice(a.start, a.end), b.start);
}

/** How far back among a task's units the last one of a column is looked for. */
const maxUnitsBack = 64;

/** What parts the units of a cell: a unit's name wrapped after one of them ends there. */
const unitSeparators = "、,;";

/**
 * A task whose row goes on in `cells` (a row without a number, ending at `end`): its task's cell
 * with the text of the task's column, its units with those of each units column (the first one's
 * name joined to the last of that column's when the line before broke it, not after a 、), its
 * deadline's words with the deadline column's; `cellEnds` keeps where each column's text ended.
 */
function goesOn(task: ParsedTask, source: string, folded: string, cells: readonly Cell[], columns: readonly Column[], cellEnds: number[], end: number, year: number | null): ParsedTask {
  let next: ParsedTask = Object.assign({}, task, { span: { start: task.span?.start ?? 0, end } });
  const count = Math.min(cells.length, columns.length);
  for (let i = 0; i < count; i++) {
    const c = cells[i] as Cell;
    const column = columns[i] as Column;
    if (c.end <= c.start) continue;
    const broken = (cellEnds[i] ?? 0) > 0 && !unitSeparators.includes(folded.charAt((cellEnds[i] ?? 1) - 1));
    cellEnds[i] = c.end;
    if (column.kind === "task") next = continued(next, source.slice(c.start, c.end), end);
    else if (column.kind === "units") {
      // The task's own lists (taskOfRow made them), grown in place: a task wrapped over many lines is not copied once a line.
      const units = next.units as NamedUnit[];
      const names = next.responsibleUnits as string[];
      const more = tableCellUnits(folded, source, c.start, c.end, column.role);
      let last = units.length - 1;
      while (last >= 0 && units.length - last <= maxUnitsBack && units[last]?.role !== column.role) last--;
      const first = more[0];
      if (broken && first && last >= 0 && units[last]?.role === column.role) {
        const name = (units[last]?.name ?? "") + first.name;
        units[last] = { name, role: column.role };
        names[last] = name;
        more.shift();
      }
      for (const unit of more) {
        units.push(unit);
        names.push(unit.name);
      }
    } else if (column.kind === "deadline") {
      const text = (next.deadlineText ?? "") + source.slice(c.start, c.end);
      const day = deadlineDate(foldText(text), year);
      const { deadline: _, ...rest } = next;
      next = Object.assign(rest, day === null ? {} : { deadline: day }, { deadlineText: text });
    }
  }
  return next;
}

/** A task whose cell goes on with `more` in a row ending at `end`: its body, its title when that was the whole cell (up to the end of its lead sentence), its span. */
function continued(task: ParsedTask, more: string, end: number): ParsedTask {
  const stop = more.indexOf(titleEnd);
  // The title is the body's start: the whole of it when as long (lengths, not the words, compared: a task wrapped over many lines is not read again at each).
  const title = task.title.length === (task.body ?? "").length ? task.title + (stop < 0 ? more : more.slice(0, stop)) : task.title;
  return Object.assign({}, task, { title, body: (task.body ?? "") + more, span: { start: task.span?.start ?? 0, end } });
}

function taskOfRow(
  source: string,
  folded: string,
  cells: readonly Cell[],
  columns: readonly Column[],
  taskColumn: number,
  section: string,
  ordinal: number,
  span: Cell,
  year: number | null,
): ParsedTask | null {
  const cell = cells[taskColumn];
  if (!cell || cell.end <= cell.start) return null;
  const body = source.slice(cell.start, cell.end);
  let stop = cell.start;
  while (stop < cell.end && folded[stop] !== titleEnd) stop++;
  const title = source.slice(cell.start, stop);
  let number = String(ordinal);
  const units: NamedUnit[] = [];
  let deadline: Cell | null = null;
  // The row's own cells only: a header of many columns over short rows is read once, not once a row.
  const count = Math.min(cells.length, columns.length);
  for (let i = 0; i < count; i++) {
    const c = cells[i] as Cell;
    const column = columns[i] as Column;
    if (c.end <= c.start) continue;
    if (column.kind === "number" && numberCell.test(folded.slice(c.start, c.end))) number = source.slice(c.start, c.end);
    else if (column.kind === "units") units.push(...tableCellUnits(folded, source, c.start, c.end, column.role));
    else if (column.kind === "deadline") deadline ??= c;
  }
  const task: ParsedTask = { number, section, title, responsibleUnits: units.map((u) => u.name), body, span, units };
  if (deadline === null) return task;
  const { start, end } = deadline;
  const day = deadlineDate(folded.slice(start, end), year);
  return Object.assign(task, day === null ? {} : { deadline: day }, { deadlineText: source.slice(start, end) });
}
