import { noteBrackets, unitListTrailingPhrases, unitNoteDeadlineWords, unitNoteLabels, unitRoleSuffixes } from "../catalog/lexicon/unitNotes.js";
import type { UnitRole } from "../model/responsibleUnit.js";
import { foldText } from "./foldText.js";

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
}

const closers = new Set(Object.values(noteBrackets));
const labelWords = Object.keys(unitNoteLabels).sort((a, b) => b.length - a.length);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const closerClass = [...closers].map(escapeRegExp).join("");
/** A label with its colon, or a label closed by a bracket (`【责任单位】`). */
const labelPattern = new RegExp(`(${labelWords.join("|")})[ \\t]*(:|[${closerClass}])`, "g");
const pieceLabelPattern = new RegExp(`^(${labelWords.join("|")})[ \\t]*:`);
const trailingPhrases = [...unitListTrailingPhrases].sort((a, b) => b.length - a.length);
const roleSuffixes = Object.keys(unitRoleSuffixes);
/** Characters after which a label may open a note that stands without brackets. */
const lineNoteLead = new Set(["\n", "。", ";", ",", ...closers]);
const separators = new Set(["、", ",", ";", "\n"]);
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
    const ch = text[i] ?? "";
    if (ch === "\n") return -1;
    if (noteBrackets[ch] !== undefined) depth++;
    else if (closers.has(ch)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function unitOf(folded: string, source: string, start: number, end: number, role: UnitRole): NamedUnit | null {
  let a = start;
  let b = end;
  while (a < b && isSpace(folded[a])) a++;
  for (;;) {
    while (b > a && (isSpace(folded[b - 1]) || folded[b - 1] === "。" || folded[b - 1] === ".")) b--;
    const piece = folded.slice(a, b);
    const phrase = trailingPhrases.find((p) => piece.endsWith(p) && piece.length >= p.length);
    if (phrase === undefined) break;
    b -= phrase.length;
  }
  const piece = folded.slice(a, b);
  if (piece === "" || datePattern.test(piece) || unitNoteDeadlineWords.includes(piece)) return null;
  const suffix = roleSuffixes.find((s) => piece.endsWith(s) && piece.length > s.length);
  if (suffix !== undefined) {
    b -= suffix.length;
    while (b > a && isSpace(folded[b - 1])) b--;
  }
  return { name: source.slice(a, b), role: suffix !== undefined ? (unitRoleSuffixes[suffix] ?? role) : role };
}

/** The units of a note's text from `start` to `end`: pieces split on 、 , ; outside brackets, each a unit of the current label's role. */
function unitsIn(folded: string, source: string, start: number, end: number, role: UnitRole | null): NamedUnit[] {
  const units: NamedUnit[] = [];
  let current = role;
  let depth = 0;
  let pieceStart = start;
  for (let i = start; i <= end; i++) {
    const ch = i < end ? (folded[i] ?? "") : "";
    if (i < end && noteBrackets[ch] !== undefined) depth++;
    else if (i < end && closers.has(ch)) depth = Math.max(0, depth - 1);
    if (i < end && !(depth === 0 && separators.has(ch))) continue;
    let a = pieceStart;
    pieceStart = i + 1;
    while (a < i && isSpace(folded[a])) a++;
    const piece = folded.slice(a, i);
    const label = pieceLabelPattern.exec(piece);
    if (label) {
      current = unitNoteLabels[label[1] ?? ""] ?? null;
      a += label[0].length;
    } else if (piece.includes(":")) {
      current = null;
    }
    if (current === null) continue;
    const unit = unitOf(folded, source, a, i, current);
    if (unit) units.push(unit);
  }
  return units;
}

/**
 * The notes of a text that name units, in order: a label and its colon in any
 * bracket (`(责任单位:…)`, `（牵头单位：…；配合单位：…）`, `〔…〕`, `【…】`,
 * `［…］`), with brackets nested inside names (`各县(市)交通运输局`); a label at
 * the start of a line or sentence, its units running to the 。 or the line's
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
  const text = foldText(source);
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
      notes.push({ span: { start: before, end: close < 0 ? end : close + 1 }, units: unitsIn(text, source, afterLabel, end, role) });
      consumed = end;
      return;
    }
    if (match[2] === ":" && !lineNoteLead.has(lead)) return;
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
    notes.push({ span: { start: opened ? before : at, end }, units: unitsIn(text, source, afterLabel, end, role) });
    consumed = end;
  });
  return notes;
}
