import { anyOf as anyOfWords } from "./wordPattern.js";
import {
  clauseEndings,
  closingMarks,
  headingNumberMarks,
  headingNumerals,
  itemMarks,
  pageNumberDashes,
  pageNumberWords,
  sentenceEndings,
  structureWords,
} from "../catalog/lexicon/layout.js";
import { displayWidth } from "./displayWidth.js";
import { foldText } from "./foldText.js";

const anyOf = (list: readonly string[]): string => `(?:${anyOfWords(list)})`;

const numeral = `[${headingNumerals.join("")}]`;
const { ordinal, page, total } = pageNumberWords;
const dash = /* @__PURE__ */ (() => anyOf(pageNumberDashes))();
const pageNo = `(?:\\d{1,4}|${numeral}{1,4})`;

/** A page number alone on a line (matched on the folded, trimmed line): `-1-`, `— 2 —`, `第1页 共5页`, `1/5`, `Page 3 of 9`. */
const pageNumberLine = /* @__PURE__ */ (() => new RegExp(
  [
    `^${dash}{1,3} {0,3}\\d{1,4} {0,3}${dash}{1,3}$`,
    `^${ordinal} {0,2}${pageNo} {0,2}${page}(?: {0,3}[,/]? {0,3}${total} {0,2}${pageNo} {0,2}${page})?$`,
    `^${total} {0,2}${pageNo} {0,2}${page} {0,3}[,/]? {0,3}${ordinal} {0,2}${pageNo} {0,2}${page}$`,
    "^\\d{1,4} {0,2}/ {0,2}\\d{1,4}$",
    "^page {0,2}\\d{1,4}(?: {0,2}(?:of|/) {0,2}\\d{1,4})?$",
  ].join("|"),
  "i",
))();

/** A line that starts a heading or an item (matched on the folded, trimmed line): `一、`, `(一)`, `1.`, `1)`, `第一条`, bullets. */
const headingStart = /* @__PURE__ */ (() => new RegExp(
  [
    `^${numeral}{1,4}${anyOf(headingNumberMarks)}`,
    `^\\((?:${numeral}{1,4}|\\d{1,3})\\)`,
    "^\\d{1,3}(?:、|\\.(?!\\d))",
    "^\\d{1,3}\\)",
    `^${ordinal}(?:${numeral}{1,4}|\\d{1,4})${anyOf(structureWords)}`,
    `^${anyOf(itemMarks)}`,
  ].join("|"),
))();

/** Whether the character at `at` is white space (`\s`); only asked where a run of spaces stands. */
const isSpaceAt = (line: string, at: number): boolean => /\s/.test(line.charAt(at));

/**
 * Cells of a table: a `|`, or a run of two spaces or more between words (columns aligned with
 * spaces; what `/\||\S {2,}\S/` matches), looked for with `indexOf`: one pass.
 *
 * @internal
 */
export function isTableLine(line: string): boolean {
  if (line.includes("|")) return true;
  for (let at = line.indexOf("  "); at >= 0; at = line.indexOf("  ", at)) {
    // The first run of spaces from `at` (the character before it is no space: indexOf found the leftmost pair).
    let end = at + 2;
    while (line.charCodeAt(end) === 0x20) end++;
    if (at > 0 && end < line.length && !isSpaceAt(line, at - 1) && !isSpaceAt(line, end)) return true;
    at = end;
  }
  return false;
}

const sentenceEndSet = /* @__PURE__ */ (() => new Set(sentenceEndings))();
const clauseEndSet = /* @__PURE__ */ (() => new Set(clauseEndings))();
const closingSet = /* @__PURE__ */ (() => new Set(closingMarks))();

/** Punctuation that continues a sentence at the start of a line. */
const continuingStart = /^[,、。;:!?”’》)」』】〕]/;
/** Opening marks after which a sentence cannot end. */
const openingEnd = /[“‘《(「『【〔,、]$/;
/** Punctuation of prose inside a line. */
const prosePunctuation = /[,。;]/;

/** Whether a code is a CJK ideograph (basic block, extension A, compatibility, or astral). */
function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
}

function isLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** What a line is: blank, page furniture (a page number, a form feed, a running header), a table row, or text. */
type Kind = "blank" | "page" | "table" | "text";

interface Line {
  readonly raw: string;
  /** `raw` folded (`foldText`): the same length, character for character. */
  readonly foldedRaw: string;
  /** Where the line starts in the text (after line breaks were normalized). */
  readonly start: number;
  /** Folded and trimmed. */
  readonly folded: string;
  readonly kind: Kind;
  /**
   * The columns the line takes without its trailing spaces (`displayWidth`), -1 until `widthOf` is
   * first asked: most lines of a text whose lines are paragraphs are never measured. Never less than
   * `folded.length`: no UTF-16 code takes less than a column (`displayWidth`).
   */
  width: number;
}

/** A line, from its text as written and the same text folded (`foldText`). */
function lineOf(raw: string, foldedRaw: string, start: number): Line {
  if (raw === "\f") return { raw, foldedRaw, start, folded: "", kind: "page", width: 0 };
  const folded = foldedRaw.trim();
  const kind = folded === "" ? "blank" : pageNumberLine.test(folded) ? "page" : isTableLine(folded) ? "table" : "text";
  return { raw, foldedRaw, start, folded, kind, width: -1 };
}

/** A line's width (see `Line.width`), measured once. */
function widthOf(line: Line): number {
  if (line.width < 0) line.width = displayWidth(line.raw.trimEnd());
  return line.width;
}

/** The last character of a folded line that is not a closing quote or bracket, and whether it ends a sentence or a clause. */
function ending(folded: string): { sentence: boolean; clause: boolean } {
  let end = folded.length - 1;
  while (end > 0 && closingSet.has(folded[end] ?? "")) end--;
  const last = folded[end] ?? "";
  return { sentence: sentenceEndSet.has(last), clause: clauseEndSet.has(last) };
}

/** A short line that repeats at the top or bottom of pages: its folded text with digits as `#`. */
function furnitureKey(line: Line): string | null {
  if (line.kind !== "text" || line.folded.length > 40) return null;
  const key = line.folded.replace(/\d/g, "#");
  return key.replace(/[#\s\p{P}]/gu, "").length >= 2 ? key : null;
}

/**
 * Running headers and footers: short lines that stand next to a page boundary
 * (a page number line or a form feed) on most pages. Only lines within two
 * lines of a boundary, or of the start or end of the text, are looked at and
 * removed; the same words elsewhere stay.
 */
function markFurniture(lines: Line[]): void {
  const boundaries: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]?.kind === "page") boundaries.push(i);
  const pages = boundaries.length + 1;
  if (pages < 3) return;
  /** Lines within two non-blank lines of each page edge, with the page they belong to. */
  const zone: { index: number; page: number }[] = [];
  const collect = (from: number, step: 1 | -1, pageIndex: number) => {
    let taken = 0;
    for (let i = from; i >= 0 && i < lines.length && taken < 2; i += step) {
      const line = lines[i];
      if (!line || line.kind === "page") break;
      if (line.kind === "blank") continue;
      zone.push({ index: i, page: pageIndex });
      taken++;
    }
  };
  collect(0, 1, 0);
  boundaries.forEach((b, k) => {
    collect(b - 1, -1, k);
    collect(b + 1, 1, k + 1);
  });
  collect(lines.length - 1, -1, pages - 1);
  const seen = new Map<string, { count: number; page: number }>();
  for (const { index, page: pageIndex } of zone) {
    const key = furnitureKey(lines[index] as Line);
    if (key === null) continue;
    const entry = seen.get(key);
    if (!entry) seen.set(key, { count: 1, page: pageIndex });
    else if (entry.page !== pageIndex) seen.set(key, { count: entry.count + 1, page: pageIndex });
  }
  const needed = Math.max(3, Math.ceil(pages * 0.6));
  for (const { index } of zone) {
    const line = lines[index] as Line;
    const key = furnitureKey(line);
    if (key !== null && (seen.get(key)?.count ?? 0) >= needed) lines[index] = { ...line, kind: "page" };
  }
}

