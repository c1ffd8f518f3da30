import { escapeRegExp } from "./wordPattern.js";
import { deadlineLabels, noteBrackets, unitListTrailingPhrases, unitNoteDeadlineWords, unitNoteLabels, unitRoleSuffixes } from "../catalog/lexicon/unitNotes.js";
import type { UnitRole } from "../model/responsibleUnit.js";
import { codeTable } from "./characters.js";
import { foldText } from "./foldText.js";
import { isDeadlinePhrase } from "./deadline.js";

/**
 * A unit named in a task's note, with its role.
 *
 * @example
 * ```ts
 * const unit: NamedUnit = { name: "行政执法队", role: "responsible" };
 * ```
 */
export interface NamedUnit {
  /** The unit as written. */
  readonly name: string;
  /** Its role by the note's label (or by a 牵头/配合 after its name). */
  readonly role: UnitRole;
}

/**
 * A note naming a task's units, where it stands and the units it names.
 *
 * @example
 * ```ts
 * const note: UnitNote = { span: { start: 10, end: 24 }, units: [{ name: "行政执法队", role: "responsible" }] };
 * ```
 */
export interface UnitNote {
  /** From its opening bracket (or its label, on a line of its own) to its closing bracket (or its end). */
  readonly span: { readonly start: number; readonly end: number };
  /** The units it names, in order. */
  readonly units: readonly NamedUnit[];
  /**
   * Where the deadline it states stands, if any: a piece that is one (`2024年12月底前完成`,
   * `持续推进`, before its label too: `(2024年6月底前完成;牵头单位:…)`), the words after a deadline
   * label up to a label of units (`完成时限：2024年11月底前`), or a deadline written as a sentence of its
   * own just before the note (`2024年6月底前完成。(责任单位:…)`) or just after it, in a sentence or a bracket
   * of its own (`(责任单位:…)(2024年6月底前完成)`), trimmed.
   */
  readonly deadline?: { readonly start: number; readonly end: number };
}

const closers = /* @__PURE__ */ (() => new Set(Object.values(noteBrackets)))();
const labelWords = /* @__PURE__ */ (() => Object.keys(unitNoteLabels).sort((a, b) => b.length - a.length))();
const closerClass = /* @__PURE__ */ (() => [...closers].map(escapeRegExp).join(""))();
/** The labels a note may open with: of its units, or of its deadline. */
const noteLabelWords = /* @__PURE__ */ (() => [...labelWords, ...deadlineLabels].sort((a, b) => b.length - a.length))();
const deadlineLabelSet: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(deadlineLabels))();
/** A label with its colon, or a label closed by a bracket (`【责任单位】`). */
const labelPattern = /* @__PURE__ */ (() => new RegExp(`(${noteLabelWords.join("|")})[ \\t]*(:|[${closerClass}])`, "g"))();
const pieceLabelPattern = /* @__PURE__ */ (() => new RegExp(`^(${labelWords.join("|")})[ \\t]*:`))();
const deadlineLabelPattern = /* @__PURE__ */ (() => new RegExp(`^(?:${deadlineLabels.join("|")})[ \\t]*:`))();
const trailingPhrases = /* @__PURE__ */ (() => [...unitListTrailingPhrases].sort((a, b) => b.length - a.length))();
const roleSuffixes = /* @__PURE__ */ (() => Object.keys(unitRoleSuffixes))();
/** Characters after which a label may open a note that stands without brackets. */
const lineNoteLead = /* @__PURE__ */ (() => new Set(["\n", "。", ";", ",", ...closers]))();
/** Any opening bracket (either width) or label: where a note could start. */
const mayHoldNote = /* @__PURE__ */ (() =>
  new RegExp(`[${[...Object.keys(noteBrackets), "（", "［"].map(escapeRegExp).join("")}]|${noteLabelWords.map(escapeRegExp).join("|")}`))();
/** The kinds of character `noteCodes` tells: an opening bracket, a closing one, a separator of units (、 , ; or a line break). */
const opening = 1;
const closing = 2;
const separating = 4;
/**
 * The kind of each UTF-16 code (one of the three above, 0 for none; the lexicon's brackets are other
 * characters than these separators): the loops over a note read a text's codes, and make no string.
 */
