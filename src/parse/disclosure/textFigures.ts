import {
  allUpheldWords,
  disclosureActivePhrases,
  disclosureTextPhrases,
  noLossWords,
} from "../../catalog/lexicon/disclosure.js";
import { disclosureCell, disclosureRequestColumns, disclosureSum } from "../../model/disclosureCells.js";
import type { DisclosureReport, DisclosureTextFigure } from "../../model/disclosureReport.js";
import { decimalVerdict, toDecimal } from "../../model/decimal.js";

type Tables = Pick<DisclosureReport, "template" | "active" | "requests" | "reviews">;

/**
 * A text with spaces and line breaks removed and, for each of its characters,
 * the offset of that character in the original: phrases broken by a hard line
 * break (受理政府\n信息公开申请 17 件) match, and quotes are sliced from the original.
 *
 * @internal
 */
export interface CompactText {
  readonly text: string;
  readonly offsets: Int32Array;
}

/** Spaces, tabs and line breaks (and the other blanks foldText leaves as a space). */
function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * The compact form of some ranges of a text (spaces and line breaks dropped),
 * each range ended by a line break.
 *
 * @internal
 */
export function compactRanges(folded: string, ranges: readonly { start: number; end: number }[]): CompactText {
  const size = ranges.reduce((n, r) => n + Math.max(0, r.end - r.start) + 1, 0);
  const offsets = new Int32Array(size);
  const parts: string[] = [];
  let n = 0;
  for (const range of ranges) {
    let run = -1;
    for (let i = range.start; i < range.end; i++) {
      if (isBlank(folded.charCodeAt(i))) {
        if (run >= 0) parts.push(folded.slice(run, i));
        run = -1;
      } else {
        if (run < 0) run = i;
        offsets[n++] = i;
      }
    }
    if (run >= 0) parts.push(folded.slice(run, range.end));
    parts.push("\n");
    offsets[n++] = range.end;
  }
  return { text: parts.join(""), offsets: offsets.subarray(0, n) };
}

const orgColumns = /* @__PURE__ */ (() => disclosureRequestColumns.slice(1, 6))();
const applicantColumns = /* @__PURE__ */ (() => disclosureRequestColumns.slice(0, 6))();

/** The leaf rows under a row or group of table 三 (`requests.refused` → its eight rows). */
function leafRows(tables: Tables, path: string): string[] {
  let node: unknown = tables;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (Array.isArray(node)) return [path];
  if (node && typeof node === "object") return Object.keys(node).map((k) => `${path}.${k}`);
  return [];
}

/** The cells a phrase's cell names stand for: a row's 总计 (or its six applicant cells where a table leaves 总计 blank), five 法人 cells, or one cell. */
function resolve(tables: Tables, names: readonly string[]): string[] {
  const out: string[] = [];
  const rowNames: string[] = [];
  for (const name of names) {
    if (name.endsWith(".orgs")) out.push(...orgColumns.map((c) => `${name.slice(0, -5)}.${c}`));
    else if (disclosureCell(tables, name) !== undefined) out.push(name);
    else rowNames.push(name);
  }
  const rows = rowNames.flatMap((name) => leafRows(tables, name));
  if (rows.length === 0) return out;
  // The 总计 cells, unless the table has them blank (and is not blank altogether).
  const tableBlank = applicantColumns.every((c) => disclosureCell(tables, `requests.received.${c}`) === null && disclosureCell(tables, `requests.resultsTotal.${c}`) === null);
  const totalsFilled = tableBlank || rows.every((row) => disclosureCell(tables, `${row}.total`) !== null);
  for (const row of rows) {
    if (totalsFilled) out.push(`${row}.total`);
    else out.push(...applicantColumns.map((c) => `${row}.${c}`));
  }
  return out;
}

/** Whether the stated value can be the sum of the cells, whatever non-negative values their blanks take. */
function couldHold(tables: Tables, cells: readonly string[], value: string): boolean {
  const { sum, blanks } = disclosureSum(tables, cells);
  const stated = toDecimal(value);
  return blanks > 0 ? stated.greaterThanOrEqualTo(sum) : stated.equals(sum);
}

/** The sentence before a position (back to 。 or a line break, at most 100 characters). */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 100), at);
  return window.slice(Math.max(window.lastIndexOf("。"), window.lastIndexOf("\n")) + 1);
}

interface Match {
  readonly start: number;
  readonly end: number;
  readonly figure: DisclosureTextFigure;
  readonly family?: "reconsideration" | "litigation";
}

/**
 * The figures of the prose that restate cells of tables 二–四: 受理…申请749件,
 * 予以公开及部分公开258件，占33.9%, 行政复议7件，诉讼9件，均获维持 … Each with the
 * cells it restates (a row's 总计, or its applicant cells where the 总计 is
 * blank) and, where the phrase reads two ways (受理 with or without the
 * carried-over requests), the reading the table bears out. `ranges` are the
 * parts of the text that are prose.
 *
 * @internal
 */
