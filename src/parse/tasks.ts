import { deadlineDate } from "./deadline.js";
import { innermostAround, lastStartingBy, tableTasksIn } from "./taskTable.js";
import { foldText } from "./foldText.js";
import type { ParsedTask } from "../model/parsedTask.js";
import type { OutlineNode } from "./outline.js";
import { findUnitNotes, type NamedUnit, type UnitNote, unitNotesIn } from "./unitNotes.js";

/** A character that ends a heading without being part of it: a space or punctuation. */
const headingTrail = /[\s。.;,:]/u;

export { unitNoteLabels } from "../catalog/lexicon/unitNotes.js";

/**
 * The units named in the responsibility notes of a text, in order, each with
 * the role its label gives: notes in any bracket (`(责任单位:局机关党委、
 * 政策法规科,局直各单位)`, `〔牵头单位：X；配合单位：Y、Z〕`, `【…】`) or on a
 * line of their own (`责任单位：县司法局，各乡镇按职责分工负责。`), split on
 * 、 , ; outside brackets (`各县（市、区）` stays one name), a closing
 * 按职责分工(分别)负责 dropped. Names are as written in `text`.
 *
 * @example
 * ```ts
 * readResponsibleUnits("……(责任单位:局机关党委、政策法规科,局直各单位)").map((u) => u.name);
 * //=> ["局机关党委", "政策法规科", "局直各单位"]
 * readResponsibleUnits("（牵头单位：市司法局；配合单位：各县（市、区）人民政府）").map((u) => `${u.name}/${u.role}`);
 * //=> ["市司法局/lead", "各县（市、区）人民政府/cooperating"]
 * ```
 */
export function readResponsibleUnits(text: string): NamedUnit[] {
  return findUnitNotes(text).flatMap((note) => note.units);
}

interface Placed {
  readonly node: OutlineNode;
  readonly parent: OutlineNode | null;
}

function byLevel(nodes: readonly OutlineNode[], parent: OutlineNode | null, out: Placed[][]): void {
  for (const node of nodes) {
    out[node.level]?.push({ node, parent });
    byLevel(node.children, node, out);
  }
}

/**
 * For each node (disjoint, in order), the notes that start inside its span, as a range of `notes`
 * (node i's from `ranges[2i]` up to `ranges[2i + 1]`); one walk over both lists. Ranges, not a list
 * a node: a node without notes makes no empty list (V8 bailed out of the readers that met both an
 * empty list and a filled one, compiling them again).
 */
function notesPerNode(nodes: readonly Placed[], notes: readonly UnitNote[]): Int32Array {
  const ranges = new Int32Array(2 * nodes.length);
  let j = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = (nodes[i] as Placed).node;
    while (j < notes.length && (notes[j] as UnitNote).span.start < node.span.start) j++;
    let k = j;
    while (k < notes.length && (notes[k] as UnitNote).span.start < node.span.end) k++;
    ranges[2 * i] = j;
    ranges[2 * i + 1] = k;
  }
  return ranges;
}

/** The share of a level's items, between its first and last item with a note, that must carry one for the level to be the task level. */
const minNotedShare = 0.6;

interface Level {
  readonly nodes: readonly Placed[];
  /** Each node's notes, as ranges of the text's notes (see `notesPerNode`). */
  readonly ranges: Int32Array;
  readonly first: number;
  readonly last: number;
  readonly noted: number;
  readonly share: number;
}

function levelOf(nodes: readonly Placed[], allNotes: readonly UnitNote[]): Level | null {
  const ranges = notesPerNode(nodes, allNotes);
  let first = -1;
  let last = -1;
  let noted = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (ranges[2 * i] === ranges[2 * i + 1]) continue;
    if (first < 0) first = i;
    last = i;
    noted++;
  }
  if (noted === 0 || noted < minNotedShare * (last - first + 1)) return null;
  return { nodes, ranges, first, last, noted, share: noted / (last - first + 1) };
}

/**
 * A task's title: its heading up to its first note inside it, or the deadline written just before that note
 * (`notes` from `from` up to `to` are the task's), its trailing punctuation cut.
 */