/** Lines without page numbers, headers and footers, nor the blank lines around them (the lines themselves when there are none). */
function withoutPages(lines: readonly Line[]): readonly Line[] {
  if (!lines.some((line) => line.kind === "page")) return lines;
  const kept: Line[] = [];
  let afterPage = false;
  for (const line of lines) {
    if (line.kind === "page") {
      while (kept.length > 0 && kept[kept.length - 1]?.kind === "blank") kept.pop();
      afterPage = true;
      continue;
    }
    if (afterPage && line.kind === "blank") continue;
    kept.push(line);
    afterPage = false;
  }
  return kept;
}

function startsItem(line: Line): boolean {
  return headingStart.test(line.folded);
}

/**
 * The width of a hard-wrapped page: most lines that break inside a sentence
 * (no final punctuation, the next line no heading) end at the same column.
 * `null` when the text shows no such column (its lines are paragraphs).
 */
function wrapWidth(kept: readonly Line[]): { width: number; margin: number } | null {
  const counts = new Map<number, number>();
  let candidates = 0;
  let textLines = 0;
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i] as Line;
    const b = kept[i + 1] as Line;
    if (a.kind !== "text") continue;
    // A line as long as 30 (or 400) is as wide: measured only where its width decides.
    if (a.folded.length >= 30 || widthOf(a) >= 30) textLines++;
    if (b.kind !== "text" || a.folded.length > 400 || ending(a.folded).sentence || startsItem(b)) continue;
    const width = widthOf(a);
    if (width < 30 || width > 400) continue;
    candidates++;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  let bestWidth = 0;
  for (const width of counts.keys()) {
    let inWindow = 0;
    for (let w = width - 4; w <= width; w++) inWindow += counts.get(w) ?? 0;
    if (inWindow > best || (inWindow === best && width > bestWidth)) {
      best = inWindow;
      bestWidth = width;
    }
  }
  // A hard-wrapped page: many lines break at that column, and they are a good share of all lines
  // of text (in a PDF most are; where lines are paragraphs, the few that share a width are chance).
  if (best < 4 || best < candidates * 0.3 || best < textLines * 0.25) return null;
  // The left margin: where the lines that reach the right edge start (a paragraph's first line is indented from it).
  let margin = Number.POSITIVE_INFINITY;
  for (const line of kept) {
    if (line.kind === "text" && line.folded.length <= bestWidth && widthOf(line) >= bestWidth - 4 && widthOf(line) <= bestWidth) margin = Math.min(margin, indentation(line.raw));
  }
  return { width: bestWidth, margin };
}

/** The columns of white space a line starts with. */
function indentation(raw: string): number {
  return displayWidth(raw.slice(0, raw.length - raw.trimStart().length));
}