const noteCodes: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (const open of Object.keys(noteBrackets)) table[open.charCodeAt(0)] = opening;
  for (const close of closers) table[close.charCodeAt(0)] = closing;
  for (const separator of "、,;\n") table[separator.charCodeAt(0)] = separating;
  return table;
})();
/** The last characters of the phrases and suffixes that close a piece (负责, 牵头 …), by UTF-16 code. */
const closingWordEnds: Uint8Array = /* @__PURE__ */ (() => codeTable([...trailingPhrases, ...roleSuffixes].map((word) => word.charAt(word.length - 1))))();
const datePattern = /\d{4}年|\d{1,2}月/;
/** How far a bracketed note may run before its closing bracket. */
const noteWindow = 600;

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\r";
}

/** The end of the line at `from`: `known` when it lies ahead (matches come in order, so each line is scanned once). */
function lineEndOf(text: string, from: number, known: number): number {
  if (known >= from) return known;
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** The index of the bracket closing the one at `open`, tracking nested brackets of every kind; -1 if the line or window ends first. */
function closingOf(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + noteWindow);
  for (let i = open; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) return -1;
    if (noteCodes[code] === opening) depth++;
    else if (noteCodes[code] === closing) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  /** The role its own words give (`A牵头`, `B配合`, `C按职责分工负责`), if any. */
  readonly own: UnitRole | null;
  /** The role of the label it stands under, if any. */
  readonly label: UnitRole | null;
}

/** The role word closing a piece (`牵头`, `(牵头)`, `按职责分工负责`) and its length, if any. */
function closingWord(piece: string): { length: number; role: UnitRole } | null {
  const last = piece.charCodeAt(piece.length - 1);
  // Most pieces end in a unit's name: no phrase or suffix ends with its last character, and no bracket closes it.
  if (closingWordEnds[last] === 1) {
    const phrase = trailingPhrases.find((p) => piece.endsWith(p));
    if (phrase !== undefined) return { length: phrase.length, role: "responsible" };
    const suffix = roleSuffixes.find((s) => piece.endsWith(s));
    if (suffix !== undefined) return { length: suffix.length, role: unitRoleSuffixes[suffix] ?? "responsible" };
  }
  if (noteCodes[last] !== closing) return null;
  const close = piece.charAt(piece.length - 1);
  const open = piece.lastIndexOf(Object.keys(noteBrackets).find((o) => noteBrackets[o] === close) ?? close);
  const inner = open < 0 ? null : closingWord(piece.slice(open + 1, -1));
  return inner && inner.length === piece.length - open - 2 ? { length: piece.length - open, role: inner.role } : null;
}

/** Where a note's deadline stands, once found. */
interface DeadlineFound {
  span: { start: number; end: number } | null;
}

/** The span from `start` to `end` without the spaces and the 。 around it. */
function trimmed(folded: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && isSpace(folded[a])) a++;
  while (b > a && (isSpace(folded[b - 1]) || folded[b - 1] === "。" || folded[b - 1] === ".")) b--;
  return { start: a, end: b };
}

/**
 * A unit's name inside a piece: trimmed, closing phrases and role words taken off; null for an
 * empty piece or a deadline (the first deadline of a note is kept in `deadline`).
 */
function pieceOf(folded: string, start: number, end: number, label: UnitRole | null, deadline: DeadlineFound): Piece | null {
  let a = start;
  let b = end;
  let own: UnitRole | null = null;
  while (a < b && isSpace(folded[a])) a++;
  while (b > a && isSpace(folded[b - 1])) b--;
  // A unit and its deadline parted by a space (市司法局 2024年6月底前完成): the deadline is the note's.
  let space = b;
  while (space > a && !isSpace(folded[space - 1])) space--;
  if (space > a && isDeadlineAlone(trimmedText(folded, space, b))) {
    deadline.span ??= trimmed(folded, space, b);
    b = space;
  }
  for (;;) {
    while (b > a && (isSpace(folded[b - 1]) || folded[b - 1] === "。" || folded[b - 1] === ".")) b--;
    const word = closingWord(folded.slice(a, b));
    if (word === null || word.length >= b - a) break;
    own ??= word.role;
    b -= word.length;
  }
  const piece = folded.slice(a, b);
  if (piece === "") return null;
  if (datePattern.test(piece) || unitNoteDeadlineWords.includes(piece)) {
    deadline.span ??= { start: a, end: b };
    return null;
  }
  if (closingWord(piece)?.length === piece.length) return null;
  return { start: a, end: b, own, label };
}