function titleOf(text: string, folded: string, node: OutlineNode, notes: readonly UnitNote[], from: number, to: number): string {
  const { start, end } = node.headingSpan;
  let cut = end;
  for (let k = from; k < to; k++) {
    const note = notes[k] as UnitNote;
    // A deadline written just before the note (推进立法,2024年9月底前完成(责任单位:…)) is no part of the title either.
    const at = Math.min(note.span.start, note.deadline?.start ?? note.span.start);
    if (at >= start && at < end) {
      cut = at;
      break;
    }
  }
  // Trailing punctuation found on the folded heading (so 。．；，： of a page count too), cut from the heading as
  // written; one character at a time from the end (a pattern [\s。…]+$ goes back over a run of spaces from each of them).
  let last = cut;
  while (last > start && headingTrail.test(folded.charAt(last - 1))) last--;
  return text.slice(start, last);
}

/**
 * The numbered task items of a work plan, read from its outline. The task
 * level is the heading level whose items carry the responsibility notes (the
 * level with the most items holding a note, most of its items between the
 * first and the last doing so; on a tie the level with the larger share,
 * then the deeper): `1.` items as a
 * rule, `(一)` items when only those carry notes, `一是` points when the notes
 * follow them. Each item from the first to the last with a note is a task:
 * A plan written as a table (任务分工表: `序号 | 工作任务 | 牵头单位 | 配合单位 |
 * 完成时限` in `|` rows or with tabs, an HTML table) gives a task per row
 * (see `tableTasksIn`), in document order with the others.
 * An item at another level that carries a note of its own, with no task
 * inside it (a `1.` item among `1.` items whose notes are on their `(1)`
 * points), is a task too, in document order. A task has
 * its number as written (`1`, `(一)`, `一是`), the nearest heading above it
 * (`一、加强统筹`, `(一)健全职能体系`), its lead sentence as title (without the
 * 。 or a note in it), its body and span, and the units of its notes. A task
 * whose sub-items carry notes (a `2.` item among `1.` tasks, its `(1)` `(2)`
 * points each with a 责任单位 note) is one task: its units are every unit its
 * notes and theirs name, in the order first named, each once, with the
 * strongest role it is given (牵头 over 责任 over 配合: a unit that leads one
 * point leads a part of the task); its deadline is the latest day these notes
 * name (the task is done when its last point is), else the first deadline
 * written (`持续推进`). Matches
 * on folded text, so `（一）`, `，` and `（责任单位：…）` read as `(一)`, `,` and
 * `(责任单位:…)`; every string is sliced from `text` as written.
 *
 * @example
 * ```ts
 * const text = "一、加强统筹\n1.深入学习贯彻习近平法治思想。……(责任单位:局机关党委,局直各单位)\n";
 * readTasks(text, parseOutline(text)).map((t) => [t.number, t.section, t.title, t.responsibleUnits]);
 * //=> [["1", "一、加强统筹", "深入学习贯彻习近平法治思想", ["局机关党委", "局直各单位"]]]
 * ```
 */
export function readTasks(text: string, outline: readonly OutlineNode[]): ParsedTask[] {
  const source = typeof text === "string" ? text : String(text);
  return tasksIn(source, foldText(source), outline);
}

/**
 * `readTasks` on a text already folded: `folded` is `foldText(source)`, made once by `parseReport`
 * for all its readers; `year`, the plan's, dates deadlines written without one (`6月底前`).
 *
 * @internal
 */
