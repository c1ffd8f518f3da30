import { reportSections } from "../catalog/reportSections.js";
import type { ReportSectionKind } from "../model/reportSection.js";

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
  /** 1 for 一、, 2 for (一), 3 for 1., 4 for (1), 5 for 一是 inside a paragraph. */
  readonly level: 1 | 2 | 3 | 4 | 5;
  /** The label as written (`一`, `1`, `一是`). */
  readonly label: string;
  /** The heading: the rest of its line, up to the first 。 (or the whole line). */
  readonly heading: string;
  /** The whole heading line, label included. */
  readonly line: string;
  /** From the label to the next heading of the same or a higher level. */
  readonly span: { readonly start: number; readonly end: number };
  /** For a top-level heading of a report: the statutory section it is, where its words tell. */
  readonly section: ReportSectionKind | null;
  /** The headings under it. */
  readonly children: readonly OutlineNode[];
}

const cn = "一二三四五六七八九十";
const linePatterns: readonly (readonly [OutlineNode["level"], RegExp])[] = /* @__PURE__ */ (() => [
  [1, new RegExp(`^([${cn}]{1,3})[、,,.．]`)],
  [2, new RegExp(`^[((]([${cn}]{1,3})[))]|^([${cn}]{1,3})[))]`)],
  [3, /^(\d{1,2})(?:[、．]|\.(?!\d))/],
  [4, /^[((](\d{1,2})[))]/],
])();
const inlinePattern = /* @__PURE__ */ (() => new RegExp(`(?:^|[。;;])\\s*([${cn}]{1,2}是)`, "g"))();

interface Flat {
  level: OutlineNode["level"];
  label: string;
  heading: string;
  line: string;
  start: number;
}

function headingOf(rest: string): string {
  const stop = rest.search(/[。]/);
  return (stop < 0 ? rest : rest.slice(0, stop)).trim();
}

function sectionOf(heading: string): ReportSectionKind | null {
  return reportSections.find((s) => s.headingWords.some((word) => heading.includes(word)))?.kind ?? null;
}

/**
 * Reads the headings of a document into a tree: `一、` (level 1), `(一)` or a
 * malformed `一)` (2), `1.` or `1、` (3), `(1)` (4), and `一是`, `二是` inside
 * paragraphs (5), each with its span. Top-level headings of a report are mapped
 * to the five statutory sections where their words tell (主要举措和成效 →
 * `measuresAndResults`, 存在的问题 → `shortcomingsAndCauses` …). Linear in the text.
 *
 * @example
 * ```ts
 * const tree = parseOutline("一、主要举措和成效\n(一)强化组织领导。\n二、存在的问题\n");
 * tree.map((n) => [n.label, n.section]); //=> [["一", "measuresAndResults"], ["二", "shortcomingsAndCauses"]]
 * ```
 */
export function parseOutline(text: string): OutlineNode[] {
  const flat: Flat[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    for (const [level, pattern] of linePatterns) {
      const match = pattern.exec(line);
      if (!match) continue;
      const label = match[1] ?? match[2] ?? "";
      const heading = headingOf(line.slice(match[0].length));
      if (heading !== "") flat.push({ level, label, heading, line, start: lineStart + indent });
      break;
    }
    for (const match of line.matchAll(inlinePattern)) {
      const at = (match.index ?? 0) + match[0].indexOf(match[1] ?? "");
      const heading = headingOf(line.slice(at + (match[1]?.length ?? 0)).replace(/^[,,::]/, ""));
      flat.push({ level: 5, label: match[1] ?? "", heading, line, start: lineStart + indent + at });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return build(flat, text.length);
}

function build(flat: readonly Flat[], textEnd: number): OutlineNode[] {
  interface Open {
    node: Flat;
    children: OutlineNode[];
  }
  const roots: OutlineNode[] = [];
  const stack: Open[] = [];
  const close = (end: number): void => {
    const open = stack.pop();
    if (!open) return;
    const node: OutlineNode = {
      level: open.node.level,
      label: open.node.label,
      heading: open.node.heading,
      line: open.node.line,
      span: { start: open.node.start, end },
      section: open.node.level === 1 ? sectionOf(open.node.heading) : null,
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
  while (stack.length > 0) close(textEnd);
  return roots;
}