/**
 * The units of a note's text from `start` to `end`: pieces split on 、 , ; outside brackets, each
 * a unit of its own role word, else of its label's role, else (a note without a label) of the
 * next role word's.
 */
function unitsIn(folded: string, source: string, start: number, end: number, role: UnitRole | null, deadline: DeadlineFound): NamedUnit[] {
  const pieces: Piece[] = [];
  let current = role;
  let skip = false;
  // After a deadline's label, the pieces with a date up to the next label are its words too (时间节点:2024年3月启动,6月底前完成).
  let timed = false;
  const add = (a: number, b: number): void => {
    if (skip && timed && deadline.span !== null) {
      const more = trimmed(folded, a, b);
      if (datePattern.test(folded.slice(more.start, more.end))) deadline.span = { start: deadline.span.start, end: more.end };
      else timed = false;
    }
    const piece = skip ? null : pieceOf(folded, a, b, current, deadline);
    if (piece) pieces.push(piece);
  };
  const take = (from: number, to: number): void => {
    let a = from;
    const colon = folded.slice(a, to).indexOf(":");
    if (colon >= 0) {
      let w = a + colon;
      while (w > a && isSpace(folded[w - 1])) w--;
      while (w > a && !isSpace(folded[w - 1])) w--;
      if (w > a) add(a, w);
      a = w;
      const label = pieceLabelPattern.exec(folded.slice(a, to));
      skip = label === null;
      timed = false;
      if (label === null) {
        // A deadline's label (完成时限:2024年11月底前): its words are the note's deadline.
        const words = deadlineLabelPattern.exec(folded.slice(a, to));
        if (words !== null && deadline.span === null) {
          deadline.span = trimmed(folded, a + words[0].length, to);
          timed = true;
        }
        return;
      }
      current = unitNoteLabels[label[1] ?? ""] ?? null;
      a += label[0].length;
    }
    add(a, to);
  };
  let depth = 0;
  let pieceStart = start;
  for (let i = start; i < end; i++) {
    const kind = noteCodes[folded.charCodeAt(i)];
    if (kind === opening) depth++;
    else if (kind === closing) depth = Math.max(0, depth - 1);
    else if (depth === 0 && kind === separating) {
      take(pieceStart, i);
      pieceStart = i + 1;
    }
  }
  take(pieceStart, end);
  const units: NamedUnit[] = [];
  let next: UnitRole | null = null;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i];
    if (!piece) continue;
    if (piece.own) next = piece.own;
    units.push({ name: source.slice(piece.start, piece.end), role: piece.own ?? piece.label ?? next ?? "responsible" });
  }
  return units.reverse();
}

/**
 * The units of a table's cell of units (`市委宣传部、市委党校`), from `start` to `end` of `folded`,
 * split as a note's are, each of `role` unless its own words give another.
 *
 * @internal
 */
export function tableCellUnits(folded: string, source: string, start: number, end: number, role: UnitRole): NamedUnit[] {
  return unitsIn(folded, source, start, end, role, { span: null });
}

/**
 * The notes of a text that name units, in order: a label and its colon in any
 * bracket (`(责任单位:…)`, `（牵头单位：…；配合单位：…）`, `〔…〕`, `【…】`,
 * `［…］`), with brackets nested inside names (`各县(市)交通运输局`); a label at
 * the start of a line or sentence or after a space, its units running to the 。 or the line's
 * end (`责任单位:县司法局、各有关部门按职责分工负责。`); or a label in brackets
 * (`【责任单位】县司法局`). Units are split on 、 , ; outside brackets, a
 * closing phrase (按职责分工负责, 分别负责) is dropped, and 牵头/配合 after a
 * name give it that role. Matches on the folded text, names are sliced from
 * `source`; linear in the text.
 *
 * @example
 * ```ts
 * findUnitNotes("1.推进立法。〔责任单位：各县（市、区）人民政府、市司法局〕")[0]?.units.map((u) => u.name);
 * //=> ["各县（市、区）人民政府", "市司法局"]
 * ```
 */