export function tasksIn(source: string, folded: string, outline: readonly OutlineNode[], year: number | null = null): ParsedTask[] {
  const table = tableTasksIn(source, folded, outline, year);
  const noted = notedTasksIn(source, folded, outline, year);
  if (table.length === 0) return noted;
  // A row of a table is no heading; a heading's task inside a table's rows would be read twice.
  // The table's rows stand in the text's order: the one a task could fall in is found by a binary search.
  const rows = noted.filter((task) => {
    const start = task.span?.start;
    const row = start === undefined ? undefined : table[lastStartingBy(table as readonly { readonly span: { readonly start: number } }[], start)];
    return !(start !== undefined && row?.span && start < row.span.end);
  });
  return [...rows, ...table].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

function notedTasksIn(source: string, folded: string, outline: readonly OutlineNode[], year: number | null): ParsedTask[] {
  const notes = unitNotesIn(source, folded);
  if (notes.length === 0) return [];
  const levels: Placed[][] = [[], [], [], [], [], []];
  byLevel(outline, null, levels);
  let best: Level | null = null;
  for (const nodes of levels) {
    const level = nodes.length > 0 ? levelOf(nodes, notes) : null;
    if (level && (best === null || level.noted > best.noted || (level.noted === best.noted && level.share >= best.share))) best = level;
  }
  if (best === null) return [];
  const tasks: ParsedTask[] = [];
  const covered = new Uint8Array(notes.length);
  for (let i = best.first; i <= best.last; i++) {
    const placed = best.nodes[i];
    if (!placed) continue;
    const from = best.ranges[2 * i] as number;
    const to = best.ranges[2 * i + 1] as number;
    covered.fill(1, from, to);
    tasks.push(taskOf(source, folded, placed, notes, from, to, year));
  }
  const others = itemsOffLevel(outline, notes, covered, tasks);
  if (others.length === 0) return tasks;
  for (const [placed, from, to] of others) tasks.push(taskOf(source, folded, placed, notes, from, to, year));
  return tasks.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** The task an item and its notes (from `from` up to `to` of `notes`) make. */
function taskOf(source: string, folded: string, placed: Placed, notes: readonly UnitNote[], from: number, to: number, year: number | null): ParsedTask {
  const { node, parent } = placed;
  const body = source.slice(node.span.start, node.span.end).trim();
  const title = titleOf(source, folded, node, notes, from, to);
  // The units of the task's notes (its own and its sub-items'), by name and with their roles, in one loop: a unit
  // named again (by another sub-item) is kept once, with the stronger of its roles.
  const responsibleUnits: string[] = [];
  const units: NamedUnit[] = [];
  const at = new Map<string, number>();
  let deadline: { readonly start: number; readonly end: number } | undefined;
  let dated: { readonly start: number; readonly end: number; readonly day: string } | undefined;
  for (let k = from; k < to; k++) {
    const note = notes[k] as UnitNote;
    if (note.deadline !== undefined) {
      deadline ??= note.deadline;
      // Several notes with deadlines (its sub-items'): the task is done by the latest of them.
      const day = deadlineDate(folded.slice(note.deadline.start, note.deadline.end), year);
      if (day !== null && (dated === undefined || day > dated.day)) dated = { ...note.deadline, day };
    }
    for (const unit of note.units) {
      const seen = at.get(unit.name);
      if (seen === undefined) {
        at.set(unit.name, units.length);
        responsibleUnits.push(unit.name);
        units.push({ name: unit.name, role: unit.role });
      } else if (roleStrength[unit.role] > roleStrength[(units[seen] as NamedUnit).role]) units[seen] = { name: unit.name, role: unit.role };
    }
  }
  const task: ParsedTask = { number: node.number, section: parent?.headingLine ?? "", title, responsibleUnits, body, span: node.span, units };
  if (dated !== undefined) return Object.assign(task, { deadline: dated.day, deadlineText: source.slice(dated.start, dated.end) });
  // No deadline of its notes names a day: the first, as written (持续推进).
  return deadline === undefined ? task : Object.assign(task, { deadlineText: source.slice(deadline.start, deadline.end) });
}

/** Which role wins when one unit is named with two (by two sub-items of a task): lead, then responsible, then cooperating. */
const roleStrength: Readonly<Record<NamedUnit["role"], number>> = { lead: 3, responsible: 2, cooperating: 1 };

/**
 * Items at another level than the task level that carry notes of their own: for each note no task
 * holds that names a unit, the innermost heading around it, when no task stands inside that heading (a `1.` item with
 * its note among `1.` items whose notes are on their `(1)` points). Each with the range of its notes;
 * a binary search down the tree per note, so a plan costs notes × depth × log(items).
 */
function itemsOffLevel(outline: readonly OutlineNode[], notes: readonly UnitNote[], covered: Uint8Array, tasks: readonly ParsedTask[]): [Placed, number, number][] {
  const found: [Placed, number, number][] = [];
  for (let k = 0; k < notes.length; k++) {
    // A note that names no unit (a time alone: 时间要求:每季度末) makes no task of its heading.
    if (covered[k] === 1 || (notes[k] as UnitNote).units.length === 0) continue;
    const placed: Placed | null = innermostAround(outline, (notes[k] as UnitNote).span.start);
    if (placed === null) continue;
    const { span } = placed.node;
    const inside = tasks[lastStartingBy(tasks as readonly { readonly span: { readonly start: number } }[], span.end - 1)];
    if (inside?.span && inside.span.start >= span.start) continue;
    let to = k;
    while (to < notes.length && (notes[to] as UnitNote).span.start < span.end) covered[to++] = 1;
    found.push([placed, k, to]);
  }
  return found;
}
