import { reportSections } from "../catalog/reportSections.js";
import { circledNumerals, headingEnds, inlinePointMarker, outlineNumerals } from "../catalog/lexicon/outlineMarkers.js";
import type { ReportSectionKind } from "../model/reportSection.js";
import { foldText } from "./foldText.js";

/**
 * A heading of a document and what stands under it.
 *
 * @example
 * ```ts
 * const top: OutlineNode = parseOutline("一、主要举措和成效\n(一)强化组织领导。……")[0]!;
 * top.children[0]?.heading; //=> "强化组织领导"
 * ```
 */
export interface OutlineNode {
  /** 1 for 一、, 2 for (一), 3 for 1., 4 for (1), 1) or ①, 5 for 一是 inside a paragraph. */
  readonly level: 1 | 2 | 3 | 4 | 5;
  /** The label's numeral (`一` for `一、` and `(一)`, `1` for `1.`, `一是`). */
  readonly label: string;
  /** The number as written, brackets kept, the separator after it left out (`一`, `(一)`, `（一）`, `1`, `(1)`, `一是`). */
  readonly number: string;
  /** The heading: the rest of its line, up to the first 。 (or the whole line). */
  readonly heading: string;
  /** Where the heading stands in the text. */
  readonly headingSpan: { readonly start: number; readonly end: number };
  /** The number and the heading as written, without the trailing 。 (`一、加强统筹`, `(一)健全政府机构职能体系`). */
  readonly headingLine: string;
  /** The whole heading line, label included. */
  readonly line: string;
  /** From the label to the next heading of the same or a higher level. */
  readonly span: { readonly start: number; readonly end: number };
  /** For a top-level heading of a report: the statutory section it is, where its words tell. */
  readonly section: ReportSectionKind | null;
  /** The headings under it. */
  readonly children: readonly OutlineNode[];
}

const cn = /* @__PURE__ */ (() => outlineNumerals.join(""))();
/** Heading patterns on the folded line: group 1 is the number as written, group 2 the bare numeral. */
const linePatterns: readonly (readonly [OutlineNode["level"], RegExp])[] = [
  [1, new RegExp(`^(([${cn}]{1,3}))[、,.]`)],
  [2, new RegExp(`^([(〔【]([${cn}]{1,3})[)〕】]|([${cn}]{1,3})\\))`)],
  [3, /^((\d{1,2}))(?:、|\.(?!\d))/],
  [4, new RegExp(`^(\\((\\d{1,2})\\)|(\\d{1,2})\\)|([${circledNumerals.join("")}]))`)],
];
const inlinePattern = /* @__PURE__ */ (() => new RegExp(`(?:^|[。;)〕】])\\s*([${cn}]{1,2}${inlinePointMarker})`, "g"))();
/** A point inside a paragraph also ends at a ; (`一是深化改革;二是优化服务`). */
const inlineEnds: readonly string[] = [...headingEnds, ";"];

interface Flat {
  level: OutlineNode["level"];
  label: string;
  number: string;
  heading: { start: number; end: number };
  lineEnd: number;
  start: number;
}

/** How far a heading may run without a 。 (keeps the reading linear on a line of many 一是). */
const headingWindow = 500;

/** The heading after a label: from `from` (past separators and spaces) to the first 。 or the line's end, trimmed. */
function headingOf(text: string, from: number, lineEnd: number, ends: readonly string[] = headingEnds): { start: number; end: number } {
  let start = from;
  while (start < lineEnd && /[\s、,:]/.test(text[start] ?? "")) start++;
  const limit = Math.min(lineEnd, start + headingWindow);
  let end = start;
  while (end < limit && !ends.includes(text[end] ?? "")) end++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

function sectionOf(heading: string): ReportSectionKind | null {
  return reportSections.find((s) => s.headingWords.some((word) => heading.includes(word)))?.kind ?? null;
}

/**
 * Reads the headings of a document into a tree: `一、` (level 1), `(一)` or a
 * malformed `一)` (2), `1.` or `1、` (3), `(1)`, `1)` or `①` (4), and `一是`, `二是` inside
 * paragraphs (5), each with its span. Full-width punctuation reads as ASCII
 * (`（一）`, `１．`); every string is sliced from `source` as written. Top-level
 * headings of a report are mapped to the five statutory sections where their
 * words tell (主要举措和成效 → `measuresAndResults`, 存在的问题 →
 * `shortcomingsAndCauses` …). Linear in the text.
 *
 * @example
 * ```ts
 * const tree = parseOutline("一、主要举措和成效\n(一)强化组织领导。\n二、存在的问题\n");
 * tree.map((n) => [n.label, n.section]); //=> [["一", "measuresAndResults"], ["二", "shortcomingsAndCauses"]]
 * parseOutline("一、主要任务\n（一）健全职能体系。\n")[0]?.children[0]?.headingLine; //=> "（一）健全职能体系"
 * ```
 */
export function parseOutline(source: string): OutlineNode[] {
  return outlineIn(source, foldText(source));
}

/**
 * `parseOutline` on a text already folded: `text` is `foldText(source)`.
 *
 * @internal
 */
export function outlineIn(source: string, text: string): OutlineNode[] {
  const flat: Flat[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    const start = lineStart + (raw.length - raw.trimStart().length);
    const line = raw.trim();
    for (const [level, pattern] of linePatterns) {
      const match = pattern.exec(line);
      if (!match) continue;
      const number = match[1] ?? "";
      const label = match[2] ?? match[3] ?? match[4] ?? "";
      const heading = headingOf(text, start + match[0].length, lineEnd);
      if (heading.end > heading.start) flat.push({ level, label, number: source.slice(start, start + number.length), heading, lineEnd, start });
      break;
    }
    // A point inside a paragraph (一是…) needs its marker: a line without one is not searched.
    const points = line.includes(inlinePointMarker) ? line.matchAll(inlinePattern) : [];
    for (const match of points) {
      const marker = match[1] ?? "";
      const at = start + (match.index ?? 0) + match[0].length - marker.length;
      const heading = headingOf(text, at + marker.length, lineEnd, inlineEnds);
      flat.push({ level: 5, label: source.slice(at, at + marker.length), number: source.slice(at, at + marker.length), heading, lineEnd, start: at });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return build(flat, source);
}

function build(flat: readonly Flat[], source: string): OutlineNode[] {
  interface Open {
    node: Flat;
    children: OutlineNode[];
  }
  const roots: OutlineNode[] = [];
  const stack: Open[] = [];
  const close = (end: number): void => {
    const open = stack.pop();
    if (!open) return;
    const { level, label, number, heading: at, lineEnd, start } = open.node;
    const heading = source.slice(at.start, at.end);
    const node: OutlineNode = {
      level,
      label,
      number,
      heading,
      headingSpan: { start: at.start, end: at.end },
      headingLine: source.slice(start, at.end),
      line: source.slice(start, lineEnd).trimEnd(),
      span: { start, end },
      section: level === 1 ? sectionOf(heading) : null,
      children: open.children,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
  };
  for (const node of flat) {
    while (stack.length > 0 && (stack[stack.length - 1]?.node.level ?? 0) >= node.level) close(node.start);
    stack.push({ node, children: [] });
  }
  while (stack.length > 0) close(source.length);
  return roots;
}
