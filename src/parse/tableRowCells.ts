/**
 * A cell of a table's line: where its text starts and ends in the text, blanks around it left out.
 *
 * @example
 * ```ts
 * const cell: CellSpan = { start: 2, end: 11 }; // "| 行政处罚案件（件） |".slice(2, 11) is the label
 * ```
 *
 * @internal
 */
export interface CellSpan {
  readonly start: number;
  readonly end: number;
}

/** Blanks around a cell's text: spaces, tabs and the carriage return of a CRLF line (the text is folded: full-width spaces are spaces). */
const isBlankCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d;

/**
 * The cells of the line `text[start, end)` of a table written as text, split
 * at `separator` (the code of `|` or a tab), each without the blanks around
 * it. With `borders`, the empty segments before a line's first `|` and after
 * its last are the table's borders, not cells (`| 罚款 | 12.5 |` has two); a
 * table without borders keeps them as blank cells (a row's empty 序号). One
 * pass over the line: linear in it.
 *
 * @example
 * ```ts
 * const line = "| 行政处罚案件（件） | 800 | 856 |";
 * tableRowCells(line, 0, line.length, 0x7c, true).map((c) => line.slice(c.start, c.end)); //=> ["行政处罚案件（件）", "800", "856"]
 * tableRowCells("\t856", 0, 4, 0x09, false).map((c) => [c.start, c.end]); //=> [[0, 0], [1, 4]]
 * ```
 *
 * @internal
 */
export function tableRowCells(text: string, start: number, end: number, separator: number, borders: boolean): CellSpan[] {
  const cells: CellSpan[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== separator) continue;
    let a = from;
    let b = i;
    while (a < b && isBlankCode(text.charCodeAt(a))) a++;
    while (b > a && isBlankCode(text.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b });
    from = i + 1;
  }
  if (separator === 0x7c && borders) {
    if (cells.length > 1 && cells[0]?.start === cells[0]?.end) cells.shift();
    const last = cells[cells.length - 1];
    if (cells.length > 1 && last?.start === last?.end) cells.pop();
  }
  return cells;
}