/**
 * Text from PDFs (`pdftotext -layout`) and OCR made readable as sentences:
 *
 * - page number lines are dropped (`-1-`, `— 2 —`, `- 3 -`, `第1页 共5页`,
 *   `1/5`, `Page 3 of 9` alone on a line), with the blank lines around them,
 *   and form feeds; so are running headers and footers, short lines repeated
 *   next to the page boundaries of most pages (three pages at least);
 * - a line broken by the page width is joined to the next: when the page is
 *   hard-wrapped (most lines that break mid-sentence end at one column), a line
 *   that reaches that column and does not end a sentence (`。！？`, also behind a
 *   closing quote `。”`) is joined to a next line that does not start a heading
 *   or item (`一、`, `(一)`, `（一）`, `1.`, `第一条`, bullets); in text whose lines
 *   are paragraphs (OCR, pasted text), a prose line that stops after a
 *   character or an opening mark (`“看`) is joined to a next line, even after a
 *   blank line, that continues it (`得懂、用得上`);
 * - the line break, the trailing spaces and the next line's indentation are
 *   removed at a join (a space is kept between two ASCII words). Table lines
 *   (a `|`, or columns aligned with runs of spaces) are never joined.
 *
 * Text with none of these (clean text whose lines are paragraphs) is returned
 * as it is, the same string. Linear in the text's length; idempotent on the
 * texts it is meant for.
 *
 * @example
 * ```ts
 * const ocr = "一、总体情况\n\n2025年，我县坚持以群众需求为导向，聚焦重点领域和关键环节，努力让政务信息“看\n\n得懂、用得上、易监督”。\n\n二、主动公开情况";
 * cleanLayoutText(ocr).split("\n\n")[1]; //=> "2025年，我县坚持以群众需求为导向，聚焦重点领域和关键环节，努力让政务信息“看得懂、用得上、易监督”。"
 * cleanLayoutText("一、总体情况\n\n                 -1-\n二、主动公开情况"); //=> "一、总体情况\n二、主动公开情况"
 * cleanLayoutText("一、主要举措和成效\n(一)强化组织领导。"); //=> "一、主要举措和成效\n(一)强化组织领导。"
 * ```
 */
export function cleanLayoutText(text: string): string {
  return cleanLayout(text).text;
}

/**
 * `cleanLayoutText`, with the text it gives folded (`foldText`), or `null` when it was given back
 * as it came with line breaks other than `\n` (CR LF): a reader that folds the result
 * (`parseReport`) has it without folding the text again.
 *
 * @internal
 */
export function cleanLayout(text: string): { readonly text: string; readonly folded: string | null } {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n\f\n");
  // The text folded once (foldText keeps every character's place, and gives back a text with nothing
  // to fold as it is), each line a slice of both.
  const folded = foldText(normalized);
  const lines: Line[] = [];
  for (let start = 0; ; ) {
    const newline = normalized.indexOf("\n", start);
    const end = newline < 0 ? normalized.length : newline;
    const raw = normalized.slice(start, end);
    lines.push(lineOf(raw, folded === normalized ? raw : folded.slice(start, end), start));
    if (newline < 0) break;
    start = newline + 1;
  }
  markFurniture(lines);
  const kept = withoutPages(lines);
  let changed = kept.length !== lines.length;
  const page = wrapWidth(kept);
  const tolerance = page === null ? 0 : Math.max(8, Math.floor(page.width / 6));
  /** The output lines: a line of the text as it was, or lines joined into one. */
  const out: OutputLine[] = [];
  /** The output line being built: its length and whether it holds prose punctuation. */
  const prose = { length: 0, punctuated: false };
  const append = (next: Line) => {
    join(out, next);
    prose.length += next.folded.length;
    prose.punctuated = prose.punctuated || prosePunctuation.test(next.folded);
    changed = true;
  };
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i] as Line;
    const previous = i > 0 ? (kept[i - 1] as Line) : null;
    if (b.kind === "text" && previous?.kind === "text" && !startsItem(b)) {
      const end = ending(previous.folded);
      const layoutBreak =
        page !== null &&
        widthOf(previous) >= page.width - tolerance &&
        widthOf(previous) <= page.width + 4 &&
        !end.sentence &&
        indentation(previous.raw) <= page.margin + 8 &&
        indentation(b.raw) <= page.margin + 8;
      if (layoutBreak || paragraphBreak(previous, b, prose)) {
        append(b);
        continue;
      }
    }
    // A prose line broken across a blank line or two (OCR page breaks): look past the blanks.
    if (b.kind === "blank" && previous?.kind === "text") {
      let j = i;
      while (j < kept.length && j - i < 2 && kept[j]?.kind === "blank") j++;
      const next = kept[j];
      if (next?.kind === "text" && !startsItem(next) && paragraphBreak(previous, next, prose)) {
        append(next);
        i = j;
        continue;
      }
    }
    out.push(b);
    prose.length = b.folded.length;
    prose.punctuated = prosePunctuation.test(b.folded);
  }
  const folds = folded !== normalized;
  if (changed) {
    const cleaned = outputText(normalized, out, false);
    return { text: cleaned, folded: folds ? outputText(folded, out, true) : cleaned };
  }
  return { text, folded: normalized !== text ? null : folded };
}