export function findUnitNotes(source: string): UnitNote[] {
  // A note opens with a bracket or a label: a text with neither (most task bodies) has none.
  return mayHoldNote.test(source) ? unitNotesIn(source, foldText(source)) : [];
}

/**
 * `findUnitNotes` on a text already folded: `text` is `foldText(source)`, made once by `parseReport`
 * for all its readers.
 *
 * @internal
 */
export function unitNotesIn(source: string, text: string): UnitNote[] {
  const labelled = labelledNotes(text, source);
  const unlabelled = unlabelledNotes(text, source);
  const notes: UnitNote[] = [];
  let j = 0;
  for (const note of unlabelled) {
    while (j < labelled.length && (labelled[j]?.span.end ?? 0) <= note.span.start) notes.push(labelled[j++] as UnitNote);
    const next = labelled[j];
    if (next && next.span.start < note.span.end) continue;
    notes.push(note);
  }
  while (j < labelled.length) notes.push(labelled[j++] as UnitNote);
  // A deadline written as a sentence of its own just before a note (2024年6月底前完成。(责任单位:…)), or just after
  // it in a bracket or a sentence of its own ((责任单位:…)(2024年6月底前完成)), is the note's.
  return notes.map((note) => {
    if (note.deadline !== undefined || note.units.length === 0) return note;
    const found = deadlineBefore(text, note.span.start) ?? deadlineAfter(text, note.span.end);
    return found === null ? note : { span: note.span, units: note.units, deadline: found };
  });
}

/** A note with its deadline, when one was found (and not empty). */
function withDeadline(note: UnitNote, deadline: DeadlineFound): UnitNote {
  const span = deadline.span;
  return span === null || span.end <= span.start ? note : { span: note.span, units: note.units, deadline: span };
}

/**
 * The note of a label at `span`, its words from `from` to `to`: the units it names, or, after a
 * deadline's label (完成时限:), no unit and its words as the deadline.
 */
function noteOf(text: string, source: string, span: { start: number; end: number }, from: number, to: number, role: UnitRole | null, label: string): UnitNote {
  const deadline: DeadlineFound = { span: null };
  if (deadlineLabelSet.has(label)) {
    // The deadline runs to a label of units after it in the note (完成时限:2024年3-6月;责任单位:市司法局), else to its end.
    const units = unitLabelAfter(text, from, to);
    deadline.span = trimmed(text, from, units < 0 ? to : units - 1);
    return withDeadline({ span, units: units < 0 ? [] : unitsIn(text, source, units, to, null, deadline) }, deadline);
  }
  return withDeadline({ span, units: unitsIn(text, source, from, to, role, deadline) }, deadline);
}

/** The longest label of units (with its colon). */
const unitLabelMax = /* @__PURE__ */ (() => Math.max(...labelWords.map((w) => w.length)) + 3)();

/**
 * Where the first label of units after a separator or a 。 outside brackets stands, from `from` to `to` of the
 * folded text (`;责任单位:`, `。责任单位:` after a deadline), or -1; each separator's next few characters are read once.
 */
function unitLabelAfter(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const kind = noteCodes[text.charCodeAt(i)];
    if (kind === opening) depth++;
    else if (kind === closing) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (kind === separating || text.charCodeAt(i) === 0x3002 /* 。 */)) {
      let a = i + 1;
      while (a < to && isSpace(text[a])) a++;
      if (pieceLabelPattern.test(text.slice(a, Math.min(to, a + unitLabelMax)))) return a;
    }
  }
  return -1;
}

/**
 * The opening bracket of a note whose label follows a deadline in it (`(2024年6月底前完成;牵头单位:…)`,
 * `(2024年12月底前,责任单位:…)`): `lead`, the separator before the label, after a deadline alone that
 * follows the bracket; -1 for none.
 */
