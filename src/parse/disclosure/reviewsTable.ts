import { disclosureCellNames, reviewGroupWords } from "../../catalog/lexicon/disclosure.js";
import { disclosureReviewColumns } from "../../model/disclosureCells.js";
import type { Issue } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";
import { readIssue, unreadableCellIssues } from "./readIssues.js";
import type { ReadRow } from "./requestsTable.js";
import type { TextLine } from "./sections.js";
import { type PipeFormat, type TableCell, joinedLines, readTableLine, totalHolds, written } from "./tableLine.js";

type GroupKey = (typeof reviewGroupWords)[number]["key"];
const groupOrder: readonly GroupKey[] = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];

function groupNamed(label: string): GroupKey | null {
  const named = reviewGroupWords.filter((g) => g.words.some((w) => label.includes(w)));
  // A header naming several groups sets no single one.
  return named.length === 1 ? (named[0]?.key ?? null) : null;
}


/**
 * Reads table 四 from the lines of its section: a line of 15 values holds the
 * three groups in template order (行政复议, 未经复议直接起诉, 复议后起诉), five
 * each (结果维持, 结果纠正, 其他结果, 尚未审结, 总计); a line of 5 values is the
 * group the heading just above it names. A column header written again under
 * the same heading begins another table, whose heading is lost (a dropped
 * line, a page cut): its values name no group. Values that cannot be placed
 * (another count, no heading, a group already read) stay blank and an issue
 * says so.
 *
 * @internal
 */
export function readReviewsTable(
  lines: readonly TextLine[],
  format: PipeFormat,
  locale: Locale,
  issues: Issue[],
): Map<GroupKey, ReadRow> {
  const groups = new Map<GroupKey, ReadRow>();
  // A group's five cells read: the values kept, and an issue for each cell written as a number that cannot be read.
  const keep = (key: GroupKey, label: string, cells: readonly TableCell[], text: string, offset: number) => {
    groups.set(key, { values: cells.map((c) => c.value), cells, offset });
    const names = disclosureCellNames[key];
    const row = label !== "" ? label : ((locale === "zh" ? names?.[0] : names?.[1]) ?? key);
    unreadableCellIssues({ table: "四", label: row, path: ["reviews", key], columns: disclosureReviewColumns, cells, text, offset }, locale, issues);
  };
  let context: GroupKey | null = null;
  // The column header read since the heading that set the context (a header wrapped over lines: its last line).
  let header: string | null = null;
  for (let at = 0; at < lines.length; at++) {
    let line = lines[at] as TextLine;
    let read = readTableLine(line.text, format);
    if (read.kind !== "row") continue;
    const named = read.label === "" ? null : groupNamed(read.label);
    // The line of 15 broken over two (a wide table through pdftotext), blank lines between: one line, when every group's total bears it out.
    if (named === null && read.cells.length > 0 && read.cells.length < 15) {
      let n = at + 1;
      while (n < lines.length && n <= at + 3 && (lines[n] as TextLine).text.trim() === "") n++;
      const next = lines[n];
      const more = next ? readTableLine(next.text, format) : null;
      if (next && more?.kind === "row" && more.label === "" && more.cells.length === 15 - read.cells.length) {
        const joined = joinedLines(line, read, next, more);
        if (groupOrder.every((_, g) => totalHolds(joined.read.cells.slice(5 * g, 5 * g + 5)))) {
          ({ line, read } = joined);
          at = n;
        }
      }
    }
    if (read.cells.length === 0) {
      if (named) {
        context = named;
        header = null;
      } else if (reviewGroupWords.filter((g) => g.words.some((w) => read.label.includes(w))).length > 1) context = null;
      else if (read.label !== "" && read.label === header) context = null;
      else header = read.label;
      continue;
    }
    const span = { start: line.start, end: line.start + line.text.length };
    if (read.cells.length === 15) {
      groupOrder.forEach((key, g) => {
        const cells = read.cells.slice(5 * g, 5 * g + 5);
        if (!groups.has(key)) keep(key, "", cells, line.text, line.start);
      });
      continue;
    }
    if (read.cells.length === 5) {
      // Only a heading tells which group five values are: a wrong group is worse than none.
      const key = named ?? context;
      context = null;
      if (key && !groups.has(key)) {
        keep(key, named ? read.label : "", read.cells, line.text, line.start);
        continue;
      }
      if (read.cells.some(written)) {
        issues.push(readIssue("disclosure.cellsUnreadable", "warning", ["reviews"], { table: "四", row: read.label, found: read.cells.length, expected: 15 }, locale, span));
      }
      continue;
    }
    if (read.cells.some(written)) {
      issues.push(readIssue("disclosure.cellsUnreadable", "warning", ["reviews"], { table: "四", row: read.label, found: read.cells.length, expected: 15 }, locale, span));
    }
  }
  return groups;
}
