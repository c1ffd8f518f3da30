import escapeHtml from "escape-html";
import type { Table, TableCell } from "../model/table.js";
import { cellText } from "./cellText.js";
import { boundsText } from "./formatEstimate.js";
import { rateComponentsText } from "./formatRate.js";
import type { RenderOptions } from "./numberStyle.js";
import { rowNoteText } from "./rowNoteText.js";

/** What a reader sees when pointing at a cell: the bounds of an estimate, the components of a rate, the sources of a dimension's row. */
function titleOf(cell: TableCell | null, options: RenderOptions): string | null {
  if (cell?.kind === "estimate") return boundsText(cell, options);
  if (cell?.kind === "rate") return rateComponentsText(cell, options);
  if (cell?.kind === "dimension" && cell.label !== null && cell.value !== null) return String(cell.value);
  return null;
}

/**
 * A table as an HTML fragment: a `<table>` with its title as `<caption>`,
 * column headers `<th scope="col">` in Chinese with the English name below,
 * the first dimension of each row as `<th scope="row">`, numbers
 * right-aligned, an estimate's bounds and a rate's numerator and denominator
 * in the cell's `title` and as a footnote, row notes and the table's notes
 * below. Inside a scrolling wrapper so that wide tables stay readable on a
 * phone. Every text is escaped (`escape-html`).
 *
 * @example
 * ```ts
 * tableToHtml(table).startsWith('<figure class="table">'); //=> true
 * ```
 */
export function tableToHtml(table: Table, options: RenderOptions = {}): string {
  const rowHeader = table.columns.findIndex((c) => c.kind === "dimension");
  const head = table.columns
    .map((c) => `<th scope="col" class="${c.kind}">${escapeHtml(c.zh)}<span class="en">${escapeHtml(c.en)}</span></th>`)
    .join("");
  const footnotes: string[] = [];
  const body = table.rows
    .map((row, i) => {
      const cells = table.columns
        .map((c, j) => {
          const cell = row.cells[c.key] ?? null;
          const title = titleOf(cell, options);
          let mark = "";
          if (title !== null && (cell?.kind === "estimate" || (cell?.kind === "rate" && cell.method !== "stated"))) {
            footnotes.push(`${escapeHtml(c.zh)}，第${i + 1}行：${escapeHtml(title)}`);
            mark = `<sup>${footnotes.length}</sup>`;
          }
          const attributes = `class="${c.kind}"${title === null ? "" : ` title="${escapeHtml(title)}"`}`;
          const tag = j === rowHeader ? "th" : "td";
          return `<${tag}${tag === "th" ? ' scope="row"' : ""} ${attributes}>${escapeHtml(cellText(cell, options))}${mark}</${tag}>`;
        })
        .join("");
      if (row.notes.length > 0) footnotes.push(`第${i + 1}行：${escapeHtml(row.notes.map(rowNoteText).join("; "))}`);
      const sources = row.sources.map((s) => `${s.document}@${s.span.start}-${s.span.end}`).join(" ");
      return `<tr${sources === "" ? "" : ` data-sources="${escapeHtml(sources)}"`}>${cells}</tr>`;
    })
    .join("\n");
  const notes = [
    ...(footnotes.length > 0 ? [`<ol class="footnotes">${footnotes.map((f) => `<li>${f}</li>`).join("")}</ol>`] : []),
    ...table.notes.map((n) => `<p class="note">${escapeHtml(n.zh)} <span class="en">${escapeHtml(n.en)}</span></p>`),
  ].join("");
  return [
    '<figure class="table">',
    `<div class="scroll"><table>`,
    `<caption>${escapeHtml(table.title.zh)} <span class="en">${escapeHtml(table.title.en)}</span></caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    "</table></div>",
    notes === "" ? "" : `<figcaption>${notes}</figcaption>`,
    "</figure>",
  ].join("");
}