function bracketBeforeDeadline(text: string, lead: number): number {
  if (noteCodes[text.charCodeAt(lead)] !== separating || text[lead] === "\n") return -1;
  for (let i = lead - 1; i >= 0 && lead - i <= deadlineTailMax + 1; i--) {
    const kind = noteCodes[text.charCodeAt(i)];
    if (kind === opening) return isDeadlineAlone(trimmedText(text, i + 1, lead)) ? i : -1;
    if (kind !== 0) return -1;
  }
  return -1;
}

/** The text from `start` to `end` of `folded` without the spaces and the 。 around it. */
function trimmedText(folded: string, start: number, end: number): string {
  const span = trimmed(folded, start, end);
  return folded.slice(span.start, span.end);
}

/**
 * A deadline written just after the note ending at `end`, in a bracket of its own (`(2024年6月底前完成)`) or as
 * a sentence of its own (`2024年6月底前完成。`, `长期坚持。`), trimmed, or null: read over a few characters only.
 */
function deadlineAfter(text: string, end: number): { start: number; end: number } | null {
  let from = end;
  while (from < text.length && isSpace(text[from])) from++;
  const bracketed = noteCodes[text.charCodeAt(from)] === opening;
  if (bracketed) from++;
  let to = from;
  while (to < text.length && to - from <= deadlineTailMax + 4) {
    const ch = text[to] ?? "";
    if (ch === "\n" || deadlineSentenceEnds.has(ch) || noteCodes[ch.charCodeAt(0)] !== 0) break;
    to++;
  }
  if (bracketed && noteCodes[text.charCodeAt(to)] !== closing) return null;
  if (!bracketed && to < text.length && text[to] !== "\n" && !deadlineSentenceEnds.has(text[to] ?? "")) return null;
  const span = trimmed(text, from, to);
  return span.end > span.start && isDeadlineAlone(text.slice(span.start, span.end)) ? span : null;
}

/** Whether a piece is a deadline and nothing else: a date (`2024年6月底前完成`) or a deadline's words (`长期坚持`). */
function isDeadlineAlone(piece: string): boolean {
  return isDeadlinePhrase(piece) || unitNoteDeadlineWords.includes(piece);
}

/** Characters that may end a deadline written as a sentence of its own before a note (`2024年6月底前完成。(责任单位:…)`). */
const deadlineSentenceEnds = new Set(["。", ";", ",", "."]);

/**
 * A deadline written as a sentence of its own just before the note opening at `start`
 * (`开展评查。2024年6月底前完成。(责任单位:…)`), trimmed, or null: read back from the note to the end of the
 * sentence before it, over a few characters only.
 */
function deadlineBefore(text: string, start: number): { start: number; end: number } | null {
  let end = start;
  while (end > 0 && isSpace(text[end - 1])) end--;
  if (deadlineSentenceEnds.has(text[end - 1] ?? "")) end--;
  let from = end;
  while (from > 0 && end - from <= deadlineTailMax + 4) {
    const ch = text[from - 1] ?? "";
    if (ch === "\n" || deadlineSentenceEnds.has(ch) || noteCodes[ch.charCodeAt(0)] !== 0) break;
    from--;
  }
  const span = trimmed(text, from, end);
  return span.end > span.start && isDeadlineAlone(text.slice(span.start, span.end)) ? span : null;
}

