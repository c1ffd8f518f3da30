import type { Table } from "../model/table.js";
import { cellText } from "./cellText.js";
import { boundsText } from "./formatEstimate.js";
import { rateComponentsText } from "./formatRate.js";
import type { RenderOptions } from "./numberStyle.js";
import { rowNoteText } from "./rowNoteText.js";

/** A cell's text made safe inside a GitHub table: pipes escaped, line breaks as spaces. */
function safe(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");
}

/**
 * A table as GitHub-flavoured Markdown: its title as a heading (`###` by
 * default), one header row with the Chinese and English names, numbers
 * right-aligned, then footnotes: each bounded estimate's bounds, each rate's
 * numerator and denominator, each row's notes, and the table's notes.
 *
 * @example
 * ```ts
 * tableToMarkdown(table).split("\n").slice(0, 3);
 * //=> ["### 汇总 Totals", "", "| 指标 indicator | 年度 year | 合计 total | 比率 rate | …"]
 * ```
 */
export function tableToMarkdown(table: Table, options: RenderOptions & { readonly heading?: string } = {}): string {
  const lines = [`${options.heading ?? "###"} ${table.title.zh} ${table.title.en}`, ""];
  lines.push(`| ${table.columns.map((c) => safe(`${c.zh} ${c.en}`)).join(" | ")} |`);
  lines.push(`|${table.columns.map((c) => (c.kind === "dimension" || c.kind === "ids" ? " --- " : " ---: ")).join("|")}|`);
  const footnotes: string[] = [];
  table.rows.forEach((row, i) => {
    const texts = table.columns.map((c) => {
      const cell = row.cells[c.key] ?? null;
      let text = cellText(cell, options);
      const note = cell?.kind === "estimate" ? boundsText(cell, options) : cell?.kind === "rate" && cell.method !== "stated" ? rateComponentsText(cell, options) : null;
      if (note !== null) {
        footnotes.push(`${footnotes.length + 1}. ${c.zh}, 第${i + 1}行 row ${i + 1}: ${note}`);
        text += ` [${footnotes.length}]`;
      }
      return safe(text);
    });
    lines.push(`| ${texts.join(" | ")} |`);
    if (row.notes.length > 0) footnotes.push(`${footnotes.length + 1}. 第${i + 1}行 row ${i + 1}: ${row.notes.map(rowNoteText).join("; ")}`);
  });
  if (footnotes.length > 0) lines.push("", ...footnotes.map(safe));
  if (table.notes.length > 0) lines.push("", ...table.notes.map((n) => `> ${safe(n.zh)} ${safe(n.en)}`));
  return `${lines.join("\n")}\n`;
}
