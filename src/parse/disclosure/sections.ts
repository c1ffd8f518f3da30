import { type DisclosureSectionKey, disclosureSectionWords, sectionNumerals } from "../../catalog/lexicon/disclosure.js";
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
    if (line.text.length > 80 || line.text.includes("|")) continue;
    const head = headingStart.exec(line.text);
    if (!head) continue;
    const body = line.text.replace(/\s+/g, "");
    if (body.length > 40 || /\d\s*$/.test(line.text)) continue;
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
