import { requestHeaderWords, requestRowWords } from "../../catalog/lexicon/disclosure.js";
import type { Issue } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";
import { readIssue } from "./readIssues.js";
import type { TextLine } from "./sections.js";
import { type TableCell, readTableLine } from "./tableLine.js";

/**
 * A row as read: seven decimal strings or `null`, with the cells' offsets.
 *
 * @internal
 */
export interface ReadRow {
  readonly values: readonly (string | null)[];
  readonly cells: readonly TableCell[];
  /** Offset of the line in the text. */
  readonly offset: number;
}

/**
 * The row key a table 三 label names, or `null` (a header, a group label, or
 * nothing of the template). Sub-rows win over group rows (（三）不予公开 1.属于国家秘密
 * is 国家秘密); a label naming two rows of one level is a header.
 *
 * @internal
 */
export function requestRowKey(label: string, previous: string | null): string | null {
  if (label === "" || requestHeaderWords.some((w) => label.includes(w))) return null;
  const matches = requestRowWords.filter(
    (row) => row.words.some((w) => label.includes(w)) && (!row.after || (previous !== null && row.after.includes(previous))),
  );
  const sub = [...new Set(matches.filter((m) => m.key.includes(".")).map((m) => m.key))];
  if (sub.length === 1) return sub[0] ?? null;
  if (sub.length > 1) return null;
  const top = [...new Set(matches.map((m) => m.key))];
  return top.length === 1 ? (top[0] ?? null) : null;
}

/**
 * Reads table 三 from the lines of its section: each line's label names its
 * row by the template's words; a label wrapped over lines, or standing on the
 * lines above its values (as `pdftotext -layout` leaves it), is joined first.
 * A row must have the template's seven values; otherwise its cells are blank
 * and an issue says why.
 *
 * @internal
 */
export function readRequestsTable(
  lines: readonly TextLine[],
  doubled: boolean,
  locale: Locale,
  issues: Issue[],
): Map<string, ReadRow> {
  const rows = new Map<string, ReadRow>();
  let pending: string[] = [];
  let previous: string | null = null;
  for (const line of lines) {
    const read = readTableLine(line.text, doubled);
    if (read.kind === "separator") continue;
    if (read.cells.length === 0) {
      if (read.label === "") continue;
      if (requestHeaderWords.some((w) => read.label.includes(w))) {
        pending = [];
        continue;
      }
      pending.push(read.label);
      if (pending.length > 4) pending.shift();
      continue;
    }
    let key: string | null = null;
    let label = read.label;
    if (label !== "") {
      key = requestRowKey(label, previous);
      if (key === null && pending.length > 0 && !requestHeaderWords.some((w) => label.includes(w))) {
        const joined = pending.join("") + label;
        key = requestRowKey(joined, previous);
        if (key !== null) label = joined;
      }
    } else {
      for (let n = pending.length; n >= 1 && key === null; n--) {
        const joined = pending.slice(pending.length - n).join("");
        key = requestRowKey(joined, previous);
        if (key !== null) label = joined;
      }
    }
    pending = [];
    if (key === null) {
      if (read.cells.some((c) => c.value !== null) && label !== "" && !requestHeaderWords.some((w) => label.includes(w))) {
        issues.push(readIssue("disclosure.rowUnknown", "info", ["requests"], { table: "三", label }, locale, { start: line.start, end: line.start + line.text.length }));
      }
      continue;
    }
    previous = key;
    const span = { start: line.start, end: line.start + line.text.length };
    if (rows.has(key)) {
      issues.push(readIssue("disclosure.rowRepeated", "warning", ["requests", ...key.split(".")], { table: "三", row: label }, locale, span));
      continue;
    }
    if (read.cells.length !== 7) {
      issues.push(
        readIssue("disclosure.cellsUnreadable", "warning", ["requests", ...key.split(".")], { table: "三", row: label, found: read.cells.length, expected: 7 }, locale, span),
      );
      rows.set(key, { values: [null, null, null, null, null, null, null], cells: [], offset: line.start });
      continue;
    }
    rows.set(key, { values: read.cells.map((c) => c.value), cells: read.cells, offset: line.start });
  }
  return rows;
}