function labelledNotes(text: string, source: string): UnitNote[] {
  const matches = [...text.matchAll(labelPattern)];
  const notes: UnitNote[] = [];
  let consumed = 0;
  let lineEnd = -1;
  matches.forEach((match, k) => {
    const at = match.index ?? 0;
    if (at < consumed) return;
    let before = at - 1;
    while (before >= 0 && at - before <= 4 && isSpace(text[before])) before--;
    const lead = before >= 0 ? (text[before] ?? "") : "\n";
    const opened = noteBrackets[lead] !== undefined;
    const role = unitNoteLabels[match[1] ?? ""] ?? null;
    const afterLabel = at + match[0].length;
    lineEnd = lineEndOf(text, at, lineEnd);
    if (match[2] === ":" && opened) {
      const close = closingOf(text, before);
      const end = close < 0 ? lineEnd : close;
      notes.push(noteOf(text, source, { start: before, end: close < 0 ? end : close + 1 }, afterLabel, end, role, match[1] ?? ""));
      consumed = end;
      return;
    }
    const deadlineOpen = match[2] === ":" && before >= consumed ? bracketBeforeDeadline(text, before) : -1;
    if (deadlineOpen >= consumed) {
      // A label after a deadline in a bracket (2024年6月底前完成;牵头单位:…): the note is the bracket's.
      const close = closingOf(text, deadlineOpen);
      const end = close < 0 ? lineEnd : close;
      notes.push(noteOf(text, source, { start: deadlineOpen, end: close < 0 ? end : close + 1 }, deadlineOpen + 1, end, null, ""));
      consumed = end;
      return;
    }
    if (match[2] === ":" && !lineNoteLead.has(lead) && before === at - 1) return;
    if (match[2] !== ":" && !(opened && noteBrackets[lead] === match[2])) return;
    const next = matches[k + 1]?.index ?? text.length;
    let end = Math.min(lineEnd, next);
    for (let i = afterLabel; i < end; i++) {
      if (text[i] === "。") {
        end = i;
        break;
      }
    }
    if (end === next) {
      while (end > afterLabel && isSpace(text[end - 1])) end--;
      if (end > afterLabel && noteBrackets[text[end - 1] ?? ""] !== undefined) end--;
    }
    notes.push(noteOf(text, source, { start: opened ? before : at, end }, afterLabel, end, role, match[1] ?? ""));
    consumed = end;
  });
  return notes;
}

/** How far back a note without a label may open. */
const unlabelledWindow = 160;
/** How long a deadline after a note's last role word may be (`，2024年6月底前完成`). */
const deadlineTailMax = 20;
/**
 * A role word closing a note's units, followed by its closing bracket, or by a piece (group 2: a
 * deadline, `…配合，2024年6月底前完成）`, checked after the match) and then the bracket; what follows
 * the role word (group 1) is looked ahead at, not taken, so that a piece which is no deadline
 * (`市司法局牵头，各区配合）`) leaves its own role word to be matched next.
 */
const ownerEndPattern = /* @__PURE__ */ (() =>
  new RegExp(`(?:${[...trailingPhrases, ...roleSuffixes].join("|")})(?=((?:[,;、]([^()\\n,;、]{1,${deadlineTailMax}}))?[ \\t]*[${closerClass}]))`, "g"))();
const afterNote = /* @__PURE__ */ (() => new Set(["\n", "。", ";", ",", ...Object.keys(noteBrackets)]))();

/**
 * Notes in brackets without a label whose units close with a role word: `(县司法局牵头,各有关部门配合)`,
 * `（各乡镇按职责分工负责）`, a deadline after the last (`（…配合，2024年6月底前完成）`).
 */
function unlabelledNotes(text: string, source: string): UnitNote[] {
  const notes: UnitNote[] = [];
  for (const match of text.matchAll(ownerEndPattern)) {
    const tail = match[2]?.trim();
    if (tail !== undefined && !datePattern.test(tail) && !unitNoteDeadlineWords.includes(tail)) continue;
    const close = (match.index ?? 0) + match[0].length + (match[1]?.length ?? 1) - 1;
    let after = close + 1;
    while (after < text.length && isSpace(text[after])) after++;
    if (after < text.length && !afterNote.has(text[after] ?? "")) continue;
    let depth = 0;
    let open = -1;
    for (let i = close - 1; i >= 0 && close - i <= unlabelledWindow; i--) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || code === 0x3002 /* 。 */ || code === 0x3a /* : */) break;
      if (noteCodes[code] === closing) depth++;
      else if (noteCodes[code] === opening) {
        if (depth === 0) {
          open = i;
          break;
        }
        depth--;
      }
    }
    if (open < 0 || (notes[notes.length - 1]?.span.end ?? 0) > open) continue;
    const deadline: DeadlineFound = { span: null };
    const units = unitsIn(text, source, open + 1, close, null, deadline);
    if (units.length > 0) notes.push(withDeadline({ span: { start: open, end: close + 1 }, units }, deadline));
  }
  return notes;
}