/** Lines joined into one output line: the pieces they were joined from, as written and folded (joined once at the end: no quadratic concatenation). */
interface Joined {
  readonly pieces: string[];
  /** The same pieces folded (`foldText`), each as long as its piece. */
  readonly foldedPieces: string[];
}

/** An output line: a line of the text as it was (none joined to it), or lines joined into one. */
type OutputLine = Line | Joined;

const isJoined = (line: OutputLine): line is Joined => "pieces" in line;

/**
 * The output lines joined by line breaks, as written (`whole` the text with its line breaks
 * normalized) or folded (`whole` that text folded, and the folded pieces of joined lines): a run of
 * lines that stand in the text as they were, one after the other, is one slice of it (most of a
 * text is), so the text is not rebuilt line by line.
 */
function outputText(whole: string, out: readonly OutputLine[], folded: boolean): string {
  const parts: string[] = [];
  let k = 0;
  while (k < out.length) {
    const first = out[k] as OutputLine;
    if (isJoined(first)) {
      parts.push((folded ? first.foldedPieces : first.pieces).join(""));
      k++;
      continue;
    }
    let last = first;
    while (k + 1 < out.length) {
      const next = out[k + 1] as OutputLine;
      if (isJoined(next) || next.start !== last.start + last.raw.length + 1) break;
      last = next;
      k++;
    }
    parts.push(whole.slice(first.start, last.start + last.raw.length));
    k++;
  }
  return parts.join("\n");
}

/**
 * In text whose lines are paragraphs: whether `a`, the last line of a prose
 * paragraph (forty characters at least, with punctuation inside: longer than a
 * heading), stops mid-sentence (after a Chinese character or an opening mark)
 * and `b` continues it.
 */
function paragraphBreak(a: Line, b: Line, paragraph: { length: number; punctuated: boolean }): boolean {
  if (paragraph.length < 40 || !paragraph.punctuated) return false;
  const end = ending(a.folded);
  if (end.sentence || end.clause) return false;
  const last = a.folded.charCodeAt(a.folded.length - 1);
  if (!isIdeograph(last) && !openingEnd.test(a.folded)) return false;
  return isIdeograph(b.folded.charCodeAt(0)) || continuingStart.test(b.folded);
}

/**
 * Appends `next` to the last output line, as written and folded (the same pieces folded): no
 * break, no trailing spaces, no indentation; one space between two words in Latin letters (as
 * written: a full-width letter is no Latin word). Folding makes white space only of white space,
 * so the trimmed pieces have the same lengths in both.
 */
function join(out: OutputLine[], next: Line): void {
  const last = out[out.length - 1];
  if (last === undefined) {
    out.push({ pieces: [next.raw], foldedPieces: [next.foldedRaw] });
    return;
  }
  const joined = isJoined(last) ? last : { pieces: [last.raw], foldedPieces: [last.foldedRaw] };
  out[out.length - 1] = joined;
  const { pieces, foldedPieces } = joined;
  const head = (pieces.pop() ?? "").trimEnd();
  const foldedHead = (foldedPieces.pop() ?? "").slice(0, head.length);
  const tail = next.raw.trimStart();
  const foldedTail = next.foldedRaw.slice(next.raw.length - tail.length);
  pieces.push(head);
  foldedPieces.push(foldedHead);
  if (isLetterCode(head.charCodeAt(head.length - 1)) && isLetterCode(tail.charCodeAt(0))) {
    pieces.push(" ");
    foldedPieces.push(" ");
  }
  pieces.push(tail);
  foldedPieces.push(foldedTail);
}
