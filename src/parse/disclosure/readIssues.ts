import { issueMessages } from "../../model/issueMessages.js";
import { renderMessage } from "../../model/renderMessage.js";
import type { Issue, IssueParam } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";
import type { TableCell, UnreadableReason } from "./tableLine.js";
import { codePointLabel, invisibleCharacter } from "../characters.js";


/**
 * An issue of the disclosure report reader, its message in the locale.
 *
 * @internal
 */
export function readIssue(
  code:
    | "disclosure.cellsUnreadable"
    | "disclosure.valueUnreadable"
    | "disclosure.rowMissing"
    | "disclosure.rowRepeated"
    | "disclosure.rowUnknown"
    | "disclosure.reportsJoined"
    | "disclosure.tableMissing"
    | "disclosure.templateUndetermined",
  severity: Issue["severity"],
  path: readonly (string | number)[],
  params: Readonly<Record<string, IssueParam>>,
  locale: Locale,
  span?: { start: number; end: number },
): Issue {
  const message = renderMessage(issueMessages[code][locale], params);
  return { code, severity, path: [...path], message, params: { ...params }, ...(span ? { span } : {}) };
}

/** Why a cell cannot be read, in each language (after “the cell … is written “…”,”). */
const reasons: Readonly<Record<UnreadableReason, readonly [string, string]>> = {
  invisible: ["数字中夹有不显示的字符或损坏的字符", "its digits split by a character that is not shown or is broken"],
  spaced: ["数字中夹有空格，不知是一个数还是两个数", "its digits split by a space, one number or two"],
  exponent: ["以指数形式书写，可能是表格软件舍入后的显示", "in exponent form, as a spreadsheet shows a figure rounded"],
  outOfRange: ["超出精确数值的范围", "outside the range of an exact figure"],
  malformed: ["数字的分组或小数点不规范", "its digits grouped or pointed as no number is"],
  letters: ["数字中混有形似数字的字母（O 与 0，l、I 与 1），可能是文字识别（OCR）的误读", "its digits mixed with letters that look like them (O for 0, l or I for 1), as OCR misreads them"],
};

const notShown = /* @__PURE__ */ (() => new RegExp(invisibleCharacter, "gu"))();

/** A cell's text as a message quotes it: characters that are not shown written as <U+200B>, a long text cut. */
function quoted(text: string): string {
  const shown = text.replace(notShown, (c) => `<${codePointLabel(c)}>`);
  return shown.length > 40 ? `${shown.slice(0, 39)}…` : shown;
}

/**
 * Issues for the cells of a row that are written as numbers but cannot be read as ones (their
 * value is blank; the row's other cells keep theirs): one `disclosure.valueUnreadable` each,
 * naming the row by its label and the cell by its path (`requests.received.naturalPerson`),
 * spanning the cell.
 *
 * @internal
 */
export function unreadableCellIssues(
  row: {
    readonly table: string;
    readonly label: string;
    readonly path: readonly string[];
    readonly columns: readonly string[];
    readonly cells: readonly (TableCell | null)[];
    readonly text: string;
    readonly offset: number;
  },
  locale: Locale,
  issues: Issue[],
): void {
  row.cells.forEach((cell, i) => {
    if (!cell?.unreadable) return;
    const path = [...row.path, row.columns[i] ?? String(i)];
    const [reasonZh, reason] = reasons[cell.unreadable];
    const params = { table: row.table, row: row.label, cell: path.join("."), raw: quoted(row.text.slice(cell.start, cell.end)), reason, reasonZh };
    issues.push(readIssue("disclosure.valueUnreadable", "warning", path, params, locale, { start: row.offset + cell.start, end: row.offset + cell.end }));
  });
}