export function readTextFigures(
  folded: string,
  source: string,
  ranges: readonly { start: number; end: number }[],
  tables: Tables,
): DisclosureTextFigure[] {
  const compact = compactRanges(folded, ranges);
  const text = compact.text;
  const taken: Match[] = [];
  const used = new Uint8Array(text.length + 1);
  const overlaps = (start: number, end: number) => used.subarray(start, end).some((u) => u === 1);
  const startsAt = new Map<number, Match>();
  const quote = (start: number, end: number) => {
    const from = compact.offsets[start] ?? 0;
    const to = (compact.offsets[end - 1] ?? from) + 1;
    return { quote: source.slice(from, to), span: { start: from, end: to } };
  };
  let widerScope = false;
  for (const phrase of disclosureTextPhrases) {
    for (const m of text.matchAll(new RegExp(phrase.pattern, "g"))) {
      const value = m[1];
      // A number beyond the model's range (60 digits and more) states no figure a table could hold.
      if (value === undefined || decimalVerdict(value) !== "ok" || overlaps(m.index, m.index + m[0].length)) continue;
      if (phrase.context && !phrase.context.some((w) => sentenceBefore(text, m.index).includes(w))) continue;
      const first = resolve(tables, phrase.cells);
      if (first.length === 0) continue;
      let cells = first;
      if (phrase.alternative) {
        const second = resolve(tables, phrase.alternative);
        const [a, b] = widerScope ? [second, first] : [first, second];
        cells = couldHold(tables, a, value) || !couldHold(tables, b, value) ? a : b;
        if (phrase.cells[0] === "requests.received") widerScope = cells === second;
      }
      const family = phrase.cells[0]?.startsWith("reviews.reconsideration") && phrase.cells.length === 1
        ? "reconsideration"
        : phrase.cells.every((c) => c.startsWith("reviews.litigation"))
          ? "litigation"
          : undefined;
      let end = m.index + m[0].length;
      used.fill(1, m.index, end);
      const match: Match = { start: m.index, end, figure: { ...quote(m.index, end), value: toDecimal(value), cells }, ...(family ? { family } : {}) };
      taken.push(match);
      if (family) startsAt.set(m.index, match);
      if (phrase.share) {
        const share = /^[,;]?占(?:比)?(?:为)?(\d+(?:\.\d+)?)%/.exec(text.slice(end, end + 20));
        if (share?.[1] && decimalVerdict(share[1]) === "ok") {
          end += share[0].length;
          taken.push({
            start: m.index,
            end,
            figure: { ...quote(m.index, end), value: toDecimal(share[1]), unit: "%", numerator: cells, denominator: ["requests.resultsTotal.total"] },
          });
        }
      }
    }
  }
  if (tables.template === "2019") {
    for (const phrase of disclosureActivePhrases) {
      for (const m of text.matchAll(new RegExp(phrase.pattern, "g"))) {
        if (m[1] === undefined || decimalVerdict(m[1]) !== "ok" || disclosureCell(tables, phrase.cell) === undefined) continue;
        taken.push({ start: m.index, end: m.index + m[0].length, figure: { ...quote(m.index, m.index + m[0].length), value: toDecimal(m[1]), cells: [phrase.cell] } });
      }
    }
  }
  // 均获维持 after the counts of a sentence: nothing corrected, otherwise ended or pending in those groups.
  for (const word of allUpheldWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const window = Math.max(0, at - 80);
      const before = text.slice(window, at);
      const sentenceStart = window + Math.max(before.lastIndexOf("。"), before.lastIndexOf("\n")) + 1;
      const end = at + word.length;
      const families = new Map<string, Match>();
      for (let i = sentenceStart; i < at; i++) {
        const m = startsAt.get(i);
        if (m?.family && m.end <= at && !families.has(m.family)) families.set(m.family, m);
      }
      for (const [family, m] of families) {
        const groups = family === "reconsideration" ? ["reconsideration"] : ["litigationDirect", "litigationAfterReconsideration"];
        const cells = groups.flatMap((g) => ["corrected", "other", "pending"].map((c) => `reviews.${g}.${c}`));
        taken.push({ start: m.start, end, figure: { ...quote(m.start, end), value: toDecimal(0), cells } });
      }
    }
  }
  for (const word of noLossWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const cells = ["reviews.litigationDirect.corrected", "reviews.litigationAfterReconsideration.corrected"];
      taken.push({ start: at, end: at + word.length, figure: { ...quote(at, at + word.length), value: toDecimal(0), cells } });
    }
  }
  return taken.sort((a, b) => a.end - b.end || a.start - b.start).map((m) => m.figure);
}
