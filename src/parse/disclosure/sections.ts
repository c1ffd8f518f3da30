import { type DisclosureSectionKey, disclosureSectionWords, disclosureTitleEnding, sectionNumerals } from "../../catalog/lexicon/disclosure.js";
import type { DisclosureSection } from "../../model/disclosureReport.js";

/**
 * A line of a text with the offset of its first character.
 *
 * @internal
 */
export interface TextLine {
  readonly text: string;
  readonly start: number;
}

/**
 * The lines of a text with their offsets (`\n`, `\r\n` or `\r` ends a line).
 *
 * @internal
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === "\n" || c === "\r") {
      lines.push({ text: text.slice(start, i), start });
      if (c === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  return lines;
}

const headingStart = /* @__PURE__ */ (() => new RegExp(`^[\\s#*]*(${sectionNumerals.join("|")})\\s*[、.]`))();

/** The text of a section heading line (`二、主动公开政府信息情况`), spaces removed, or `null` when the line is no heading. */
function headingBody(line: TextLine): string | null {
  if (line.text.length > 80 || line.text.includes("|") || !headingStart.test(line.text)) return null;
  const body = line.text.replace(/\s+/g, "");
  return body.length > 40 || /\d\s*$/.test(line.text) ? null : body;
}

/** The template order of the section a heading line names, or -1. */
function headingOrder(line: TextLine): number {
  const body = headingBody(line);
  return body === null ? -1 : disclosureSectionWords.findIndex((s) => s.words.some((w) => body.includes(w)));
}

/** Whether a line is a report's title line: short, ending with the title's words, not a sentence or a quoted title. */
function titleLine(line: TextLine): boolean {
  const body = line.text.replace(/\s+/g, "");
  return body.length <= 60 && body.endsWith(disclosureTitleEnding) && !/[,;:。!?《》<>]/.test(body);
}

/**
 * Where a second report begins in a text that holds two or more (pages of
 * several years or agencies saved as one file): the section headings start
 * over (a heading of a section earlier in the template's order than the one
 * before it: 一、总体情况 after 六、其他需要报告的事项) after a table section with
 * something in it, so that a table of contents (headings with nothing under
 * them) is no report. The second report begins at its title line when one
 * stands in the 15 lines above that heading (as a report opens: title, preamble, 一、) (and at the short line of its
 * agency above a title that opens with its year), else at the heading.
 * `null` for a text of one report.
 *
 * @internal
 */
export function nextReportStart(lines: readonly TextLine[]): { readonly start: number; readonly title: TextLine | undefined } | null {
  let last = -1;
  let tableLines = 0;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const order = headingOrder(line);
    if (order < 0) {
      if (inTable && line.text.trim() !== "") tableLines++;
      continue;
    }
    if (order < last && tableLines > 0) return reportOpening(lines, i);
    last = order;
    inTable = ["active", "requests", "reviews"].includes(disclosureSectionWords[order]?.key ?? "");
  }
  return null;
}

/** The start of a report whose first heading is line `at`, and its title line (among the 15 lines above, or the heading). */
function reportOpening(lines: readonly TextLine[], at: number): { start: number; title: TextLine | undefined } {
  for (let j = at - 1; j >= Math.max(0, at - 15); j--) {
    const line = lines[j];
    if (!line || !titleLine(line)) continue;
    const above = lines.slice(Math.max(0, j - 2), j).filter((l) => l.text.trim() !== "").pop();
    const opensWithYear = /^\s*\d{4}\s*年/.test(line.text);
    const agencyAbove = above && opensWithYear && above.text.replace(/\s+/g, "").length <= 20 && !/[,.;:。!?]/.test(above.text);
    return { start: agencyAbove ? above.start : line.start, title: line };
  }
  return { start: lines[at]?.start ?? 0, title: lines[at] };
}

/**
 * The six sections of a report, found by their heading lines (`二、主动公开政府信息情况`,
 * `## 四、政府信息公开行政复议、行政诉讼情况`): a short line opening with a
 * Chinese numeral and `、` that names one of the sections. Each section runs
 * to the next one found; the first heading of a kind wins.
 *
 * @internal
 */
export function findSections(folded: string, source: string, lines: readonly TextLine[]): DisclosureSection[] {
  const found: { key: DisclosureSectionKey; heading: string; start: number; bodyStart: number }[] = [];
  const seen = new Set<DisclosureSectionKey>();
  for (const line of lines) {
    const body = headingBody(line);
    if (body === null) continue;
    const entry = disclosureSectionWords.find((s) => !seen.has(s.key) && s.words.some((w) => body.includes(w)));
    if (!entry) continue;
    seen.add(entry.key);
    const lead = line.text.length - line.text.replace(/^[\s#*|]+/, "").length;
    found.push({ key: entry.key, heading: source.slice(line.start + lead, line.start + line.text.trimEnd().length), start: line.start, bodyStart: line.start + line.text.length });
  }
  return found.map((f, i) => {
    const end = found[i + 1]?.start ?? folded.length;
    let contentLength = 0;
    for (let j = f.bodyStart; j < end; j++) {
      const code = folded.charCodeAt(j);
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9) contentLength++;
    }
    return { key: f.key, heading: f.heading, span: { start: f.start, end }, contentLength };
  });
}
