import { type ActiveRowKey, activeColumns, activeRowWords } from "../../catalog/lexicon/disclosure.js";
import type { Issue } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";
import { readIssue, unreadableCellIssues } from "./readIssues.js";
import type { ReadRow } from "./requestsTable.js";
import type { TextLine } from "./sections.js";
import { type PipeFormat, readTableLine } from "./tableLine.js";

function activeRowKey(label: string): ActiveRowKey | null {
  return activeRowWords.find((row) => row.words.some((w) => label.includes(w)))?.key ?? null;
}

/**
 * Reads table 二 from the lines of its section: each row by its label (规章,
 * 行政规范性文件, 行政许可 …) with as many values as the template gives it
 * columns; a label alone on the line above its values is joined. A row with
 * another count of values stays blank, with an issue.
 *
 * @internal
 */
export function readActiveTable(
  lines: readonly TextLine[],
  template: "2019" | "2021",
  format: PipeFormat,
  locale: Locale,
  issues: Issue[],
): Map<ActiveRowKey, ReadRow> {
  const rows = new Map<ActiveRowKey, ReadRow>();
  const columns = activeColumns[template];
  let pending: { key: ActiveRowKey | null; label: string } = { key: null, label: "" };
  for (const line of lines) {
    const read = readTableLine(line.text, format);
    if (read.kind !== "row") continue;
    const named = read.label === "" ? null : activeRowKey(read.label);
    if (read.cells.length === 0) {
      pending = { key: named, label: read.label };
      continue;
    }
    const key = read.label === "" ? pending.key : named;
    const label = read.label === "" ? pending.label : read.label;
    pending = { key: null, label: "" };
    if (key === null) continue;
    const names = columns[key];
    const expected = names?.length;
    if (names === undefined || expected === undefined || rows.has(key)) continue;
    if (read.cells.length !== expected) {
      issues.push(
        readIssue("disclosure.cellsUnreadable", "warning", ["active", key], { table: "二", row: label, found: read.cells.length, expected }, locale, {
          start: line.start,
          end: line.start + line.text.length,
        }),
      );
      rows.set(key, { values: new Array<null>(expected).fill(null), cells: [], offset: line.start });
      continue;
    }
    rows.set(key, { values: read.cells.map((c) => c.value), cells: read.cells, offset: line.start });
    unreadableCellIssues({ table: "二", label, path: ["active", key], columns: names, cells: read.cells, text: line.text, offset: line.start }, locale, issues);
  }
  return rows;
}
